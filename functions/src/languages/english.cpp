// English: the reader's canonical language. Its words need no gloss; its markers tell it from
// the others when a statement mixes English marketing words into another language.
#include "../objective_language.hpp"

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

constexpr LanguageTables tables{
    .language = Language::english,
    .markers = markers,
    .glosses = {},
    .verbs = {},
    .thousands_dot = false,
    .day_first = false,
    .verb_last = false,
};

} // namespace

const LanguageTables& english_tables() { return tables; }

} // namespace goalpost::detail
