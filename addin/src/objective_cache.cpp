#include "objective_cache.hpp"

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

Cache& cache() {
    static Cache instance;
    return instance;
}

} // namespace

std::shared_ptr<const Objective> parsed_objective(const rtl::OUString& text) {
    failure_hook(text);
    Cache& shared = cache();
    Slot& slot = shared.slots[static_cast<std::size_t>(text.hashCode()) % slot_count];
    {
        std::lock_guard lock(shared.mutex);
        if (slot.objective && slot.text == text) {
            return slot.objective;
        }
    }
    const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    auto objective = std::make_shared<const Objective>(
        parse_objective(std::string_view(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()))));
    std::lock_guard lock(shared.mutex);
    slot.text = text;
    slot.objective = objective;
    return objective;
}

} // namespace goalpost::addin
