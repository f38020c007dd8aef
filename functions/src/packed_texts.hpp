// Tables of texts packed at compile time into one block of characters and their offsets. In a
// shared library every std::string_view of a table costs a 24-byte relocation besides its 16
// bytes (the pointer must be fixed up at load time); the language tables hold thousands of words,
// so they are written as string_view arrays for people and packed for the library: only the
// packed block is emitted, and it needs no relocation at all.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <utility>

namespace goalpost::detail {

// An iterator over any table that answers table[i] by value.
template <class Table>
class TableIterator {
public:
    using value_type = decltype(std::declval<const Table&>()[0]);
    using difference_type = std::ptrdiff_t;
    using reference = value_type;
    using pointer = void;
    using iterator_category = std::input_iterator_tag;
    constexpr TableIterator() = default;
    constexpr TableIterator(const Table* table, std::size_t at) : table_(table), at_(at) {}
    constexpr value_type operator*() const { return (*table_)[at_]; }
    constexpr TableIterator& operator++() {
        ++at_;
        return *this;
    }
    constexpr TableIterator operator++(int) {
        TableIterator before = *this;
        ++at_;
        return before;
    }
    constexpr bool operator==(const TableIterator& other) const { return at_ == other.at_; }

private:
    const Table* table_ = nullptr;
    std::size_t at_ = 0;
};

// A read-only view of packed texts: text i runs from offsets[i] to offsets[i + 1].
class TextTable {
public:
    constexpr TextTable() = default;
    constexpr TextTable(const std::uint32_t* offsets, std::size_t size, const char* text)
        : offsets_(offsets), size_(size), text_(text) {}

    [[nodiscard]] constexpr std::size_t size() const { return size_; }
    [[nodiscard]] constexpr bool empty() const { return size_ == 0; }
    [[nodiscard]] constexpr std::string_view operator[](std::size_t i) const {
        return {text_ + offsets_[i], offsets_[i + 1] - offsets_[i]};
    }
    [[nodiscard]] constexpr TableIterator<TextTable> begin() const { return {this, 0}; }
    [[nodiscard]] constexpr TableIterator<TextTable> end() const { return {this, size_}; }

private:
    const std::uint32_t* offsets_ = nullptr;
    std::size_t size_ = 0;
    const char* text_ = nullptr;
};

// The packed block of Count texts of Chars characters in all.
template <std::size_t Count, std::size_t Chars>
struct PackedTexts {
    std::array<std::uint32_t, Count + 1> offsets{};
    std::array<char, Chars == 0 ? 1 : Chars> text{};

    [[nodiscard]] constexpr TextTable table() const { return {offsets.data(), Count, text.data()}; }
};

// The characters of all `texts`, to size their block.
template <std::size_t Count>
constexpr std::size_t chars_of(const std::string_view (&texts)[Count]) {
    std::size_t chars = 0;
    for (const std::string_view text : texts) {
        chars += text.size();
    }
    return chars;
}

// `texts` packed; Chars is chars_of(texts), named so that the block's size is a constant.
template <std::size_t Chars, std::size_t Count>
constexpr PackedTexts<Count, Chars> pack(const std::string_view (&texts)[Count]) {
    PackedTexts<Count, Chars> packed;
    std::size_t at = 0;
    for (std::size_t i = 0; i < Count; ++i) {
        packed.offsets[i] = static_cast<std::uint32_t>(at);
        for (const char c : texts[i]) {
            packed.text[at++] = c;
        }
    }
    packed.offsets[Count] = static_cast<std::uint32_t>(at);
    return packed;
}

// Tables of pairs of texts, such as a phrase and its canonical words.
template <class Entry>
concept WordsAndCanonical = requires(const Entry& entry) {
    std::string_view(entry.words);
    std::string_view(entry.canonical);
};

// A view of packed pairs: text 2i is entry i's words and text 2i + 1 its canonical words.
template <WordsAndCanonical Entry>
class PairTable {
public:
    constexpr PairTable() = default;
    constexpr explicit PairTable(TextTable texts) : texts_(texts) {}
    [[nodiscard]] constexpr std::size_t size() const { return texts_.size() / 2; }
    [[nodiscard]] constexpr bool empty() const { return texts_.empty(); }
    [[nodiscard]] constexpr Entry operator[](std::size_t i) const {
        return {texts_[2 * i], texts_[2 * i + 1]};
    }
    [[nodiscard]] constexpr TableIterator<PairTable> begin() const { return {this, 0}; }
    [[nodiscard]] constexpr TableIterator<PairTable> end() const { return {this, size()}; }

private:
    TextTable texts_;
};

// The characters of all `entries`, to size their packed block.
template <WordsAndCanonical Entry, std::size_t Count>
constexpr std::size_t chars_of(const Entry (&entries)[Count]) {
    std::size_t chars = 0;
    for (const Entry& entry : entries) {
        chars += entry.words.size() + entry.canonical.size();
    }
    return chars;
}

// `entries` packed as 2 * Count texts; Chars is chars_of(entries).
template <std::size_t Chars, WordsAndCanonical Entry, std::size_t Count>
constexpr PackedTexts<2 * Count, Chars> pack(const Entry (&entries)[Count]) {
    std::string_view texts[2 * Count];
    for (std::size_t i = 0; i < Count; ++i) {
        texts[2 * i] = entries[i].words;
        texts[2 * i + 1] = entries[i].canonical;
    }
    return pack<Chars>(texts);
}

} // namespace goalpost::detail
