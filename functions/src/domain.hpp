// Domain checks shared by the core's functions, so that every function words and positions its
// failures the same way. Private to the core.
#pragma once

#include "goalpost/result.hpp"

#include <cmath>
#include <optional>
#include <span>

namespace goalpost::detail {

// A money amount or a count: finite and not negative.
inline std::optional<Failure> check_non_negative(double value, int argument) {
    if (!std::isfinite(value)) {
        return invalid_argument(argument, "must be a finite number");
    }
    if (value < 0.0) {
        return invalid_argument(argument, "must not be negative");
    }
    return std::nullopt;
}

// A count of events or visitors: not negative, and whole.
inline std::optional<Failure> check_whole_count(double value, int argument) {
    if (auto failure = check_non_negative(value, argument)) {
        return failure;
    }
    if (value != std::floor(value)) {
        return invalid_argument(argument, "a count must be a whole number");
    }
    return std::nullopt;
}

// A fraction such as a margin: finite and within [0; 1].
inline std::optional<Failure> check_fraction(double value, int argument) {
    if (!std::isfinite(value) || value < 0.0 || value > 1.0) {
        return invalid_argument(argument, "must be a fraction between 0 and 1");
    }
    return std::nullopt;
}

// A probability such as a confidence level or a rate: strictly between 0 and 1.
inline std::optional<Failure> check_open_probability(double value, int argument) {
    if (!std::isfinite(value) || value <= 0.0 || value >= 1.0) {
        return invalid_argument(argument, "must be a probability strictly between 0 and 1");
    }
    return std::nullopt;
}

// A period's length (days, months): finite and longer than zero.
inline std::optional<Failure> check_period(double period, int argument) {
    if (!std::isfinite(period) || period <= 0.0) {
        return invalid_argument(argument, "a period must be longer than zero");
    }
    return std::nullopt;
}

// A denominator that has passed check_non_negative: zero is #DIV/0!, as in Calc's =A1/0.
inline std::optional<Failure> check_non_zero(double value, int argument) {
    if (value == 0.0) {
        return division_by_zero(argument, "is zero and divides");
    }
    return std::nullopt;
}

// The first failure of several checks, in argument order.
template <class... Checks>
std::optional<Failure> first_failure(const Checks&... checks) {
    std::optional<Failure> found;
    ((found = found ? found : checks), ...);
    return found;
}

// A funnel's stage counts (FUNNELCONV, FUNNELSTEPS, WEAKESTSTAGE): at least two, each a count.
inline std::optional<Failure> check_funnel_stages(std::span<const double> stages, int argument) {
    if (stages.size() < 2) {
        return invalid_argument(argument, "a funnel needs at least two stages");
    }
    for (double count : stages) {
        if (auto failure = check_non_negative(count, argument)) {
            return failure;
        }
    }
    return std::nullopt;
}

// numerator / denominator for two non-negative amounts at positions 1 and 2 (CPL, ROAS, CTR...).
inline Result<double> ratio_of_amounts(double numerator, double denominator) {
    if (auto failure = first_failure(check_non_negative(numerator, 1),
                                     check_non_negative(denominator, 2))) {
        return *failure;
    }
    if (auto failure = check_non_zero(denominator, 2)) {
        return *failure;
    }
    return finite(numerator / denominator);
}

// part / whole for two non-negative amounts at positions 1 and 2, the part at most the whole.
inline Result<double> share_of_amounts(double part, double whole) {
    auto share = ratio_of_amounts(part, whole);
    if (share && part > whole) {
        return invalid_argument(1, "exceeds the total it is a share of");
    }
    return share;
}

} // namespace goalpost::detail
