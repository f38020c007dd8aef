// English: the reader's canonical language. Its words need no gloss; its markers tell it from
// the others when a statement mixes English marketing words into another language.
#include "../objective_language.hpp"

#include <iterator>

namespace goalpost::detail {

namespace {

constexpr std::string_view markers[] = {
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

constexpr std::string_view hints[] = {
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
static_assert(std::size(hints) == static_cast<std::size_t>(Hint::count));

constexpr std::string_view period_names[] = {"day", "week", "month", "quarter", "year"};

constexpr LanguageTables tables{
    .language = Language::english,
    .markers = markers,
    .glosses = {},
    .verbs = {},
    .hints = hints,
    .period_names = period_names,
    .thousands_dot = false,
    .day_first = false,
    .verb_last = false,
};

} // namespace

const LanguageTables& english_tables() { return tables; }

} // namespace goalpost::detail
