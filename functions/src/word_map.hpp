// A map from short words to values, built once and read for every token: open addressing over
// one flat array with a hash of eight bytes a step, which beats std::unordered_map on words of a
// few bytes and keeps each lookup to one or two cache lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace goalpost::detail {

inline std::size_t word_hash(std::string_view text) {
    // Eight bytes per multiplication: a byte-wise hash chains one multiplication per letter.
    constexpr std::uint64_t multiplier = 0xFF51AFD7ED558CCDULL; // MurmurHash3's finaliser
    std::uint64_t value = 0x9E3779B97F4A7C15ULL ^ text.size();
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t block;
        std::memcpy(&block, text.data() + i, 8);
        value = (value ^ block) * multiplier;
        value ^= value >> 32;
    }
    std::uint64_t tail = 0;
    for (std::size_t shift = 0; i < text.size(); ++i, shift += 8) {
        tail |= std::uint64_t{static_cast<unsigned char>(text[i])} << shift;
    }
    value = (value ^ tail) * multiplier;
    return static_cast<std::size_t>(value ^ (value >> 29));
}

template <class Value>
class WordMap {
public:
    // The entries, each word once (a later entry for a word already in is ignored).
    explicit WordMap(const std::vector<std::pair<std::string_view, Value>>& entries) {
        std::size_t capacity = 16;
        while (capacity < 2 * entries.size()) {
            capacity *= 2;
        }
        slots_.resize(capacity);
        for (const auto& [word, value] : entries) {
            std::size_t at = word_hash(word) & (capacity - 1);
            while (!slots_[at].word.empty() && slots_[at].word != word) {
                at = (at + 1) & (capacity - 1);
            }
            if (slots_[at].word.empty()) {
                slots_[at] = Slot{word, value};
            }
        }
    }

    // The value of `word`, or nullptr.
    const Value* find(std::string_view word) const {
        if (word.empty()) {
            return nullptr;
        }
        for (std::size_t at = word_hash(word) & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
            const Slot& slot = slots_[at];
            if (slot.word.empty()) {
                return nullptr;
            }
            if (slot.word == word) {
                return &slot.value;
            }
        }
    }

private:
    struct Slot {
        std::string_view word; // empty: free
        Value value{};
    };
    std::vector<Slot> slots_;
};

} // namespace goalpost::detail
