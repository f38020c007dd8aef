#include "goalpost/experiments.hpp"

#include "domain.hpp"
#include "math_policy.hpp"
#include "goalpost/planning.hpp"


#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace goalpost {

using detail::check_non_negative;
using detail::check_whole_count;
using detail::check_open_probability;
using detail::first_failure;
using detail::z_at;

namespace {


bool is_whole(double value) { return value == std::floor(value); }

// ---- sample-ratio mismatch ----------------------------------------------------------------------

constexpr int observed_argument = 1;
constexpr int shares_argument = 2;

} // namespace

Result<double> sample_ratio_p_value(std::span<const double> observed,
                                    std::span<const double> planned_shares) {
    if (observed.size() < 2) {
        return invalid_argument(observed_argument, "a split needs at least two variants");
    }
    for (const double count : observed) {
        if (auto failure = check_whole_count(count, observed_argument)) {
            return *failure;
        }
    }
    if (!planned_shares.empty() && planned_shares.size() != observed.size()) {
        return invalid_argument(shares_argument, "one planned share per variant");
    }
    for (const double share : planned_shares) {
        if (!std::isfinite(share) || share <= 0.0) {
            return invalid_argument(shares_argument, "a planned share must be positive");
        }
    }
    const double total = std::accumulate(observed.begin(), observed.end(), 0.0);
    if (total == 0.0) {
        return division_by_zero(observed_argument, "no visitor was counted");
    }
    // shares scaled by the largest first, so that huge ones cannot overflow their sum
    const double largest = planned_shares.empty()
                               ? 1.0
                               : *std::max_element(planned_shares.begin(), planned_shares.end());
    double share_total = 0.0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        share_total += planned_shares.empty() ? 1.0 : planned_shares[i] / largest;
    }
    double statistic = 0.0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const double share = planned_shares.empty() ? 1.0 : planned_shares[i] / largest;
        const double expected = total * share / share_total;
        statistic += (observed[i] - expected) * (observed[i] - expected) / expected;
    }
    if (!std::isfinite(statistic)) {
        return Failure{ErrorKind::overflow, 0, "the statistic is not finite"};
    }
    const double degrees = static_cast<double>(observed.size() - 1);
    return finite(detail::chi_squared_upper_tail(statistic, degrees));
}

