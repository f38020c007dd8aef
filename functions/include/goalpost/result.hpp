// The error contract shared by every Goalpost function: a result is a value or a Failure.
// Errors are values here, never exceptions, so that the core can be called from the UNO
// adapter, a benchmark or a fuzzer without any of them having to catch anything.
#pragma once

#include <cmath>
#include <string_view>
#include <utility>
#include <variant>

namespace goalpost {

// Each kind maps to exactly one Calc cell error in the adapter; the reasons are in README.md.
enum class ErrorKind : unsigned char {
    division_by_zero, // a zero denominator: #DIV/0!, as Calc's own =A1/B1
    invalid_argument, // outside the function's domain: Err:502, as Calc's own SQRT(-1)
    wrong_type,       // text where a number is needed: #VALUE!, as Calc's own =A1*1
    not_available,    // nothing to answer, e.g. an empty objective: #N/A
    overflow,         // a result too large to represent: #NUM!, as Calc's own =1E308*10
};

// Why a call failed. `argument` is the 1-based position of the offending argument, 0 when the
// failure belongs to the call as a whole; `reason` is static text for logs and tests (Calc
// never shows an add-in's message, so it costs no allocation).
struct Failure {
    ErrorKind kind;
    int argument = 0;
    std::string_view reason;

    friend bool operator==(const Failure&, const Failure&) = default;
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Failure failure) : state_(failure) {}      // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    // Precondition: ok().
    [[nodiscard]] const T& value() const& { return *std::get_if<0>(&state_); }
    [[nodiscard]] T&& value() && { return std::move(*std::get_if<0>(&state_)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    // Precondition: !ok().
    [[nodiscard]] const Failure& failure() const { return *std::get_if<1>(&state_); }

private:
    std::variant<T, Failure> state_;
};

inline Failure division_by_zero(int argument, std::string_view reason) {
    return {ErrorKind::division_by_zero, argument, reason};
}
inline Failure invalid_argument(int argument, std::string_view reason) {
    return {ErrorKind::invalid_argument, argument, reason};
}
inline Failure wrong_type(int argument, std::string_view reason) {
    return {ErrorKind::wrong_type, argument, reason};
}

// Every numeric result leaves the core through here: a NaN or infinity produced by accident
// (overflow of huge inputs) becomes a failure instead of a silent wrong cell.
inline Result<double> finite(double value) {
    if (std::isfinite(value)) {
        return value;
    }
    return Failure{ErrorKind::overflow, 0, "result is not a finite number"};
}

} // namespace goalpost
