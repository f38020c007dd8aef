// A forced internal failure, compiled in only for the test copy of the component
// (build/tests/goalpost-failure-test.oxt, GOALPOST_FAILURE_HOOK defined): it lets a real-Calc
// test show that an exception thrown inside a function becomes a cell error, not a crash and
// not an exception crossing UNO. In the shipped build both functions are empty and inlined away,
// so build/goalpost.oxt carries no switch (tests/integration/test_exception_safety.py checks
// that its library holds neither trigger).
#pragma once

#include <rtl/ustring.hxx>

#ifdef GOALPOST_FAILURE_HOOK
#include <new>
#include <stdexcept>
#endif

namespace goalpost::addin {

#ifdef GOALPOST_FAILURE_HOOK
// An amount argument summing to this throws std::logic_error, like a bug would.
inline constexpr double failure_hook_amount = -7.77e-77;
// An objective with this text throws std::bad_alloc, like running out of memory would.
inline constexpr char failure_hook_text[] = "GOALPOST TEST HOOK: out of memory";

inline void failure_hook(double amount) {
    if (amount == failure_hook_amount) {
        throw std::logic_error("forced internal failure (test build)");
    }
}
inline void failure_hook(const rtl::OUString& text) {
    if (text.equalsAscii(failure_hook_text)) {
        throw std::bad_alloc();
    }
}
#else
inline void failure_hook(double) {}
inline void failure_hook(const rtl::OUString&) {}
#endif

} // namespace goalpost::addin
