// Catalogue entries: reverse-funnel planning, pacing and conversion statistics.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr std::array planning_functions{
    Function{
        .name = "LEADSNEEDED",
        .parameters = {
            {"target", ArgumentKind::number, false,
             {.en = "What you want at the bottom of the funnel, e.g. 18 customers."}},
            {"rates", ArgumentKind::list, false,
             {.en = "Stage-to-stage conversion rates, top first, each above 0 and at most 1: a "
                    "number, a row or a column."}},
        },
        .summary = {.en = "Leads needed at the top of the funnel to reach a target at the bottom."},
        .details = {.en = "Works back from the target: each stage = next stage / its rate, rounded "
                          "up to a whole lead. The same as the first cell of REVERSEFUNNEL."},
        .example = "=LEADSNEEDED(10;{0.2;0.5})",
        .example_result = "100",
    },
    Function{
        .name = "REVERSEFUNNEL",
        .result = ResultKind::array,
        .parameters = {
            {"target", ArgumentKind::number, false,
             {.en = "What you want at the bottom of the funnel, e.g. 18 customers."}},
            {"rates", ArgumentKind::list, false,
             {.en = "Stage-to-stage conversion rates, top first, each above 0 and at most 1: a "
                    "number, a row or a column."}},
        },
        .summary = {.en = "The counts needed at every funnel stage to reach a target, as a column: "
                          "leads first, the target last."},
        .details = {.en = "Computed from the bottom up, each stage = next stage / its rate, rounded "
                          "up to a whole unit. Returns one more cell than there are rates. Select "
                          "that many cells in a column, type the formula and press "
                          "Ctrl+Shift+Enter, or read one stage with "
                          "INDEX(REVERSEFUNNEL(...);stage;1)."},
        .example = "=INDEX(REVERSEFUNNEL(10;{0.2;0.5});2;1)",
        .example_result = "20",
    },
    Function{
        .name = "BUDGETNEEDED",
        .parameters = {
            {"target", ArgumentKind::number, false,
             {.en = "What you want at the bottom of the funnel, e.g. 18 customers."}},
            {"rates", ArgumentKind::list, false,
             {.en = "Stage-to-stage conversion rates, top first, each above 0 and at most 1: a "
                    "number, a row or a column."}},
            {"cost_per_lead", ArgumentKind::number, false,
             {.en = "What one lead costs (your CPL)."}},
        },
        .summary = {.en = "Budget needed to reach a target: leads needed times cost per lead."},
        .details = {.en = "LEADSNEEDED(target;rates) x cost_per_lead: the media budget that the "
                          "funnel implies at today's CPL and conversion rates."},
        .example = "=BUDGETNEEDED(10;{0.2;0.5};20)",
        .example_result = "2000",
    },
    Function{
        .name = "RUNRATE",
        .parameters = {
            {"actual", ArgumentKind::amount, false,
             {.en = "The amount so far in the period: a number, a cell or a range (summed)."}},
            {"elapsed", ArgumentKind::number, false,
             {.en = "Time elapsed so far, e.g. days."}},
            {"period", ArgumentKind::number, false,
             {.en = "Length of the whole period, in the same unit as elapsed."}},
        },
        .summary = {.en = "Run rate: the end-of-period projection, actual x period / elapsed."},
        .details = {.en = "actual x period / elapsed, a straight-line projection. Early in a period "
                          "it swings hard: read it beside PACE and a confidence interval, not "
                          "alone. Zero elapsed time is #DIV/0!."},
        .example = "=RUNRATE(30;10;30)",
        .example_result = "90",
    },
    Function{
        .name = "PACE",
        .parameters = {
            {"actual", ArgumentKind::amount, false,
             {.en = "The amount so far in the period: a number, a cell or a range (summed)."}},
            {"target", ArgumentKind::number, false,
             {.en = "The target for the whole period."}},
            {"elapsed", ArgumentKind::number, false,
             {.en = "Time elapsed so far, e.g. days."}},
            {"period", ArgumentKind::number, false,
             {.en = "Length of the whole period, in the same unit as elapsed."}},
        },
        .summary = {.en = "Pace against a target: actual / (target x elapsed / period); 1 is exactly "
                          "on pace."},
        .details = {.en = "actual / (target x elapsed / period), assuming the target accrues evenly "
                          "over the period. 0.5 means half of what should be there by now. A zero "
                          "target or zero elapsed time is #DIV/0!."},
        .example = "=PACE(5;30;28;30)",
        .example_result = "0.1786 (5 / 28)",
    },
    Function{
        .name = "CONVLOW",
        .parameters = {
            {"conversions", ArgumentKind::amount, false,
             {.en = "Conversions observed: a number, a cell or a range (summed)."}},
            {"trials", ArgumentKind::amount, false,
             {.en = "Trials they came from (visits, leads): a number, a cell or a range (summed)."}},
            {"confidence", ArgumentKind::number, true,
             {.en = "Optional confidence level between 0 and 1 (default 0.95)."}},
        },
        .summary = {.en = "Lower bound of the Wilson confidence interval of a conversion rate."},
        .details = {.en = "The lower end of the two-sided Wilson score interval (Wilson 1927), which "
                          "stays sensible for small samples and for 0 or 100% conversion, unlike "
                          "the textbook p +/- z x standard error. If a target rate lies inside "
                          "CONVLOW..CONVHIGH, the data cannot yet tell you missed it."},
        .example = "=CONVLOW(81;263)",
        .example_result = "0.2553 (Newcombe 1998)",
    },
    Function{
        .name = "CONVHIGH",
        .parameters = {
            {"conversions", ArgumentKind::amount, false,
             {.en = "Conversions observed: a number, a cell or a range (summed)."}},
            {"trials", ArgumentKind::amount, false,
             {.en = "Trials they came from (visits, leads): a number, a cell or a range (summed)."}},
            {"confidence", ArgumentKind::number, true,
             {.en = "Optional confidence level between 0 and 1 (default 0.95)."}},
        },
        .summary = {.en = "Upper bound of the Wilson confidence interval of a conversion rate."},
        .details = {.en = "The upper end of the two-sided Wilson score interval; see CONVLOW."},
        .example = "=CONVHIGH(81;263)",
        .example_result = "0.3662 (Newcombe 1998)",
    },
    Function{
        .name = "CONVPVALUE",
        .parameters = {
            {"conv_a", ArgumentKind::amount, false,
             {.en = "Conversions of variant A: a number, a cell or a range (summed)."}},
            {"trials_a", ArgumentKind::amount, false,
             {.en = "Trials of variant A: a number, a cell or a range (summed)."}},
            {"conv_b", ArgumentKind::amount, false,
             {.en = "Conversions of variant B: a number, a cell or a range (summed)."}},
            {"trials_b", ArgumentKind::amount, false,
             {.en = "Trials of variant B: a number, a cell or a range (summed)."}},
        },
        .summary = {.en = "p-value of the difference between two conversion rates (two-sided, "
                          "pooled two-proportion z-test)."},
        .details = {.en = "Below 0.05 the difference is unlikely to be noise. The normal "
                          "approximation needs about 5 conversions and 5 non-conversions per "
                          "variant, and checking again and again before the planned sample size "
                          "(SAMPLESIZE) inflates false positives. Equal rates give 1."},
        .example = "=CONVPVALUE(120;1000;150;1000)",
        .example_result = "0.0496",
    },
    Function{
        .name = "SAMPLESIZE",
        .parameters = {
            {"base_rate", ArgumentKind::number, false,
             {.en = "Today's conversion rate, strictly between 0 and 1."}},
            {"relative_lift", ArgumentKind::number, false,
             {.en = "The relative lift to detect, e.g. 0.2 for +20% (the new rate must stay "
                    "below 1)."}},
            {"alpha", ArgumentKind::number, true,
             {.en = "Optional significance level, two-sided (default 0.05)."}},
            {"power", ArgumentKind::number, true,
             {.en = "Optional power, the chance of detecting a real lift (default 0.8)."}},
        },
        .summary = {.en = "Trials needed per variant to detect a relative lift in a conversion "
                          "rate."},
        .details = {.en = "Normal approximation without continuity correction: n = (z(1-alpha/2) "
                          "sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 (1-p2)))^2 / "
                          "(p2-p1)^2 with p2 = p1 (1+lift), rounded up. Decide it before the test "
                          "starts and judge only once it is reached."},
        .example = "=SAMPLESIZE(0.1;0.2)",
        .example_result = "3841",
    },
};

} // namespace goalpost::catalogue