namespace {

// ---- Bayesian comparison ------------------------------------------------------------------------

// A Beta distribution's parameters.
struct Beta {
    double alpha;
    double beta;
    [[nodiscard]] double mean() const { return alpha / (alpha + beta); }
};

using Extended = long double; // a 64-bit mantissa: sums of millions of terms lose no digit

// ln Gamma(z), without the global sign that lgammal writes (several threads may read).
Extended log_gamma(Extended z) {
    int sign = 0;
    return lgammal_r(z, &sign);
}

// Stirling's series beyond its leading terms: ln Gamma(z) - ((z - 1/2) ln z - z + ln(2 pi) / 2).
Extended stirling_tail(Extended z) {
    const Extended inverse = 1.0L / z;
    const Extended square = inverse * inverse;
    return inverse * (1.0L / 12 - square * (1.0L / 360 - square * (1.0L / 1260 - square / 1680)));
}

// ln Gamma(z + d) - ln Gamma(z) for z >= 20 by Stirling's series, its large parts regrouped:
// (z - 1/2) ln(1 + d / z) + d (ln(z + d) - 1) + tails; no term is much larger than d ln(z + d).
Extended log_gamma_step(Extended z, Extended d) {
    return (z - 0.5L) * std::log1p(d / z) + d * (std::log(z + d) - 1.0L) + stirling_tail(z + d) -
           stirling_tail(z);
}

// ln B(a, b + c) - ln B(a, b) = ln Gamma(b + c) - ln Gamma(b) - ln Gamma(a + b + c) + ln Gamma(a + b),
// the first term of Miller's sum. Four log-gammas of a billion trials are about 2e10 each, and
// their difference would keep no digit worth having: Stirling's series lets the large parts
// cancel exactly first, in whichever of a, b and c are large.
Extended log_beta_ratio(Extended a, Extended b, Extended c) {
    constexpr Extended large = 20.0L; // where the series' tails are below 1e-15
    if (b >= large) {
        // (b - 1/2) ln(1 + ac / (b (a + b + c))) - a ln(1 + c / (a + b)) - c ln(1 + a / (b + c))
        return (b - 0.5L) * std::log1p(a * c / (b * (a + b + c))) - a * std::log1p(c / (a + b)) -
               c * std::log1p(a / (b + c)) + stirling_tail(b + c) - stirling_tail(b) -
               stirling_tail(a + b + c) + stirling_tail(a + b);
    }
    if (a + b >= large && b + c >= large) {
        // b small: ln Gamma(b) exactly, the rest regrouped as above
        const Extended half_log_two_pi = 0.91893853320467274178L;
        return -(a + b - 0.5L) * std::log1p(c / (a + b)) - c * std::log1p(a / (b + c)) +
               (b - 0.5L) * std::log(b + c) - b + half_log_two_pi + stirling_tail(a + b) -
               stirling_tail(a + b + c) + stirling_tail(b + c) - log_gamma(b);
    }
    if (b + c >= large) { // a and b small
        return log_gamma(a + b) - log_gamma(b) - log_gamma_step(b + c, a);
    }
    if (a + b >= large) { // b and c small
        return log_gamma(b + c) - log_gamma(b) - log_gamma_step(a + b, c);
    }
    return log_gamma(b + c) - log_gamma(b) - log_gamma(a + b + c) + log_gamma(a + b);
}

// The most terms the closed-form sum runs: about 0.1 s for one cell, reached only when both
// variants have more than ten million conversions and as many non-conversions; beyond, the answer
// is refused rather than approximated, and no cell keeps Calc busy for longer.
constexpr double most_terms = 1e7;

// P(Y > X) for Beta X and Y when y.alpha is whole: Evan Miller's sum (2015),
// sum_{i<alpha_Y} B(alpha_X + i, beta_X + beta_Y) / ((beta_Y + i) B(1 + i, beta_Y) B(alpha_X, beta_X)).
// Each term is the one before times (alpha_X + i)(beta_Y + i) / ((alpha_X + beta_X + beta_Y + i)(1 + i)),
// so the sum needs one logarithm of the first term and no other special function; it is
// rescaled as it grows, because a first term can be as small as 1e-1500.
double miller_sum(Beta x, Beta y) {
    const Extended log_first = log_beta_ratio(x.alpha, x.beta, y.beta);
    constexpr Extended rescale_above = 1e250L;
    const Extended log_rescale = std::log(rescale_above);
    Extended term = 1.0L;
    Extended sum = 0.0L;
    Extended log_scale = 0.0L;
    const Extended a = x.alpha;
    const Extended b = y.beta;
    const Extended ab = x.alpha + x.beta + y.beta;
    const auto terms = static_cast<std::uint64_t>(y.alpha);
    for (std::uint64_t i = 0; i < terms; ++i) {
        sum += term;
        const auto k = static_cast<Extended>(i);
        term *= (a + k) * (b + k) / ((ab + k) * (1.0L + k));
        if (term > rescale_above) {
            term /= rescale_above;
            sum /= rescale_above;
            log_scale += log_rescale;
        }
    }
    return static_cast<double>(std::exp(log_first + std::log(sum) + log_scale));
}

// P(Y > X) for Beta X and Y with whole parameters (whole priors and counts). The sum runs over
// y.alpha; the identities P(Y > X) = 1 - P(X > Y) and P(Y > X) = P(1 - X > 1 - Y) (1 - X is
// Beta(beta, alpha)) let any parameter of the four lead, and the smallest does, for the fewest
// terms. NaN when even the smallest needs more than most_terms.
double probability_greater(Beta x, Beta y) {
    struct Form {
        double terms;
        Beta lower;  // X of the sum
        Beta higher; // Y of the sum
        bool complement;
    };
    const std::array<Form, 4> forms{{
        {y.alpha, x, y, false},
        {x.alpha, y, x, true},
        {x.beta, {y.beta, y.alpha}, {x.beta, x.alpha}, false},
        {y.beta, {x.beta, x.alpha}, {y.beta, y.alpha}, true},
    }};
    const Form* best = nullptr;
    for (const Form& form : forms) {
        if (best == nullptr || form.terms < best->terms) {
            best = &form;
        }
    }
    if (best->terms > most_terms) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const double sum = miller_sum(best->lower, best->higher);
    return std::clamp(best->complement ? 1.0 - sum : sum, 0.0, 1.0);
}

// Both variants' posteriors, or the failure of an argument (conversions of A are argument 1).
struct Posteriors {
    Beta a;
    Beta b;
};

std::optional<Failure> check_variant(VariantData variant, int argument) {
    if (auto failure = first_failure(check_whole_count(variant.conversions, argument),
                                     check_whole_count(variant.trials, argument + 1))) {
        return failure;
    }
    if (variant.conversions > variant.trials) {
        return invalid_argument(argument, "conversions exceed their trials");
    }
    return std::nullopt;
}

Result<Posteriors> posteriors(VariantData a, VariantData b, BetaPrior prior) {
    if (auto failure = first_failure(check_variant(a, 1), check_variant(b, 3))) {
        return *failure;
    }
    // Whole priors keep the posteriors' parameters whole, which the exact sum needs.
    if (!std::isfinite(prior.alpha) || prior.alpha < 1.0 || !is_whole(prior.alpha)) {
        return invalid_argument(5, "a prior parameter must be a whole number of 1 or more");
    }
    if (!std::isfinite(prior.beta) || prior.beta < 1.0 || !is_whole(prior.beta)) {
        return invalid_argument(6, "a prior parameter must be a whole number of 1 or more");
    }
    const auto posterior = [&](VariantData variant) {
        return Beta{prior.alpha + variant.conversions,
                    prior.beta + variant.trials - variant.conversions};
    };
    return Posteriors{posterior(a), posterior(b)};
}

} // namespace

