#include "objective_cache.hpp"
#include "uno_text.hpp"

#include "failure_hook.hpp"

#include <array>
#include <mutex>

namespace goalpost::addin {

namespace {

// Direct-mapped: a slot per hash bucket, the newest text wins, and a lookup costs one hash and
// one comparison. Texts longer than cached_characters are parsed but not kept, so the texts held
// stay under slot_count x cached_characters x 2 bytes = 1 MiB, and the objectives (a few hundred
// bytes each, their segment a substring of the text) under another 0.6 MiB: measured in
// docs/reliability.md. An objective longer than that is rare, and parsed again when it recurs.
constexpr std::size_t slot_count = 256;
constexpr std::size_t cached_characters = 2'048;

struct Slot {
    rtl::OUString text;
    std::shared_ptr<const Objective> objective;
};

struct Cache {
    std::mutex mutex; // Calc calls from its main thread; macros may call from others
    std::array<Slot, slot_count> slots;
};

// The slot of a text: its length and 16 of its characters spread over it. O(1) where
// OUString::hashCode reads every character (measured: a hit cost 190 ns with it on a
// 110-character objective); two texts sharing a slot only evict each other.
std::size_t slot_of(const rtl::OUString& text) {
    const auto length = static_cast<std::size_t>(text.getLength());
    const sal_Unicode* chars = text.getStr();
    std::size_t hash = length;
    const std::size_t step = length / 16 + 1;
    for (std::size_t i = 0; i < length; i += step) {
        hash = hash * 31 + chars[i];
    }
    if (length != 0) {
        hash = hash * 31 + chars[length - 1];
    }
    return (hash ^ (hash >> 9)) % slot_count;
}

Cache& cache() {
    static Cache instance;
    return instance;
}

} // namespace

std::optional<Failure> too_long(const rtl::OUString& text, int argument) {
    if (static_cast<std::size_t>(text.getLength()) > max_text_characters) {
        return invalid_argument(argument, "longer than 10,000 characters: no objective or "
                                          "statement is that long");
    }
    return std::nullopt;
}

Result<std::shared_ptr<const Objective>> parsed_objective(const rtl::OUString& text) {
    failure_hook(text);
    if (auto failure = too_long(text, 1)) {
        return *failure;
    }
    const auto usable = [](std::shared_ptr<const Objective> objective)
        -> Result<std::shared_ptr<const Objective>> {
        if (objective->empty_text) {
            return Failure{ErrorKind::not_available, 1, "the objective is empty"};
        }
        return objective;
    };
    // A text too long to keep is not hashed either.
    Cache& shared = cache();
    Slot* const slot = static_cast<std::size_t>(text.getLength()) <= cached_characters
                           ? &shared.slots[slot_of(text)]
                           : nullptr;
    if (slot) {
        std::lock_guard lock(shared.mutex);
        if (slot->objective && slot->text == text) {
            return usable(slot->objective);
        }
    }
    const Utf8View utf8(text);
    auto objective = std::make_shared<const Objective>(parse_objective(utf8.view()));
    if (slot) {
        std::lock_guard lock(shared.mutex);
        slot->text = text;
        slot->objective = objective;
    }
    return usable(std::move(objective));
}

} // namespace goalpost::addin
