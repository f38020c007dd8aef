// ASCII text helpers shared by the core: the readers lower-case and compare names the same way
// everywhere, so that "Time-Bound", "time bound" and "TIME_BOUND" are one name.
#pragma once

#include <algorithm>
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

// ASCII and the accented Latin capitals of UTF-8 text (U+00C0-U+00DE but the times sign, and
// OE) in lower case, in place: the byte length stays, so offsets into the text hold for both.
inline void lower_case(std::string& text) {
    // One pass over the bytes: ASCII capitals lowered, and whether any byte is not ASCII.
    unsigned char any_high = 0;
    char* const data = text.data();
    const std::size_t size = text.size();
    for (std::size_t i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        any_high |= c;
        data[i] = static_cast<char>(static_cast<unsigned char>(c - 'A') < 26 ? c + 32 : c);
    }
    if (any_high < 0x80) {
        return; // ASCII only, the usual case
    }
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
            text[i + 1] = static_cast<char>(next + 0x20); // 0x20 below their small letters
        } else if (lead == 0xC5 && next == 0x92) {
            text[i + 1] = static_cast<char>(0x93);
        }
    }
}

// A name as typed in a cell, normalised: lower case (lower_case), '-' and '_' read as spaces,
// runs of spaces as one, and no spaces at either end.
inline std::string normalised_name(std::string_view name) {
    std::string lowered(name);
    lower_case(lowered); // "ESPECÍFICO"
    std::string result;
    result.reserve(name.size());
    for (char c : lowered) {
        c = c == '-' || c == '_' ? ' ' : c;
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
