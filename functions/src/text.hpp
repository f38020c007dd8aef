// ASCII text helpers shared by the core: the readers lower-case and compare names the same way
// everywhere, so that "Time-Bound", "time bound" and "TIME_BOUND" are one name.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
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
    char* const data = text.data();
    const std::size_t size = text.size();
    // Eight bytes at a time (SWAR): an ASCII capital gets its 0x20 bit; bytes of 0x80 and up
    // (UTF-8) are left alone, and noted for the second pass.
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    std::uint64_t any_high = 0;
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t block;
        std::memcpy(&block, data + i, 8);
        const std::uint64_t ascii = ~block & (0x80 * ones);
        const std::uint64_t low_bits = block & (0x7F * ones);
        // a byte's top bit set where its low seven bits are >= 'A', and where they are > 'Z'
        const std::uint64_t from_a = low_bits + (0x80 - 'A') * ones;
        const std::uint64_t past_z = low_bits + (0x7F - 'Z') * ones;
        block |= (ascii & (from_a ^ past_z)) >> 2;
        any_high |= ~ascii;
        std::memcpy(data + i, &block, 8);
    }
    for (; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        any_high |= c;
        data[i] = static_cast<char>(static_cast<unsigned char>(c - 'A') < 26 ? c + 32 : c);
    }
    if ((any_high & (0x80 * ones)) == 0) {
        return; // ASCII only, the usual case
    }
    for (std::size_t at = 0; at + 1 < size; ++at) {
        if (at + 8 <= size) { // skip eight ASCII bytes at a time
            std::uint64_t block;
            std::memcpy(&block, data + at, 8);
            if ((block & (0x80 * ones)) == 0) {
                at += 7;
                continue;
            }
        }
        const auto lead = static_cast<unsigned char>(data[at]);
        if (lead < 0xC3) {
            continue; // most bytes: one comparison
        }
        const auto next = static_cast<unsigned char>(data[at + 1]);
        if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
            data[at + 1] = static_cast<char>(next + 0x20); // 0x20 below their small letters
        } else if (lead == 0xC5 && next == 0x92) {
            data[at + 1] = static_cast<char>(0x93);
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