Result<double> probability_b_beats_a(VariantData a, VariantData b, BetaPrior prior) {
    const auto both = posteriors(a, b, prior);
    if (!both) {
        return both.failure();
    }
    return finite(probability_greater(both->a, both->b));
}

Result<double> expected_loss_of_b(VariantData a, VariantData b, BetaPrior prior) {
    const auto both = posteriors(a, b, prior);
    if (!both) {
        return both.failure();
    }
    // E[(A - B)+] = E[A; A > B] - E[B; A > B] = mean(A) P(A+ > B) - mean(B) P(A > B+), where
    // X+ is Beta(alpha + 1, beta): weighting a Beta density by its variable raises alpha by one.
    const Beta a_raised{both->a.alpha + 1.0, both->a.beta};
    const Beta b_raised{both->b.alpha + 1.0, both->b.beta};
    const double loss = both->a.mean() * probability_greater(both->b, a_raised) -
                        both->b.mean() * probability_greater(b_raised, both->a);
    if (std::isnan(loss)) { // a sum too long to run: refused, never clamped to 0 below
        return Failure{ErrorKind::overflow, 0, "too many conversions for the exact sum"};
    }
    return finite(std::max(0.0, loss));
}

namespace {

// ---- test design --------------------------------------------------------------------------------

// Where each design argument sits in a function's argument list.
struct DesignArguments {
    int alpha;
    int power;
    int variants;
    int sides; // 0: the function has none
};

std::optional<Failure> check_design(const TestDesign& design, DesignArguments arguments) {
    if (auto failure = first_failure(check_open_probability(design.alpha, arguments.alpha),
                                     check_open_probability(design.power, arguments.power))) {
        return failure;
    }
    if (!std::isfinite(design.variants) || design.variants < 2.0 || !is_whole(design.variants)) {
        return invalid_argument(arguments.variants, "variants: a whole number of 2 or more, the control included");
    }
    if (design.sides != Sides::one && design.sides != Sides::two) {
        return invalid_argument(arguments.sides, "sides: 1 or 2");
    }
    return std::nullopt;
}

// The quantiles of a design: of alpha, divided among the comparisons with the control
// (Bonferroni), on one or two sides, and of the power.
struct DesignQuantiles {
    double alpha;
    double power;
};

DesignQuantiles quantiles_of(const TestDesign& design) {
    const double comparisons = design.variants - 1.0;
    const double alpha = design.alpha / comparisons;
    return {z_at(1.0 - (design.sides == Sides::two ? alpha / 2.0 : alpha)), z_at(design.power)};
}

// SAMPLESIZE's n before rounding (statistics.hpp gives the formula).
double unrounded_size(double p1, double p2, DesignQuantiles z) {
    const double p_bar = (p1 + p2) / 2.0;
    const double numerator = z.alpha * std::sqrt(2.0 * p_bar * (1.0 - p_bar)) +
                             z.power * std::sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2));
    return numerator * numerator / ((p2 - p1) * (p2 - p1));
}

