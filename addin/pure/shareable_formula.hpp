// A Goalpost formula rewritten for a shareable copy (issue 16): each call of a catalogue function
// becomes the formula of functions that both Excel and Calc know that its catalogue entry gives
// (registration/catalogue, `shared_as`), or, when a call has none, the cell is frozen at its
// value. Read without UNO: the copy itself is made by addin/src/shareable_copy.cpp.
//
// Formulas are in Calc's API grammar, as XCell::getFormula gives them: English function names,
// ';' between arguments, "text" with "" inside, 'sheet names' with '' inside, inline arrays in
// braces, and a Goalpost function under its programmatic name (ORG.GOALPOST.CALC.FUNCTIONS.CPL).
//
// A catalogue form is a formula without the leading '=' in which {n} stands for the n-th
// argument and {n=text} for an optional one, with `text` for it when it is omitted. A form has
// no inline array (a brace starts a placeholder). Each argument is substituted once per mention,
// in parentheses unless it is a plain reference, number, name or text.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace goalpost::addin {

inline constexpr std::string_view goalpost_prefix = "ORG.GOALPOST.CALC.FUNCTIONS.";

// A catalogue function and its shared form; an empty form means the function is frozen.
struct SharedForm {
    std::string_view name; // upper case, as users type it
    std::string_view form;
};

struct SharedFormula {
    bool calls_goalpost = false; // the formula has a Goalpost call at all
    bool frozen = false;         // a call has no form (or an omitted argument with no default),
                                 // or the formula would pass Excel's limit of formula_limit
    std::string formula;         // with every call replaced, when calls_goalpost and not frozen
};

// Excel refuses a formula longer than this; each mention of an argument in a form repeats it.
inline constexpr std::size_t formula_limit = 8192;

namespace detail {

constexpr char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

constexpr bool name_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.';
}

inline bool starts_with_ignoring_case(std::string_view text, std::size_t at, std::string_view word) {
    if (text.size() - at < word.size()) {
        return false;
    }
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (upper(text[at + k]) != word[k]) {
            return false;
        }
    }
    return true;
}

