// Parsed objectives by their text. In Calc the same objective cell usually feeds several
// functions (SMARTSCORE, SMARTGAPS, OBJECTIVEFIELD, ...), so each text is parsed once while it
// stays in this small, bounded cache.
#pragma once

#include "goalpost/objective.hpp"

#include <rtl/ustring.hxx>

#include <memory>

namespace goalpost::addin {

std::shared_ptr<const Objective> parsed_objective(const rtl::OUString& text);

} // namespace goalpost::addin