std::optional<Failure> check_lift(double base_rate, double relative_lift, int argument) {
    if (!std::isfinite(relative_lift) || relative_lift == 0.0 || relative_lift <= -1.0) {
        return invalid_argument(argument, "the lift must be a fraction above -1 and not 0");
    }
    if (base_rate * (1.0 + relative_lift) >= 1.0) {
        return invalid_argument(argument, "the lifted rate would reach 100%");
    }
    return std::nullopt;
}

// SAMPLESIZE's n rounded up, for arguments already checked.
Result<double> rounded_size(double base_rate, double relative_lift, const TestDesign& design) {
    return finite(ceil_whole(unrounded_size(base_rate, base_rate * (1.0 + relative_lift),
                                            quantiles_of(design))));
}

} // namespace

Result<Sides> sides_from(double count, int argument) {
    if (count == 1.0) {
        return Sides::one;
    }
    if (count == 2.0) {
        return Sides::two;
    }
    return invalid_argument(argument, "sides: 1 or 2");
}

Result<double> sample_size(double base_rate, double relative_lift, const TestDesign& design) {
    if (auto failure = first_failure(check_open_probability(base_rate, 1),
                                     check_lift(base_rate, relative_lift, 2),
                                     check_design(design, {3, 4, 5, 6}))) {
        return *failure;
    }
    return rounded_size(base_rate, relative_lift, design);
}

Result<double> sample_size(double base_rate, double relative_lift, TestDesign design,
                           double sides) {
    if (auto failure = first_failure(check_open_probability(base_rate, 1),
                                     check_lift(base_rate, relative_lift, 2),
                                     check_design(design, {3, 4, 5, 6}))) {
        return *failure;
    }
    const auto parsed = sides_from(sides, 6);
    if (!parsed) {
        return parsed.failure();
    }
    design.sides = *parsed;
    return rounded_size(base_rate, relative_lift, design);
}

Result<double> minimum_detectable_lift(double base_rate, double trials_per_group,
                                       const TestDesign& design) {
    if (auto failure = first_failure(check_open_probability(base_rate, 1),
                                     check_non_negative(trials_per_group, 2),
                                     check_design(design, {3, 4, 5, 0}))) {
        return *failure;
    }
    const DesignQuantiles z = quantiles_of(design);
    const auto size_at = [&](double lift) {
        return unrounded_size(base_rate, base_rate * (1.0 + lift), z);
    };
    // The size falls as the lift grows, down to what a lift to a rate of 100% needs.
    double high = 1.0 / base_rate - 1.0;
    if (!(size_at(high * (1.0 - 1e-12)) <= trials_per_group)) {
        return invalid_argument(2, "too few trials to detect any lift");
    }
    double low = 0.0;
    for (int step = 0; step < 200 && high - low > 1e-15 * high; ++step) {
        const double middle = (low + high) / 2.0;
        (size_at(middle) > trials_per_group ? low : high) = middle;
    }
    return finite(high);
}

Result<double> test_days(double base_rate, double relative_lift, double daily_visitors,
                         const TestDesign& design) {
    // in argument order: the rate and lift (1, 2), the visitors (3), then the design (4 to 6)
    if (auto failure = first_failure(check_open_probability(base_rate, 1),
                                     check_lift(base_rate, relative_lift, 2),
                                     check_non_negative(daily_visitors, 3),
                                     check_design(design, {5, 6, 4, 0}))) {
        return *failure;
    }
    auto size = rounded_size(base_rate, relative_lift, design);
    if (!size) {
        return size;
    }
    if (daily_visitors == 0.0) {
        return division_by_zero(3, "no visitor enters the test");
    }
    return finite(ceil_whole(*size * design.variants / daily_visitors));
}

} // namespace goalpost
