// Catalogue entries: reading a marketing objective written in plain English.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr Parameter objective_parameter{
    "objective", ArgumentKind::text, false,
    {.en = "The objective as written, e.g. \"Generate 30 leads per month from Google Ads\"."}};

inline constexpr Parameter baseline_parameter{
    "baseline", ArgumentKind::number, true,
    {.en = "Optional: today's value of the objective's metric, so that the size of the jump can "
           "be judged."}};

inline constexpr std::array objective_functions{
    Function{
        .name = "SMARTSCORE",
        .parameters = {objective_parameter, baseline_parameter},
        .summary = {.en = "How SMART an objective is: 0 to 5, one point each for Specific, "
                          "Measurable, Achievable, Relevant and Time-bound."},
        .details = {.en = "Scores the objective by the written rubric of docs/smart-rubric.md: a "
                          "named metric with a channel, segment or product (S); a number (M); "
                          "no implausible jump (A); a business-level outcome such as qualified "
                          "leads, customers or revenue (R); a deadline (T). SMARTGAPS says what "
                          "is missing. An empty objective is #N/A."},
        .example = "=SMARTSCORE(\"Get more leads\")",
        .example_result = "0",
    },
    Function{
        .name = "SMARTMET",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"criterion", ArgumentKind::text, false,
                        {.en = "\"S\", \"M\", \"A\", \"R\" or \"T\", or the full word such as "
                               "\"Relevant\"; any case."}},
                       baseline_parameter},
        .summary = {.en = "Whether an objective meets one SMART criterion: TRUE (1) or FALSE (0)."},
        .details = {.en = "The same rubric as SMARTSCORE, one criterion at a time, for IF(), "
                          "filters and conditional formatting. Calc shows the result as 1 or 0; "
                          "format the cell as Boolean (format code BOOLEAN) to read TRUE or FALSE. "
                          "An unknown criterion is Err:502."},
        .example = "=SMARTMET(\"Win 5 customers by the end of Q4\";\"T\")",
        .example_result = "1 (TRUE)",
    },
    Function{
        .name = "SMARTGAPS",
        .result = ResultKind::value,
        .parameters = {objective_parameter, baseline_parameter},
        .summary = {.en = "What an objective is missing to be SMART, and how to fix it; empty "
                          "when nothing is."},
        .details = {.en = "One entry per unmet criterion, joined by \"; \", each starting with its "
                          "letter, e.g. T: no deadline, add one such as \"within 3 months\" or "
                          "\"by 31 March\"."},
        .example = "=SMARTGAPS(\"Increase engagement by 25% within 6 months\")",
        .example_result = "S: engagement from where or for whom? ...; R: engagement alone is "
                          "activity, not a business outcome; ...",
    },
    Function{
        .name = "OBJECTIVEFIELD",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"field", ArgumentKind::text, false,
                        {.en = "One of: metric, tier, target, unit, direction, change, "
                               "rate_period, channel, segment, deadline_days, deadline, "
                               "cost_metric, cost_cap, conversion_target."}},
                       {"start_date", ArgumentKind::number, true,
                        {.en = "Optional: the date the objective starts, for the deadline of "
                               "relative time frames such as \"within 90 days\"."}}},
        .summary = {.en = "One field read from an objective: metric, target, channel, deadline, "
                          "cost cap and more; #N/A when the objective does not state it."},
        .details = {.en = "Pulls what an objective commits to out of the sentence: \"Generate 30 "
                          "leads per month from Google Ads at under $20 CPL\" has metric leads, "
                          "target 30, rate_period month, channel google ads, cost_metric cpl, "
                          "cost_cap 20. deadline is a date (format the cell as a date); relative "
                          "time frames need start_date. An unknown field is Err:502."},
        .example = "=OBJECTIVEFIELD(\"Win 5 customers within 90 days\";\"deadline_days\")",
        .example_result = "90",
    },
    Function{
        .name = "METRICTIER",
        .result = ResultKind::value,
        .parameters = {{"metric", ArgumentKind::text, false,
                        {.en = "A metric name, e.g. \"MQLs\", \"impressions\", \"revenue\"."}}},
        .summary = {.en = "The tier of a marketing metric: awareness, engagement, lead, pipeline "
                          "or revenue; #N/A when unknown."},
        .details = {.en = "Awareness and engagement metrics (impressions, followers, clicks, open "
                          "rate) measure activity; lead metrics raise a hand; pipeline and revenue "
                          "metrics (qualified leads, opportunities, customers, revenue, CAC) are "
                          "what a business scorecard tracks."},
        .example = "=METRICTIER(\"MQLs\")",
        .example_result = "pipeline",
    },
    Function{
        .name = "OBJECTIVECHECK",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"actual", ArgumentKind::amount, false,
                        {.en = "The objective's metric so far in its time frame (a count such as "
                               "leads), or its current value for a rate, ratio or cost (current "
                               "CPA); percentages as fractions (2.5% is 0.025)."}},
                       {"elapsed_days", ArgumentKind::number, false,
                        {.en = "Days since the objective's time frame started."}},
                       {"spend", ArgumentKind::amount, true,
                        {.en = "Optional: money spent so far, to hold the cost per lead or "
                               "customer against the objective's cost cap."}},
                       {"conversions", ArgumentKind::amount, true,
                        {.en = "Optional: how many of `actual` converted, for the objective's "
                               "conversion target."}},
                       {"baseline", ArgumentKind::number, true,
                        {.en = "Optional: the metric's value before the objective started; "
                               "needed for relative targets such as \"by 25%\"."}}},
        .summary = {.en = "Judges an objective against its tracking data: ACHIEVED, ON TRACK, AT "
                          "RISK, OFF TRACK, TOO EARLY or NOT MEASURABLE, with the reason."},
        .details = {.en = "Reads the target, time frame, cost cap and conversion target from the "
                          "objective itself and holds the numbers against them: on track at 90% "
                          "of pace or more, off track below 70% unless chance could explain the "
                          "shortfall, too early before day 7 or 10% of the time frame, a broken "
                          "cost cap or a conversion clearly below target never better than AT "
                          "RISK. The rules and their reasons: docs/objective-check.md."},
        .example = "=OBJECTIVECHECK(\"Generate 30 leads per month from Google Ads at under $20 "
                   "CPL\";5;28;600)",
        .example_result = "OFF TRACK: 5 of 30 leads expected by day 28 (18% of pace); CPL "
                          "$120.00 is above the $20.00 cap",
    },
    Function{
        .name = "OBJECTIVEPACE",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"actual", ArgumentKind::amount, false,
                        {.en = "The objective's metric so far in its time frame, or its current "
                               "value for a rate, ratio or cost."}},
                       {"elapsed_days", ArgumentKind::number, false,
                        {.en = "Days since the objective's time frame started."}},
                       baseline_parameter},
        .summary = {.en = "The pace of an objective as a number, 1 being exactly on pace, for "
                          "conditional formatting and charts; #N/A when no pace exists."},
        .details = {.en = "The number behind OBJECTIVECHECK: actual against what the target "
                          "implies by now, or for a current value the share of the way from "
                          "baseline to target against the share of time gone. #N/A for a vague "
                          "objective or a current value without a baseline; zero elapsed days is "
                          "#DIV/0!."},
        .example = "=OBJECTIVEPACE(\"Win 5 customers within 6 months\";2;90)",
        .example_result = "0.8",
    },
};

} // namespace goalpost::catalogue
