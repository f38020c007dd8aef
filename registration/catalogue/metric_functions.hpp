// Catalogue entries: cost, return and funnel metrics.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr std::array metric_functions{
    Function{
        .name = "CPL",
        .parameters = {
            {"spend", ArgumentKind::amount, false,
             {.en = "Money spent: a number, a cell or a range (summed)."}},
            {"leads", ArgumentKind::amount, false,
             {.en = "Leads won with that spend: a number, a cell or a range (summed)."}},
        },
        .summary = {.en = "Cost per lead: spend divided by leads."},
        .details = {.en = "Spend / leads. With zero leads the CPL is undefined and the cell shows "
                          "#DIV/0!, never a misleading 0. Ranges are summed, so "
                          "=CPL(B2:B40;C2:C40) is the CPL of the whole campaign, not an average "
                          "of daily CPLs."},
        .example = "=CPL(600;30)",
        .example_result = "20",
    },
    Function{
        .name = "CPA",
        .parameters = {
            {"spend", ArgumentKind::amount, false,
             {.en = "Money spent: a number, a cell or a range (summed)."}},
            {"acquisitions", ArgumentKind::amount, false,
             {.en = "Acquisitions (sales, sign-ups) won with that spend: a number, a cell or a "
                    "range (summed)."}},
        },
        .summary = {.en = "Cost per acquisition: spend divided by acquisitions."},
        .details = {.en = "Spend / acquisitions. Say which conversion counts as an acquisition: "
                          "ad platforms may count several conversions per click."},
        .example = "=CPA(1500;12)",
        .example_result = "125",
    },
    Function{
        .name = "CAC",
        .parameters = {
            {"marketing_cost", ArgumentKind::amount, false,
             {.en = "Marketing cost of the period: a number, a cell or a range (summed)."}},
            {"new_customers", ArgumentKind::amount, false,
             {.en = "New customers won in the period: a number, a cell or a range (summed)."}},
            {"sales_cost", ArgumentKind::amount, true,
             {.en = "Optional sales cost of the period (default 0); include it for blended CAC."}},
        },
        .summary = {.en = "Customer acquisition cost: (marketing cost + sales cost) divided by new customers."},
        .details = {.en = "(marketing_cost + sales_cost) / new_customers. Marketing cost alone gives "
                          "paid CAC; adding sales cost gives blended CAC. With long sales cycles, "
                          "take the cost of the period that produced the customers."},
        .example = "=CAC(8000;10;2000)",
        .example_result = "1000",
    },
    Function{
        .name = "ROAS",
        .parameters = {
            {"revenue", ArgumentKind::amount, false,
             {.en = "Revenue attributed to the ads: a number, a cell or a range (summed)."}},
            {"ad_spend", ArgumentKind::amount, false,
             {.en = "Money spent on those ads: a number, a cell or a range (summed)."}},
        },
        .summary = {.en = "Return on ad spend: revenue divided by ad spend."},
        .details = {.en = "Revenue / ad_spend, a ratio: 5 means 5:1, which ad platforms show as "
                          "500%. It is revenue, not profit: use ROI with a margin for profit."},
        .example = "=ROAS(5000;1000)",
        .example_result = "5",
    },
    Function{
        .name = "ROI",
        .parameters = {
            {"revenue", ArgumentKind::amount, false,
             {.en = "Revenue the investment brought: a number, a cell or a range (summed)."}},
            {"cost", ArgumentKind::amount, false,
             {.en = "Cost of the investment: a number, a cell or a range (summed)."}},
            {"margin", ArgumentKind::number, true,
             {.en = "Optional gross margin as a fraction between 0 and 1 (default 1: revenue "
                    "counted in full)."}},
        },
        .summary = {.en = "Return on investment: (revenue x margin - cost) divided by cost."},
        .details = {.en = "(revenue x margin - cost) / cost. 0 is break-even, 1 doubles the money. "
                          "Without a margin, revenue is treated as profit, which flatters the "
                          "return: give the gross margin where you know it."},
        .example = "=ROI(10000;2000;0.4)",
        .example_result = "1",
    },
    Function{
        .name = "CONVRATE",
        .parameters = {
            {"conversions", ArgumentKind::amount, false,
             {.en = "Conversions: a number, a cell or a range (summed)."}},
            {"total", ArgumentKind::amount, false,
             {.en = "The total they came from (visits, clicks, leads): a number, a cell or a "
                    "range (summed)."}},
        },
        .summary = {.en = "Conversion rate: conversions divided by their total."},
        .details = {.en = "Conversions / total, a fraction (format the cell as a percentage). "
                          "Conversions above their total are rejected (Err:502): count each "
                          "visitor's conversion once, or the rate is not a rate."},
        .example = "=CONVRATE(45;1500)",
        .example_result = "0.03",
    },
    Function{
        .name = "FUNNELCONV",
        .parameters = {
            {"stages", ArgumentKind::list, false,
             {.en = "Counts at each funnel stage, top first: one row or one column; spare blank "
                    "cells at the end are ignored."}},
            {"from", ArgumentKind::number, true,
             {.en = "Optional 1-based stage to convert from (default: the first)."}},
            {"to", ArgumentKind::number, true,
             {.en = "Optional 1-based stage to convert to (default: the last)."}},
        },
        .summary = {.en = "Funnel conversion: the share of one stage that reaches a later stage."},
        .details = {.en = "stages[to] / stages[from], stages counted from 1 at the top. By default "
                          "the whole funnel, first stage to last. A stage index outside the funnel, "
                          "or 'to' before 'from', is Err:502; an empty 'from' stage is #DIV/0!."},
        .example = "=FUNNELCONV({2000;400;100;20};2;4)",
        .example_result = "0.05",
    },
    Function{
        .name = "FUNNELSTEPS",
        .result = ResultKind::array,
        .parameters = {
            {"stages", ArgumentKind::list, false,
             {.en = "Counts at each funnel stage, top first: one row or one column; spare blank "
                    "cells at the end are ignored."}},
        },
        .summary = {.en = "Step rates of a funnel: each stage divided by the stage before it, as an "
                          "array."},
        .details = {.en = "Returns the n-1 step rates in the orientation of the stages (a column "
                          "for a column). Enter it as an array formula (select n-1 cells, type the "
                          "formula, press Ctrl+Shift+Enter) or read one step with "
                          "INDEX(FUNNELSTEPS(...);step;1). A step out of an empty stage shows "
                          "#DIV/0! in its own cell."},
        .example = "=INDEX(FUNNELSTEPS({2000;400;100;20});2;1)",
        .example_result = "0.25",
    },
};

} // namespace goalpost::catalogue