// The position after a quoted run ("text" or 'sheet') that opens at `at`; "" and '' stay inside.
inline std::size_t after_quoted(std::string_view text, std::size_t at) {
    const char quote = text[at];
    std::size_t i = at + 1;
    while (i < text.size()) {
        if (text[i] == quote) {
            if (i + 1 < text.size() && text[i + 1] == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return text.size(); // unterminated: the rest is quoted
}

// A plain operand needs no parentheses around it: a reference, number, name, text or array.
inline bool plain_operand(std::string_view argument) {
    if (argument.empty()) {
        return false;
    }
    if ((argument.front() == '"' && after_quoted(argument, 0) == argument.size()) ||
        (argument.front() == '{' && argument.back() == '}' &&
         argument.find('}') == argument.size() - 1)) {
        return true;
    }
    for (std::size_t i = 0; i < argument.size();) {
        const char c = argument[i];
        if (c == '\'') {
            i = after_quoted(argument, i);
            continue;
        }
        if (!name_char(c) && c != '$' && c != ':') {
            return false;
        }
        ++i;
    }
    return argument.front() != '.' && argument.front() != ':';
}

// True when `form` is one function call, e.g. IF(...): it needs no parentheses around it.
inline bool single_call(std::string_view form) {
    std::size_t i = 0;
    while (i < form.size() && name_char(form[i])) {
        ++i;
    }
    if (i == 0 || i >= form.size() || form[i] != '(') {
        return false;
    }
    int depth = 0;
    for (; i < form.size(); ++i) {
        const char c = form[i];
        if (c == '"' || c == '\'') {
            i = after_quoted(form, i) - 1;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i + 1 == form.size();
        }
    }
    return false;
}

class Rewriter {
public:
    explicit Rewriter(std::span<const SharedForm> forms) : forms_(forms) {}

    bool calls_goalpost = false;
    bool frozen = false;

    // `text` with every Goalpost call replaced by its form.
    std::string rewrite(std::string_view text) {
        std::string result;
        result.reserve(text.size() * 2);
        std::size_t i = 0;
        while (i < text.size()) {
            const char c = text[i];
            if (c == '"' || c == '\'') {
                const std::size_t end = after_quoted(text, i);
                result.append(text.substr(i, end - i));
                i = end;
                continue;
            }
            const bool at_name_start = i == 0 || (!name_char(text[i - 1]) && text[i - 1] != '$');
            if (at_name_start && starts_with_ignoring_case(text, i, goalpost_prefix)) {
                if (const auto end = call(text, i, result)) {
                    i = *end;
                    continue;
                }
            }
            result += c;
            ++i;
        }
        return result;
    }

private:
    // Replaces the call at `at` (appended to `out`); returns the position after it.
    std::optional<std::size_t> call(std::string_view text, std::size_t at, std::string& out) {
        std::size_t i = at + goalpost_prefix.size();
        const std::size_t name_begin = i;
        while (i < text.size() && name_char(text[i])) {
            ++i;
        }
        if (i == name_begin || i >= text.size() || text[i] != '(') {
            return std::nullopt;
        }
        std::string name;
        for (std::size_t k = name_begin; k < i; ++k) {
            name += upper(text[k]);
        }
        calls_goalpost = true;
        // The arguments: split at ';' outside brackets, quotes and braces.
        std::vector<std::string> arguments;
        std::size_t begin = ++i;
        int depth = 0;
        bool closed = false;
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"' || c == '\'') {
                i = after_quoted(text, i) - 1;
            } else if (c == '(' || c == '{' || c == '[') {
                ++depth; // '[': a table reference, Tbl[[#This Row];[Spend]]
            } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                --depth;
            } else if (c == ')' || (c == ';' && depth == 0)) {
                arguments.push_back(rewrite(trimmed(text.substr(begin, i - begin))));
                begin = i + 1;
                if (c == ')') {
                    closed = true;
                    break;
                }
            }
        }
        if (!closed) {
            frozen = true; // not a formula Calc would have written
            return text.size();
        }
        if (arguments.size() == 1 && arguments.front().empty()) {
            arguments.clear(); // NAME()
        }
        const SharedForm* found = nullptr;
        for (const SharedForm& form : forms_) {
            if (form.name == name) {
                found = &form;
                break;
            }
        }
        if (found == nullptr || found->form.empty()) {
            frozen = true;
            return i + 1;
        }
        const auto filled = fill(found->form, arguments);
        if (!filled) {
            frozen = true;
            return i + 1;
        }
        if (single_call(*filled)) {
            out += *filled;
        } else {
            out += '(';
            out += *filled;
            out += ')';
        }
        return i + 1;
    }

    // Without the spaces and line breaks Calc keeps around an argument.
    static std::string_view trimmed(std::string_view text) {
        constexpr std::string_view blank = " \t\r\n";
        const std::size_t first = text.find_first_not_of(blank);
        if (first == std::string_view::npos) {
            return {};
        }
        return text.substr(first, text.find_last_not_of(blank) - first + 1);
    }

    // The form with its placeholders filled; none when an argument it needs is missing or the
    // call has more arguments than the form names.
    static std::optional<std::string> fill(std::string_view form, const std::vector<std::string>& arguments) {
        std::string result;
        std::size_t highest = 0;
        for (std::size_t i = 0; i < form.size();) {
            if (form[i] != '{') {
                result += form[i++];
                continue;
            }
            const std::size_t close = form.find('}', i);
            if (close == std::string_view::npos) {
                return std::nullopt; // a malformed form (the catalogue test rules this out)
            }
            const std::string_view placeholder = form.substr(i + 1, close - i - 1);
            const std::size_t equals = placeholder.find('=');
            std::size_t position = 0;
            for (const char digit : placeholder.substr(0, equals)) {
                if (digit < '0' || digit > '9') {
                    return std::nullopt;
                }
                position = position * 10 + static_cast<std::size_t>(digit - '0');
            }
            if (position == 0) {
                return std::nullopt;
            }
            highest = std::max(highest, position);
            const bool given = position <= arguments.size() && !arguments[position - 1].empty();
            if (given) {
                const std::string& argument = arguments[position - 1];
                if (plain_operand(argument)) {
                    result += argument;
                } else {
                    result += '(' + argument + ')';
                }
            } else if (equals != std::string_view::npos) {
                result += placeholder.substr(equals + 1);
            } else {
                return std::nullopt;
            }
            i = close + 1;
        }
        if (arguments.size() > highest) {
            return std::nullopt;
        }
        return result;
    }

    std::span<const SharedForm> forms_;
};

} // namespace detail

// `formula` (with its leading '=') for a shareable copy, given each function's form.
inline SharedFormula shareable_formula(std::string_view formula, std::span<const SharedForm> forms) {
    detail::Rewriter rewriter(forms);
    SharedFormula result;
    std::string rewritten = rewriter.rewrite(formula);
    result.calls_goalpost = rewriter.calls_goalpost;
    result.frozen = rewriter.frozen || rewritten.size() > formula_limit;
    if (result.calls_goalpost && !result.frozen) {
        result.formula = std::move(rewritten);
    }
    return result;
}

} // namespace goalpost::addin
