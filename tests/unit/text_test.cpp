// The ASCII text helpers (functions/src/text.hpp). lower_case works eight bytes at a time, so it
// is checked against the rule written one byte at a time, for every byte value at every offset.
#include "text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace goalpost::detail {
namespace {

// The rule, byte by byte: A-Z gain 0x20; every other byte stays (the accented capitals of UTF-8
// are a second rule, tested below).
std::string ascii_lowered(std::string text) {
    for (char& c : text) {
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    return text;
}

TEST(LowerCase, EveryByteValueAtEveryOffsetOfABlock) {
    for (std::size_t offset = 0; offset < 17; ++offset) {
        for (int byte = 0; byte < 256; ++byte) {
            if (byte >= 0xC3) {
                continue; // may start an accented capital: the UTF-8 rule below
            }
            // capitals and their neighbours '@' '[' '`' '{' around the byte, on both sides of
            // an eight-byte boundary
            const std::string text = std::string(offset, 'Q') + static_cast<char>(byte) + "xY@[`{Z";
            std::string lowered = text;
            lower_case(lowered);
            EXPECT_EQ(lowered, ascii_lowered(text)) << "offset " << offset << ", byte " << byte;
        }
    }
}

TEST(LowerCase, AccentedCapitalsOfUtf8) {
    std::string text = "ÉTÉ ÀÖØÞ ÑANDÚ Œuvre × Ÿ"; // the times sign and Y with diaeresis stay
    lower_case(text);
    EXPECT_EQ(text, "été àöøþ ñandú œuvre × Ÿ");
}

TEST(LowerCase, LengthAndOffsetsKept) {
    std::string text = "Generate 1.500 LEADS pro Monat über Google Ads";
    const std::size_t size = text.size();
    lower_case(text);
    EXPECT_EQ(text.size(), size);
    EXPECT_EQ(text, "generate 1.500 leads pro monat über google ads");
}

} // namespace
} // namespace goalpost::detail
