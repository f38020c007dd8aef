// An objective read by ObjectiveReader (objective_reader.hpp).
#include "objective_reader.hpp"

namespace goalpost {

Objective parse_objective(std::string_view text) { return detail::ObjectiveReader(text).read(); }

} // namespace goalpost
