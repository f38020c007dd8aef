// ASCII text helpers shared by the core: the readers lower-case and compare names the same way
// everywhere, so that "Time-Bound", "time bound" and "TIME_BOUND" are one name.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalpost::detail {

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
constexpr char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

inline std::string ascii_upper(std::string_view text) {
    std::string result(text);
    for (char& c : result) {
        c = ascii_upper(c);
    }
    return result;
}

// A name as typed in a cell, normalised: lower case (ASCII and accented Latin letters), '-' and '_' read as spaces, runs of
// spaces as one, and no spaces at either end.
inline std::string normalised_name(std::string_view name) {
    std::string result;
    result.reserve(name.size());
    for (char c : name) {
        // the accented capitals of U+00C0-U+00DE follow a 0xC3 lead byte, 0x20 below their
        // small letters ("ESPECÍFICO")
        if (!result.empty() && static_cast<unsigned char>(result.back()) == 0xC3 &&
            static_cast<unsigned char>(c) >= 0x80 && static_cast<unsigned char>(c) <= 0x9E &&
            static_cast<unsigned char>(c) != 0x97) {
            result += static_cast<char>(c + 0x20);
            continue;
        }
        c = c == '-' || c == '_' ? ' ' : ascii_lower(c);
        if (c == ' ' && (result.empty() || result.back() == ' ')) {
            continue;
        }
        result += c;
    }
    if (!result.empty() && result.back() == ' ') {
        result.pop_back();
    }
    return result;
}

// The words of a space-separated phrase ("cost per lead" -> cost, per, lead).
inline std::vector<std::string_view> split_words(std::string_view words) {
    std::vector<std::string_view> result;
    while (!words.empty()) {
        const auto space = words.find(' ');
        result.push_back(words.substr(0, space));
        words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
    }
    return result;
}

// The value whose name (any of its spellings, already normalised) matches `name`.
template <class Value, std::size_t N>
std::optional<Value> lookup_name(std::string_view name,
                                 const std::array<std::pair<std::string_view, Value>, N>& names) {
    const std::string wanted = normalised_name(name);
    for (const auto& [spelling, value] : names) {
        if (wanted == spelling) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace goalpost::detail
