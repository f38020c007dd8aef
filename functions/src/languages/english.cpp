// English: the reader's canonical language. Its words need no gloss; its markers tell it from
// the others when a statement mixes English marketing words into another language.
#include "../objective_language.hpp"

#include <iterator>

namespace goalpost::detail {

namespace {

constexpr std::string_view markers_list[] = {
    "the", "and", "with", "within", "by", "of", "our", "from", "into", "this", "next", "than",
    "increase", "grow", "reduce", "boost", "generate", "reach", "achieve", "get", "keep",
    "month", "months", "quarter", "year", "days", "weeks", "until", "before", "over", "each",
    "every", "at", "for", "to", "new", "least", "less", "under", "below", "above", "among",
    "across", "we", "want", "need", "more", "end", "double", "halve", "win", "customers",
    "revenue", "sales", "sign", "ups", "lift", "cut", "drive", "hit", "per", "week", "during",
    "a", "an", "in", "on", "via", "is", "be", "are", "will", "as", "or", "up", "down", "all",
    "it", "its", "that", "which", "not", "no", "most", "max", "min", "plus", "vs", "mail",
    "pro", "top", "total",
};

constexpr std::string_view hints_list[] = {
    "S: no metric named, say what will be measured, such as \"qualified leads\", \"customers\" or \"revenue\"",
    "S: {0} from where or for whom? name a channel (\"from Google Ads\"), a segment (\"in the enterprise segment\") or a product",
    "M: a number such as 1.500 reads as 1.5 in English and 1,500 in German, so it was not read; write 1500 or 1.5",
    "M: no number, add a target such as \"30 leads per month\" or \"by 25%\"",
    "A: cannot be judged without a numeric target",
    "A: {0} times today or more is a moonshot, not a plan; set a target below {0}x today's value",
    "A: a rate of 100% or more cannot be reached; set a target below 100%",
    "A: a cut this deep this fast is as steep as {0} growth a month, above the {1} a month that is achievable; aim for a smaller cut or allow more time",
    "A: needs {0} growth a month, above the {1} a month that is achievable; lower the target or allow more time",
    "A: the size of the jump is unknown, give today's value as the baseline argument",
    "A: the baseline already meets the target; set one beyond today's value",
    "R: no business outcome, measure qualified leads, pipeline, customers or revenue",
    "R: {0} alone is activity, not a business outcome; tie it to qualified leads, customers or revenue, such as \"and convert 10% of them into customers\"",
    "T: a date such as 03/04/2026 can be 3 April or 4 March, so it was not read; write it as 3 April 2026 or 2026-04-03",
    "T: a rate per {0} has no end date, add one such as \"within 3 months\" or \"by 31 March\"",
    "T: no deadline, add one such as \"within 3 months\" or \"by 31 March\"",
};
static_assert(std::size(hints_list) == static_cast<std::size_t>(Hint::count));

constexpr std::string_view period_names_list[] = {"day", "week", "month", "quarter", "year"};

// OBJECTIVECHECK's reasons, in the order of Reason.
constexpr std::string_view check_reasons_list[] = {
    "day {0} of {1}; judge from day {2}, campaigns need about a week of data before their numbers mean anything", // too_early_of
    "day {0}; judge from day {1}, campaigns need about a week of data before their numbers mean anything", // too_early
    "{0} {1} so far; {3} expected by {2} at {4} per {5}", // total_progress_rate
    "{0} {1} so far; {3} expected by {2} on the way to {4}", // total_progress
    "{0} of {1} {2} by day {3}", // total_achieved
    " ({0} of pace) over the whole time frame", // pace_whole
    " ({0} of pace)", // pace
    "; the time frame ended on day {0}", // ended
    "; so few events that chance could explain the shortfall", // chance
    "{0} {1} in {2} days, {3} a {4}, against a path from {5} to {6} a {4} that expects {7} by now", // flow_progress
    "{0} {1} in {2} days, against a path from {3} to {4} a {5} that expects {6} by now", // flow_progress_start
    "{0} {1} a {2} on average over {3} days, at the target of {4} a {2}", // flow_achieved
    "; the time frame ended on day {0} with the average below the target level; check the last {1}'s count", // flow_ended_below
    "; the time frame ended on day {0} with the average above the target level; check the last {1}'s count", // flow_ended_above
    "{0} against the target of {1}", // level_against
    ", met", // met
    ", not met yet; give the baseline to measure progress", // not_met_give_baseline
    ", {0} of the way at day {1} of {2} ({3} of pace)", // level_progress
    "{0}{1} against a cap of {2}", // cap_against
    "{0}{1} against a floor of {2}", // floor_against
    ", held so far", // held_so_far
    ", held to the end", // held_to_end
    ", above it on day {0}; early numbers swing, judge from day {1}", // above_it_early
    ", below it on day {0}; early numbers swing, judge from day {1}", // below_it_early
    ", broken", // broken
    ", not held", // not_held
    "{0} {1} in {2} days; a level per {3} is judged from day {4}", // flow_keep_early
    " a {0} on average", // per_on_average
    "; no {0} yet for {1} spent, above the {2} cap", // cost_none_yet
    "; {0} {1} is above the {2} cap", // cost_above
    "; {0} {1} is within the {2} cap", // cost_within
    "; nothing to convert yet", // nothing_to_convert
    "; conversion {0} ({1} to {2}) is below the {3} target", // conversion_below
    "; conversion {0} is above the {1} target", // conversion_above
    "; too early to judge the conversion: {0} ({1} to {2}) still includes the {3} target", // conversion_unclear
    "{0} {1} would be a {2} of {3}, which cannot exceed 100%; enter {4}% as {5} or type it with the % sign", // impossible_share
    "a change ({0}) needs the value before it: give the baseline argument (a blank cell reads as 0, and a change from 0 means nothing)", // needs_baseline
    "{0} percentage points", // points
    "the deadline is an event without a fixed date (such as Prime Day); write its date, such as \"by 15 July\", and give the start date", // unscheduled_event
    "the deadline is a calendar date, so give the start_date argument (the day the objective started) to pace it, or state a duration such as \"within 90 days\"", // needs_start_date
    "no metric named, say what will be measured, such as \"qualified leads\", \"customers\" or \"revenue\"", // no_metric
    "an actual of 0 (or a blank cell) cannot show a decrease or a cap kept: enter today's value", // zero_actual
    "a cut of 100% or more leaves nothing to measure", // cut_everything
    "a number such as 1.500 reads as 1.5 or as 1,500, so it was not read: write 1500 or 1.5", // ambiguous_number
    "no number, add a target such as \"30 leads per month\" or \"by 25%\"", // no_number
    "a target of 0 commits to nothing: state how many", // zero_target
    "a count to bring down is judged on its level per period: give the baseline, the level per month before the objective", // count_down_needs_baseline
    "{0}, the target is {1}", // achieved_no_frame
    "a date such as 03/04/2026 can be 3 April or 4 March, so it was not read: write it as 3 April 2026", // ambiguous_date
    "no deadline, add one such as \"within 3 months\" or \"by 31 March\"", // no_deadline
    "the deadline is before the start date: check start_date or the year of the deadline", // deadline_before_start
    "day {0} of {1}", // day_of_frame
    "day {0}", // day_only
    "{0} {1} so far", // so_far
    "the time frame starts today; judge from day {0}, campaigns need about a week of data before their numbers mean anything", // starts_today
};
static_assert(std::size(check_reasons_list) == static_cast<std::size_t>(Reason::count));

// The lists as the library keeps them: packed, without a relocation per word (packed_texts.hpp).
constexpr auto markers = pack<chars_of(markers_list)>(markers_list);
constexpr auto hints = pack<chars_of(hints_list)>(hints_list);
constexpr auto period_names = pack<chars_of(period_names_list)>(period_names_list);
constexpr auto check_reasons = pack<chars_of(check_reasons_list)>(check_reasons_list);

constexpr LanguageTables tables{
    .language = Language::english,
    .markers = markers.table(),
    .glosses = {},
    .verbs = {},
    .hints = hints.table(),
    .period_names = period_names.table(),
    .check_reasons = check_reasons.table(),
    .thousands_dot = false,
    .day_first = false,
    .verb_last = false,
};

} // namespace

const LanguageTables& english_tables() { return tables; }

} // namespace goalpost::detail
