#include "goalpost/kpi.hpp"

#include "domain.hpp"

#include <cmath>
#include <cstddef>

namespace goalpost {

using detail::check_fraction;
using detail::check_non_negative;
using detail::check_non_zero;
using detail::first_failure;
using detail::ratio_of_amounts;
using detail::share_of_amounts;

namespace {

// A length of time such as a sales cycle: finite and not negative (zero is checked as a
// denominator).
std::optional<Failure> check_duration(double value, int argument) {
    if (!std::isfinite(value) || value < 0.0) {
        return invalid_argument(argument, "a length of time must not be negative");
    }
    return std::nullopt;
}

constexpr int stages_argument = 1;
constexpr int benchmarks_argument = 2;

// Rounding noise in comparing two step scores: a step must be lower by more than this (relative)
// to beat an earlier one, so that equal ratios computed along different paths still tie.
constexpr double tie_tolerance = 1e-12;

// Whether a step scoring `score` beats the weakest so far (scores are never negative; a huge
// funnel can overflow a score to infinity, which any finite score beats).
bool clearly_below(double score, double weakest_score) {
    if (std::isinf(weakest_score)) {
        return score < weakest_score;
    }
    return score < weakest_score - tie_tolerance * weakest_score;
}

} // namespace

Result<double> marketing_efficiency_ratio(double total_revenue, double total_marketing_spend) {
    return ratio_of_amounts(total_revenue, total_marketing_spend);
}

Result<double> break_even_roas(double gross_margin) {
    if (auto failure = first_failure(check_fraction(gross_margin, 1), check_non_zero(gross_margin, 1))) {
        return *failure;
    }
    return finite(1.0 / gross_margin);
}

Result<double> lifetime_value(double arpa, double gross_margin, double churn_rate) {
    if (auto failure = first_failure(check_non_negative(arpa, 1), check_fraction(gross_margin, 2),
                                     check_fraction(churn_rate, 3))) {
        return *failure;
    }
    if (auto failure = check_non_zero(churn_rate, 3)) {
        return *failure;
    }
    return finite(arpa * gross_margin / churn_rate);
}

Result<double> ltv_to_cac(double ltv, double cac) { return ratio_of_amounts(ltv, cac); }

Result<double> cac_payback(double cac, double arpa, double gross_margin) {
    if (auto failure = first_failure(check_non_negative(cac, 1), check_non_negative(arpa, 2),
                                     check_fraction(gross_margin, 3))) {
        return *failure;
    }
    if (auto failure = first_failure(check_non_zero(arpa, 2), check_non_zero(gross_margin, 3))) {
        return *failure;
    }
    return finite(cac / (arpa * gross_margin));
}

Result<double> lead_velocity_rate(double qualified_now, double qualified_before) {
    if (auto failure = first_failure(check_non_negative(qualified_now, 1),
                                     check_non_negative(qualified_before, 2))) {
        return *failure;
    }
    if (auto failure = check_non_zero(qualified_before, 2)) {
        return *failure;
    }
    return finite((qualified_now - qualified_before) / qualified_before);
}

Result<double> win_rate(double won, double lost, double open) {
    if (auto failure = first_failure(check_non_negative(won, 1), check_non_negative(lost, 2),
                                     check_non_negative(open, 3))) {
        return *failure;
    }
    const double decided = won + lost + open;
    if (decided == 0.0) {
        return division_by_zero(0, "no deals to compute a win rate from");
    }
    // A sum beyond the largest double would make any share 0: #NUM!, not a wrong 0.
    if (auto total = finite(decided); !total) {
        return total;
    }
    return finite(won / decided);
}

Result<double> pipeline_coverage(double pipeline, double remaining_target) {
    return ratio_of_amounts(pipeline, remaining_target);
}

Result<double> sales_velocity(double opportunities, double avg_deal, double rate,
                              double cycle_days) {
    if (auto failure = first_failure(check_non_negative(opportunities, 1),
                                     check_non_negative(avg_deal, 2), check_fraction(rate, 3),
                                     check_duration(cycle_days, 4))) {
        return *failure;
    }
    if (auto failure = check_non_zero(cycle_days, 4)) {
        return *failure;
    }
    return finite(opportunities * avg_deal * rate / cycle_days);
}

Result<double> budget_gap(double actual, double budget) {
    if (auto failure = first_failure(check_non_negative(actual, 1),
                                     check_non_negative(budget, 2))) {
        return *failure;
    }
    if (auto failure = check_non_zero(budget, 2)) {
        return *failure;
    }
    return finite((actual - budget) / budget);
}

namespace {

// Retention of start_mrr (argument 1) with expansion, and losses whose first is at `losses_at`.
Result<double> retention(double start_mrr, double expansion, double contraction, double churn,
                         int losses_at) {
    if (auto failure = first_failure(check_non_negative(start_mrr, 1),
                                     check_non_negative(expansion, 2),
                                     check_non_negative(contraction, losses_at),
                                     check_non_negative(churn, losses_at + 1))) {
        return *failure;
    }
    if (contraction + churn > start_mrr) {
        return invalid_argument(losses_at, "more MRR lost than there was at the start");
    }
    if (auto failure = check_non_zero(start_mrr, 1)) {
        return *failure;
    }
    return finite((start_mrr + expansion - contraction - churn) / start_mrr);
}

} // namespace

Result<double> net_revenue_retention(double start_mrr, double expansion, double contraction,
                                     double churn) {
    return retention(start_mrr, expansion, contraction, churn, 3);
}

Result<double> gross_revenue_retention(double start_mrr, double contraction, double churn) {
    return retention(start_mrr, 0.0, contraction, churn, 2);
}

Result<double> growth_required(double baseline, double target, double periods) {
    if (auto failure = first_failure(check_non_negative(baseline, 1),
                                     check_non_negative(target, 2))) {
        return *failure;
    }
    if (!std::isfinite(periods) || periods <= 0.0) {
        return invalid_argument(3, "the number of periods must be above zero");
    }
    if (auto failure = check_non_zero(baseline, 1)) {
        return *failure;
    }
    // exp(ln(target / baseline) / periods) - 1, with expm1 so that small growth keeps its
    // digits. When the ratio overflows or underflows, the logarithms are taken apart instead. A
    // target of 0 gives ln 0 = -inf and exactly -1: everything lost.
    const double ratio = target / baseline;
    const double log_ratio = std::isfinite(ratio) && ratio > 0.0
                                 ? std::log(ratio)
                                 : std::log(target) - std::log(baseline);
    return finite(std::expm1(log_ratio / periods));
}

Result<double> click_through_rate(double clicks, double impressions) {
    return share_of_amounts(clicks, impressions);
}

Result<double> cost_per_click(double cost, double clicks) { return ratio_of_amounts(cost, clicks); }

Result<double> cost_per_mille(double cost, double impressions) {
    auto per_impression = ratio_of_amounts(cost, impressions);
    if (!per_impression) {
        return per_impression;
    }
    // cost / (impressions / 1000): thousands of impressions are usually exact, so whole CPMs stay
    // whole (250 / 50 = 5, where 250 / 50000 * 1000 is 5.000000000000001).
    return finite(cost / (impressions / 1000.0));
}

Result<double> engagement_rate(double engagements, double base) {
    return ratio_of_amounts(engagements, base);
}

Result<double> weakest_stage(std::span<const double> stages,
                             std::optional<std::span<const double>> benchmarks) {
    if (auto failure = detail::check_funnel_stages(stages, stages_argument)) {
        return *failure;
    }
    if (benchmarks) {
        if (benchmarks->size() != stages.size() - 1) {
            return invalid_argument(benchmarks_argument,
                                    "one benchmark rate per step is needed (stages - 1)");
        }
        for (double benchmark : *benchmarks) {
            if (auto failure = check_fraction(benchmark, benchmarks_argument)) {
                return *failure;
            }
        }
        for (double benchmark : *benchmarks) {
            if (auto failure = check_non_zero(benchmark, benchmarks_argument)) {
                return *failure;
            }
        }
    }
    if (stages.front() == 0.0) {
        return division_by_zero(stages_argument, "the top stage is empty");
    }
    std::size_t weakest = 0;
    double weakest_score = 0.0;
    for (std::size_t step = 0; step + 1 < stages.size(); ++step) {
        if (stages[step] == 0.0) {
            break; // the step into this empty stage scored 0 and is already the weakest
        }
        double score = stages[step + 1] / stages[step];
        if (benchmarks) {
            score /= (*benchmarks)[step];
        }
        if (step == 0 || clearly_below(score, weakest_score)) {
            weakest = step;
            weakest_score = score;
        }
    }
    return finite(static_cast<double>(weakest + 1));
}

} // namespace goalpost
