#include "objective_cache.hpp"
#include "utf8_view.hpp"

#include "failure_hook.hpp"

#include <array>
#include <mutex>

namespace goalpost::addin {

namespace {

// Direct-mapped: a slot per hash bucket, the newest text wins. 256 slots bound the memory to a
// few hundred kilobytes even for long texts, and a lookup costs one hash and one comparison.
constexpr std::size_t slot_count = 256;

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

std::shared_ptr<const Objective> parsed_objective(const rtl::OUString& text) {
    failure_hook(text);
    Cache& shared = cache();
    Slot& slot = shared.slots[slot_of(text)];
    {
        std::lock_guard lock(shared.mutex);
        if (slot.objective && slot.text == text) {
            return slot.objective;
        }
    }
    const Utf8View utf8(text);
    auto objective = std::make_shared<const Objective>(parse_objective(utf8.view()));
    std::lock_guard lock(shared.mutex);
    slot.text = text;
    slot.objective = objective;
    return objective;
}

} // namespace goalpost::addin
