// Text-or-number results (Any): a text, a number, or a cell error as a coded NaN, with the
// adapter's one guard around the call.
#pragma once

#include "answer.hpp"
#include "uno_text.hpp"

#include "goalpost/objective_fields.hpp"

#include <com/sun/star/uno/Any.hxx>

namespace goalpost::addin {

// A text-or-number spreadsheet call: the value, or its cell error as a coded NaN in the any.
// Nothing thrown inside reaches Calc.
template <class Compute>
css::uno::Any value_answer(Compute&& compute) noexcept {
    return guarded(
        [&] {
            Result<FieldValue> result = compute();
            if (!result) {
                return css::uno::Any(to_cell(result.failure()));
            }
            if (const auto* text = std::get_if<std::string>(&result.value())) {
                return css::uno::Any(to_oustring(*text));
            }
            return css::uno::Any(to_cell(std::get<double>(result.value())));
        },
        [] { return css::uno::Any(internal_failure_cell()); });
}

} // namespace goalpost::addin
