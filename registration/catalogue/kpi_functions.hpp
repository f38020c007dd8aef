// Catalogue entries: the KPI catalogue (revenue efficiency, sales, media, growth, count
// intervals, funnel diagnosis and budget).
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr std::array kpi_functions{
    Function{
        .name = "MER",
        .parameters = {
            {"total_revenue", ArgumentKind::amount, false,
             {.en = "All revenue of the period, organic included: a number, a cell or a range "
                    "(summed)."}},
            {"total_marketing_spend", ArgumentKind::amount, false,
             {.en = "All marketing spend of the period: a number, a cell or a range (summed)."}},
        },
        .summary = {.en = "Marketing efficiency ratio: total revenue divided by total marketing "
                          "spend."},
        .details = {.en = "total_revenue / total_marketing_spend, blended: all revenue over all "
                          "marketing spend. It is not ROAS, which credits only the revenue "
                          "attributed to ads; comparing one with the other mixes denominators. "
                          "Zero spend is #DIV/0!."},
        .example = "=MER(250000;50000)",
        .example_result = "5",
    },
    Function{
        .name = "LTV",
        .parameters = {
            {"arpa", ArgumentKind::number, false,
             {.en = "Average revenue per account per period (e.g. monthly): a number or a "
                    "cell."}},
            {"gross_margin", ArgumentKind::number, false,
             {.en = "Gross margin as a fraction between 0 and 1."}},
            {"churn_rate", ArgumentKind::number, false,
             {.en = "Share of accounts lost per period, a fraction between 0 and 1, per the same "
                    "period as arpa."}},
        },
        .summary = {.en = "Customer lifetime value: arpa x gross margin divided by churn rate."},
        .details = {.en = "arpa x gross_margin / churn_rate, the denominator being the churn rate "
                          "of the same period as arpa: monthly ARPA with annual churn is 12 times "
                          "off. Without the margin it is revenue, not value. A churn rate of 0 is "
                          "#DIV/0!: an endless lifetime is not a number."},
        .example = "=LTV(100;0.8;0.02)",
        .example_result = "4000",
    },
    Function{
        .name = "LTVCAC",
        .parameters = {
            {"ltv", ArgumentKind::number, false,
             {.en = "Customer lifetime value (see LTV): a number or a cell."}},
            {"cac", ArgumentKind::number, false,
             {.en = "Customer acquisition cost (see CAC): a number or a cell."}},
        },
        .summary = {.en = "LTV to CAC ratio: lifetime value divided by acquisition cost."},
        .details = {.en = "ltv / cac. Take both on the same footing: LTV from gross margin against "
                          "blended CAC (sales cost included). Revenue LTV over paid-only CAC "
                          "flatters the ratio. A CAC of 0 is #DIV/0!."},
        .example = "=LTVCAC(4000;1000)",
        .example_result = "4",
    },
    Function{
        .name = "PAYBACK",
        .parameters = {
            {"cac", ArgumentKind::number, false,
             {.en = "Customer acquisition cost: a number or a cell."}},
            {"arpa", ArgumentKind::number, false,
             {.en = "Average revenue per account per period: a number or a cell."}},
            {"gross_margin", ArgumentKind::number, false,
             {.en = "Gross margin as a fraction between 0 and 1."}},
        },
        .summary = {.en = "CAC payback: periods of gross profit needed to earn back the "
                          "acquisition cost."},
        .details = {.en = "cac / (arpa x gross_margin), in the period of arpa (monthly ARPA gives "
                          "months). The denominator is gross profit, not revenue: dividing by "
                          "revenue makes payback look shorter than it is. A zero arpa or margin is "
                          "#DIV/0! (never paid back)."},
        .example = "=PAYBACK(1200;100;0.8)",
        .example_result = "15",
    },
    Function{
        .name = "LVR",
        .parameters = {
            {"qualified_now", ArgumentKind::amount, false,
             {.en = "Qualified leads this period: a number, a cell or a range (summed)."}},
            {"qualified_before", ArgumentKind::amount, false,
             {.en = "Qualified leads in the previous period of the same length: a number, a "
                    "cell or a range (summed)."}},
        },
        .summary = {.en = "Lead velocity rate: growth of qualified leads over the previous "
                          "period."},
        .details = {.en = "(qualified_now - qualified_before) / qualified_before, the denominator "
                          "being the earlier period; negative when leads shrink. Count qualified "
                          "leads, not all leads, over periods of equal length. A previous period "
                          "with 0 leads is #DIV/0!: growth from nothing is undefined."},
        .example = "=LVR(120;100)",
        .example_result = "0.2",
    },
    Function{
        .name = "WINRATE",
        .parameters = {
            {"won", ArgumentKind::amount, false,
             {.en = "Deals won: a number, a cell or a range (summed)."}},
            {"lost", ArgumentKind::amount, false,
             {.en = "Deals lost: a number, a cell or a range (summed)."}},
            {"open", ArgumentKind::amount, true,
             {.en = "Optional open deals to include in the denominator (default: none)."}},
        },
        .summary = {.en = "Win rate: deals won divided by deals won and lost (and open, if "
                          "given)."},
        .details = {.en = "won / (won + lost), HubSpot's default; with open deals given, won / "
                          "(won + lost + open), a lower number. State which denominator you use. "
                          "No deals at all is #DIV/0!."},
        .example = "=WINRATE(20;30)",
        .example_result = "0.4",
    },
    Function{
        .name = "PIPECOVER",
        .parameters = {
            {"pipeline", ArgumentKind::amount, false,
             {.en = "Value of the open pipeline: a number, a cell or a range (summed)."}},
            {"remaining_target", ArgumentKind::amount, false,
             {.en = "Revenue target still to close in the period: a number, a cell or a range "
                    "(summed)."}},
        },
        .summary = {.en = "Pipeline coverage: open pipeline divided by the target still to "
                          "close."},
        .details = {.en = "pipeline / remaining_target, the denominator being what is left of the "
                          "target, not the full quota. The '3x' rule assumes a one-in-three win "
                          "rate: the coverage you need is 1 / win rate. A remaining target of 0 "
                          "(already met) is #DIV/0!."},
        .example = "=PIPECOVER(300000;100000)",
        .example_result = "3",
    },
    Function{
        .name = "SALESVELOCITY",
        .parameters = {
            {"opportunities", ArgumentKind::amount, false,
             {.en = "Open opportunities: a number, a cell or a range (summed)."}},
            {"avg_deal", ArgumentKind::number, false,
             {.en = "Average deal value: a number or a cell."}},
            {"win_rate", ArgumentKind::number, false,
             {.en = "Win rate as a fraction between 0 and 1 (0.2, not 20)."}},
            {"cycle_days", ArgumentKind::number, false,
             {.en = "Average sales cycle in days, above 0."}},
        },
        .summary = {.en = "Sales velocity: opportunities x average deal x win rate divided by "
                          "cycle length, revenue per day."},
        .details = {.en = "opportunities x avg_deal x win_rate / cycle_days: the revenue the "
                          "pipeline yields per day (x 30 for a month). The denominator is the "
                          "cycle in days; a win rate typed as 20 instead of 0.2 is Err:502. A "
                          "cycle of 0 days is #DIV/0!."},
        .example = "=SALESVELOCITY(50;10000;0.2;40)",
        .example_result = "2500",
    },
    Function{
        .name = "CTR",
        .parameters = {
            {"clicks", ArgumentKind::amount, false,
             {.en = "Clicks: a number, a cell or a range (summed)."}},
            {"impressions", ArgumentKind::amount, false,
             {.en = "Impressions that produced them: a number, a cell or a range (summed)."}},
        },
        .summary = {.en = "Click-through rate: clicks divided by impressions."},
        .details = {.en = "clicks / impressions, a fraction (format as a percentage). Clicks above "
                          "impressions are Err:502: the two come from different reports or date "
                          "ranges. Zero impressions is #DIV/0!, not 0%."},
        .example = "=CTR(150;10000)",
        .example_result = "0.015",
    },
    Function{
        .name = "CPC",
        .parameters = {
            {"cost", ArgumentKind::amount, false,
             {.en = "Media cost: a number, a cell or a range (summed)."}},
            {"clicks", ArgumentKind::amount, false,
             {.en = "Clicks bought with it: a number, a cell or a range (summed)."}},
        },
        .summary = {.en = "Cost per click: cost divided by clicks."},
        .details = {.en = "cost / clicks. Ranges are summed, so a campaign's CPC is total cost over "
                          "total clicks, not an average of daily CPCs. Zero clicks is #DIV/0!, "
                          "never a CPC of 0."},
        .example = "=CPC(300;150)",
        .example_result = "2",
    },
    Function{
        .name = "CPM",
        .parameters = {
            {"cost", ArgumentKind::amount, false,
             {.en = "Media cost: a number, a cell or a range (summed)."}},
            {"impressions", ArgumentKind::amount, false,
             {.en = "Impressions bought with it: a number, a cell or a range (summed)."}},
        },
        .summary = {.en = "Cost per mille: cost per thousand impressions."},
        .details = {.en = "cost / impressions x 1000, the denominator being thousands of "
                          "impressions: without the x 1000 it is a cost per impression, 1000 times "
                          "smaller. Zero impressions is #DIV/0!."},
        .example = "=CPM(250;50000)",
        .example_result = "5",
    },
    Function{
        .name = "ENGRATE",
        .parameters = {
            {"engagements", ArgumentKind::amount, false,
             {.en = "Engagements (likes, comments, shares, clicks): a number, a cell or a range "
                    "(summed)."}},
            {"base", ArgumentKind::amount, false,
             {.en = "The base: reach, impressions or followers. State which in a cell beside the "
                    "rate."}},
        },
        .summary = {.en = "Engagement rate: engagements divided by a stated base (reach, "
                          "impressions or followers)."},
        .details = {.en = "engagements / base. There is no standard denominator: the same posts "
                          "give very different rates over reach, impressions or followers, and "
                          "platforms differ in which they use, so write the base beside the rate "
                          "and compare only rates on the same base. It may exceed 1 (one person "
                          "engages several times). A base of 0 is #DIV/0!."},
        .example = "=ENGRATE(450;15000)",
        .example_result = "0.03",
    },
    Function{
        .name = "GROWTHREQ",
        .parameters = {
            {"baseline", ArgumentKind::amount, false,
             {.en = "Today's level, e.g. leads per month: a number, a cell or a range (summed)."}},
            {"target", ArgumentKind::amount, false,
             {.en = "The level to reach: a number, a cell or a range (summed)."}},
            {"periods", ArgumentKind::number, false,
             {.en = "Number of periods to get there, above 0 (e.g. 12 months)."}},
        },
        .summary = {.en = "Compound growth needed per period to go from a baseline to a target."},
        .details = {.en = "(target / baseline)^(1 / periods) - 1. Doubling in 12 months needs "
                          "about 5.95% a month, not 100% / 12 = 8.3%. A target below the baseline "
                          "gives a negative rate. periods must be above 0 (Err:502); a baseline "
                          "of 0 is #DIV/0!."},
        .example = "=GROWTHREQ(100;200;12)",
        .example_result = "0.0595 (2^(1/12) - 1)",
    },
    Function{
        .name = "COUNTLOW",
        .parameters = {
            {"count", ArgumentKind::amount, false,
             {.en = "Events counted in a period, e.g. leads this month: a whole number, a cell "
                    "or a range (summed)."}},
            {"confidence", ArgumentKind::number, true,
             {.en = "Optional confidence level between 0 and 1 (default 0.95)."}},
        },
        .summary = {.en = "Lower bound of the exact Poisson confidence interval of a count."},
        .details = {.en = "chi2(alpha/2; 2k) / 2, alpha = 1 - confidence, 0 for a count of 0: the "
                          "exact (Garwood 1936) interval. 10 leads in a month are consistent with "
                          "a true rate of 4.8 to 18.4, so a move from 8 to 12 is not yet a trend. "
                          "The count must be a whole number (Err:502)."},
        .example = "=COUNTLOW(10)",
        .example_result = "4.7954",
    },
    Function{
        .name = "COUNTHIGH",
        .parameters = {
            {"count", ArgumentKind::amount, false,
             {.en = "Events counted in a period, e.g. leads this month: a whole number, a cell "
                    "or a range (summed)."}},
            {"confidence", ArgumentKind::number, true,
             {.en = "Optional confidence level between 0 and 1 (default 0.95)."}},
        },
        .summary = {.en = "Upper bound of the exact Poisson confidence interval of a count."},
        .details = {.en = "chi2(1 - alpha/2; 2k + 2) / 2; see COUNTLOW. A month with 0 leads "
                          "still allows a true rate of up to 3.69 a month at 95%: zero is not "
                          "proof that the channel is dead."},
        .example = "=COUNTHIGH(0)",
        .example_result = "3.6889",
    },
    Function{
        .name = "WEAKESTSTAGE",
        .parameters = {
            {"stages", ArgumentKind::list, false,
             {.en = "Counts at each funnel stage, top first: one row or one column; spare blank "
                    "cells at the end are ignored."}},
            {"benchmarks", ArgumentKind::list, true,
             {.en = "Optional benchmark step rates, one per step (stages - 1), each between 0 and "
                    "1."}},
        },
        .summary = {.en = "The funnel step that converts worst: its 1-based number, step 1 being "
                          "stage 1 to stage 2."},
        .details = {.en = "Without benchmarks, the step with the lowest rate stages[i+1] / "
                          "stages[i]. Raw rates usually point at the bottom of the funnel, so give "
                          "benchmarks: then it is the step with the lowest rate / benchmark, the "
                          "furthest below its benchmark relatively. Ties go to the first step. "
                          "Benchmarks not numbering stages - 1 are Err:502; an empty top stage or "
                          "a zero benchmark is #DIV/0!."},
        .example = "=WEAKESTSTAGE({2000;400;100;20};{0.1;0.5;0.25})",
        .example_result = "2",
    },
    Function{
        .name = "BUDGETGAP",
        .parameters = {
            {"actual", ArgumentKind::amount, false,
             {.en = "Actual spend: a number, a cell or a range (summed)."}},
            {"budget", ArgumentKind::amount, false,
             {.en = "Budgeted spend: a number, a cell or a range (summed)."}},
        },
        .summary = {.en = "Budget variance: (actual - budget) divided by budget; positive is "
                          "overspend."},
        .details = {.en = "(actual - budget) / budget: 0.1 is 10% over budget, -0.1 is 10% under. "
                          "The denominator is the budget, not the actual spend. A budget of 0 is "
                          "#DIV/0!."},
        .example = "=BUDGETGAP(11000;10000)",
        .example_result = "0.1",
    },
};

} // namespace goalpost::catalogue
