// Parsed objectives by their text. In Calc the same objective cell usually feeds several
// functions (SMARTSCORE, SMARTGAPS, OBJECTIVEFIELD, ...), so each text is parsed once while it
// stays in this small, bounded cache.
#pragma once

#include "goalpost/objective.hpp"
#include "goalpost/result.hpp"

#include <rtl/ustring.hxx>

#include <memory>

namespace goalpost::addin {

// The text read as an objective (argument 1 of the calling function); not_available when it
// holds no word, an invalid argument when it is longer than max_text_characters.
Result<std::shared_ptr<const Objective>> parsed_objective(const rtl::OUString& text);

// The same rule for texts read without the cache (statements, metric names): the failure of a
// text that is too long, at `argument`.
std::optional<Failure> too_long(const rtl::OUString& text, int argument);

} // namespace goalpost::addin
