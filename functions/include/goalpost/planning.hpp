// Planning: working back from a target through the funnel to leads and budget, and pacing a
// target as a period goes by.
#pragma once

#include "goalpost/result.hpp"

#include <optional>
#include <span>
#include <vector>

namespace goalpost {

// The counts needed at each stage to reach `target` at the bottom of a funnel whose
// stage-to-stage rates are `rates` (top first, each in (0; 1]): rates.size() + 1 counts, top
// first, `target` last. Worked from the bottom up, each stage = next stage / its rate, rounded
// up to a whole unit (a count within 1e-9 of a whole number is that number: floating-point noise
// must not turn an exact 500 into 501).
Result<std::vector<double>> reverse_funnel(double target, std::span<const double> rates);

// The top of reverse_funnel: leads needed to reach `target`.
Result<double> leads_needed(double target, std::span<const double> rates);

// leads_needed(target, rates) * cost_per_lead.
Result<double> budget_needed(double target, std::span<const double> rates, double cost_per_lead);

// The customers a revenue target needs at `average_deal` each: revenue_target / average_deal,
// rounded up (ceil_whole). LEADSNEEDED, REVERSEFUNNEL and BUDGETNEEDED take it as their target
// when given an average deal; `deal_argument` is that argument's position.
Result<double> customers_for_revenue(double revenue_target, double average_deal, int deal_argument);

// The bottom of a funnel as LEADSNEEDED, REVERSEFUNNEL and BUDGETNEEDED take it: `target`, or
// the customers a revenue target needs when an average deal is given; the target and the rates
// are checked first, in argument order.
Result<double> funnel_target(double target, std::span<const double> rates,
                             std::optional<double> average_deal, int deal_argument);

// The last day a lead can arrive and still close by `deadline` (LASTLEADDATE): deadline -
// cycle_days, both as spreadsheet day numbers and days; a cycle longer than the deadline's day
// number is invalid (no date before day 0).
Result<double> last_lead_date(double deadline, double cycle_days);

// End-of-period projection: actual * period / elapsed (elapsed and period in the same unit).
Result<double> run_rate(double actual, double elapsed, double period);

// actual / (target * elapsed / period): 1 is exactly on pace, 0.5 half the expected amount.
Result<double> pace(double actual, double target, double elapsed, double period);

// `value` rounded up to a whole number, unless it is within floating-point noise of the whole
// number below.
double ceil_whole(double value);

} // namespace goalpost
