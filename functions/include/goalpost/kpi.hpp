// The KPI catalogue: the remaining numbers marketers and B2B revenue teams compute by hand,
// each with its denominator explicit. Inputs are already-resolved amounts (the adapter sums
// ranges); rates and margins are fractions in [0; 1]. Every function validates its own domain
// (Err:502) before its denominators (#DIV/0!) and reports the offending argument by its 1-based
// position, 0 when the failure belongs to the call as a whole.
#pragma once

#include "goalpost/result.hpp"
#include "goalpost/statistics.hpp"

#include <optional>
#include <span>

namespace goalpost {

// Revenue and efficiency (kpi.cpp)

// Marketing efficiency ratio: total_revenue / total_marketing_spend, blended (all revenue,
// organic included, over all marketing spend).
Result<double> marketing_efficiency_ratio(double total_revenue, double total_marketing_spend);

// Break-even ROAS: 1 / gross_margin, the ROAS at which the ads' gross profit pays for them. A
// margin of 0 is #DIV/0!; outside [0; 1] an invalid argument.
Result<double> break_even_roas(double gross_margin);

// Lifetime value: arpa * gross_margin / churn_rate, all per the same period. A churn rate of 0
// is #DIV/0! (an infinite lifetime is not a value).
Result<double> lifetime_value(double arpa, double gross_margin, double churn_rate);

// ltv / cac.
Result<double> ltv_to_cac(double ltv, double cac);

// Periods to pay back the acquisition cost: cac / (arpa * gross_margin). A zero arpa or margin
// is #DIV/0! (never paid back).
Result<double> cac_payback(double cac, double arpa, double gross_margin);

// Lead velocity rate: (qualified_now - qualified_before) / qualified_before; may be negative.
Result<double> lead_velocity_rate(double qualified_now, double qualified_before);

// Win rate: won / (won + lost + open). open = 0 gives HubSpot's won / (won + lost).
Result<double> win_rate(double won, double lost, double open = 0.0);

// Pipeline coverage: pipeline / remaining_target (required coverage is 1 / win rate).
Result<double> pipeline_coverage(double pipeline, double remaining_target);

// Sales velocity, revenue per day: opportunities * avg_deal * rate / cycle_days, `rate` the win
// rate as a fraction; cycle_days must be positive (0 is #DIV/0!).
Result<double> sales_velocity(double opportunities, double avg_deal, double rate,
                              double cycle_days);

// Net revenue retention over a period: (start_mrr + expansion - contraction - churn) / start_mrr,
// and gross revenue retention without the expansion; losses above the starting MRR are invalid.
Result<double> net_revenue_retention(double start_mrr, double expansion, double contraction,
                                     double churn);
Result<double> gross_revenue_retention(double start_mrr, double contraction, double churn);

// Budget variance: (actual - budget) / budget; positive is overspend.
Result<double> budget_gap(double actual, double budget);

// Compound growth per period needed to go from baseline to target in `periods` periods:
// (target / baseline)^(1 / periods) - 1. periods must be positive; a zero baseline is #DIV/0!.
Result<double> growth_required(double baseline, double target, double periods);

// Media (kpi.cpp)

// Click-through rate: clicks / impressions; clicks above impressions are invalid.
Result<double> click_through_rate(double clicks, double impressions);

// Cost per click: cost / clicks.
Result<double> cost_per_click(double cost, double clicks);

// Cost per mille: cost / impressions * 1000.
Result<double> cost_per_mille(double cost, double impressions);

// Engagement rate: engagements / base, the base being reach, impressions or followers. It may
// exceed 1 (one person can engage several times, and non-followers engage too).
Result<double> engagement_rate(double engagements, double base);

// Funnel diagnosis (kpi.cpp)

// The 1-based index of the weakest funnel step (step i runs from stage i to stage i + 1): the
// lowest step rate stages[i + 1] / stages[i], or with benchmarks (one rate per step, each in
// [0; 1]) the lowest rate / benchmark. Ties within rounding noise go to the first step. An empty
// top stage or a zero benchmark is #DIV/0!; a step out of an empty stage never wins, because the
// step into that stage has rate 0 and comes first.
Result<double> weakest_stage(std::span<const double> stages,
                             std::optional<std::span<const double>> benchmarks = std::nullopt);

} // namespace goalpost
