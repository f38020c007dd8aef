// Numbers in reasons and hints, written one way everywhere with fmt (locale-independent): counts
// grouped by thousands, percentages with a decimal only where it says something, money with the
// objective's own currency.
#pragma once

#include "goalpost/objective.hpp"

#include <initializer_list>
#include <string>
#include <string_view>

namespace goalpost::detail {

// 120,000; 97.50 for a number that is not whole.
std::string number_text(double value);

// "2.5%" below 10% when the tenth says something, else "26%": 0.04 + 0.03 is "7%", not "7.0%".
std::string percent_text(double fraction);

// A number as typed, without grouping or fixed decimals: 2.5, 0.025, 7.
std::string exact_text(double value);

// "$1,200.00", "€25.00", "£60.00"; an unknown or empty code writes the bare amount, or the
// amount and the code.
std::string money_text(double value, std::string_view currency_code);

// A language table's answer text with its numbered fields ("{0}", "{1}") filled in. Plain
// substitution, not a format language: the tables hold words, the numbers come already written,
// and a cell pays for this on every call (OBJECTIVECHECK is held within 3x of QUOTIENT).
std::string fill_in(std::string_view text, std::initializer_list<std::string_view> fields);

// The same in the objective's language: German and Spanish write 1.200,50 and 26 %, French
// 1 200,50 (narrow no-break spaces) and 26 %, and money with the symbol after: 1.200,00 €.
std::string number_text(double value, Language language);
std::string percent_text(double fraction, Language language);
std::string money_text(double value, std::string_view currency_code, Language language);

} // namespace goalpost::detail
