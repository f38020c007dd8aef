// The one source of truth for how Goalpost's functions look to Calc: names, arguments, help
// and examples. The IDL, CalcAddIns.xcu, docs/functions.md and the test suite's list of
// functions are generated from this table at build time; nothing else lists functions.
//
// Frozen: `name` (lower-cased) is the IDL method name, which saved .ods files store next to the
// service name. Renaming a function breaks every workbook that uses it.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace goalpost::catalogue {

// Help text in the languages Goalpost ships; an empty string means "not translated yet".
struct Text {
    std::string_view en;
    std::string_view de;
    std::string_view fr;
    std::string_view es;
};

// How the adapter reads an argument (all arrive as UNO `any`).
enum class ArgumentKind : unsigned char {
    amount, // a number, a cell, or a range summed as SUM does
    number, // a single number
    list,   // one row or one column of numbers (funnel counts, stage rates)
};

enum class ResultKind : unsigned char {
    number, // double
    array,  // sequence<sequence<double>>, entered as an array formula or read with INDEX()
};

struct Parameter {
    std::string_view name; // as the Function Wizard shows it; the IDL name drops the underscores
    ArgumentKind kind = ArgumentKind::number;
    bool optional = false;
    Text help;
};

inline constexpr std::size_t max_parameters = 6;

class ParameterList {
public:
    constexpr ParameterList(std::initializer_list<Parameter> parameters) {
        for (const Parameter& parameter : parameters) {
            items_[size_++] = parameter; // more than max_parameters fails to compile
        }
    }
    [[nodiscard]] constexpr const Parameter* begin() const { return items_.data(); }
    [[nodiscard]] constexpr const Parameter* end() const { return items_.data() + size_; }
    [[nodiscard]] constexpr std::size_t size() const { return size_; }
    [[nodiscard]] constexpr const Parameter& operator[](std::size_t i) const { return items_[i]; }

private:
    std::array<Parameter, max_parameters> items_{};
    std::size_t size_ = 0;
};

struct Function {
    std::string_view name; // as users type it, upper case
    ResultKind result = ResultKind::number;
    ParameterList parameters;
    Text summary; // one line: the Function Wizard's description
    Text details; // the reference page's paragraph: definition, denominator, pitfall
    std::string_view example;        // a formula in en-US syntax with ';' separators
    std::string_view example_result; // what that formula shows, worked out by hand
};

// Calc shows add-in functions in its "Add-In" category; naming one of Calc's own categories
// would scatter Goalpost's functions among the built-ins where marketers would not look.
inline constexpr std::string_view calc_category = "Add-In";

inline constexpr std::array functions{
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
