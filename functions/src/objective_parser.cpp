// The grammar of an English marketing objective: a few passes over the tokens, each claiming
// the tokens it reads so that a number is never read twice (the "3" of "within 3 months" is not a
// target). Vocabularies are in objective_vocabulary.cpp.
#include "goalpost/objective.hpp"

#include "currency.hpp"
#include "objective_language.hpp"
#include "objective_tokens.hpp"
#include "objective_vocabulary.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <vector>

namespace goalpost {

namespace detail {
namespace {

// The day a named day or season falls on; the year comes from the start date.
std::optional<Date> day_of(NamedPeriod period) {
    switch (period) {
    case NamedPeriod::black_friday: return Date{0, 11, 0, Event::black_friday};
    case NamedPeriod::cyber_monday: return Date{0, 11, 0, Event::cyber_monday};
    case NamedPeriod::christmas: return Date{0, 12, 25};
    case NamedPeriod::holiday_season: return Date{0, 12, 31};
    case NamedPeriod::valentines_day: return Date{0, 2, 14};
    case NamedPeriod::halloween: return Date{0, 10, 31};
    case NamedPeriod::singles_day: return Date{0, 11, 11};
    case NamedPeriod::boxing_day: return Date{0, 12, 26};
    case NamedPeriod::unscheduled_event: return Date{0, 0, 0, Event::unscheduled};
    case NamedPeriod::end_of_quarter:
    case NamedPeriod::end_of_month:
    case NamedPeriod::end_of_year:
    case NamedPeriod::fiscal_year: return std::nullopt;
    }
    return std::nullopt;
}

// The period whose end "EOQ", "EOM" or "EOY" names.
std::optional<Period> period_ended_by(NamedPeriod period) {
    switch (period) {
    case NamedPeriod::end_of_quarter: return Period::quarter;
    case NamedPeriod::end_of_month: return Period::month;
    case NamedPeriod::end_of_year: return Period::year;
    default: return std::nullopt;
    }
}

class Reader {
public:
    explicit Reader(std::string_view text)
        : text_(text), words_(read_words(text, storage_)), tokens_(words_.tokens),
          used_(tokens_.size()), phrases_(tokens_.size()) {
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            match_all_phrases(tokens_, i, phrases_[i]);
        }
    }

    Objective read() {
        objective_.empty_text = tokens_.empty();
        objective_.language = words_.language;
        objective_.ambiguous_number =
            std::any_of(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.ambiguous; });
        read_numbers_in_names();
        read_time_frame();
        read_rate_period();
        read_segment();
        read_channel();
        read_product_or_campaign();
        read_cost_cap();
        read_conversion_target();
        read_metric();
        read_target_and_change();
        read_direction();
        return std::move(objective_);
    }

private:
    // ---- token helpers ----------------------------------------------------------------------
    [[nodiscard]] std::size_t size() const { return tokens_.size(); }
    [[nodiscard]] bool word_at(std::size_t i, std::string_view word) const {
        return i < size() && !tokens_[i].is_number && tokens_[i].word == word;
    }
    // Literal words, so that no call measures their length at run time.
    template <std::size_t... Lengths>
    [[nodiscard]] bool any_word_at(std::size_t i, const char (&... words)[Lengths]) const {
        if (i >= size() || tokens_[i].is_number) {
            return false;
        }
        const std::string_view word = tokens_[i].word;
        return ((word == std::string_view(words, Lengths - 1)) || ...);
    }
    // A number no rule has read yet; one too large to be finite ("1e999") is no number at all.
    [[nodiscard]] bool free_number_at(std::size_t i) const {
        return i < size() && tokens_[i].is_number && !used_[i] && std::isfinite(tokens_[i].number);
    }
    // Each token's phrases of every vocabulary are found once, up front: the passes ask many
    // questions about the same tokens.
    [[nodiscard]] std::optional<PhraseMatch> phrase_at(Vocabulary vocabulary, std::size_t i) const {
        if (i >= size()) {
            return std::nullopt;
        }
        const PackedMatch match = phrases_[i][static_cast<std::size_t>(vocabulary)];
        if (match.length == 0) {
            return std::nullopt;
        }
        return PhraseMatch{match.value, match.length};
    }
    void use(std::size_t from, std::size_t count) {
        for (std::size_t k = from; k < from + count && k < size(); ++k) {
            used_[k] = true;
        }
    }
    [[nodiscard]] bool free_span(std::size_t from, std::size_t count) const {
        for (std::size_t k = from; k < from + count && k < size(); ++k) {
            if (used_[k]) {
                return false;
            }
        }
        return true;
    }
    // "90+", "50+": a threshold ("no visit in 90+ days", "women 50+"), never a deadline.
    [[nodiscard]] bool plus_after(std::size_t i) const {
        return i < size() && tokens_[i].end < storage_.size() && storage_[tokens_[i].end] == '+';
    }

    // "->", "→" or "=>" between tokens a and b: a from-to written as an arrow.
    [[nodiscard]] bool arrow_between(std::size_t a, std::size_t b) const {
        std::string_view between =
            std::string_view(storage_).substr(tokens_[a].end, tokens_[b].begin - tokens_[a].end);
        const auto blank = [](std::string_view text, bool front) {
            // spaces, and the currency symbol of the second amount ("$5M -> $8M")
            if (front ? text.starts_with(' ') : text.ends_with(' ')) {
                return std::size_t{1};
            }
            for (const Currency& currency : currencies) {
                if (front ? text.starts_with(currency.symbol) : text.ends_with(currency.symbol)) {
                    return currency.symbol.size();
                }
            }
            return std::size_t{0};
        };
        while (const std::size_t n = blank(between, true)) {
            between.remove_prefix(n);
        }
        while (const std::size_t n = blank(between, false)) {
            between.remove_suffix(n);
        }
        return between == "->" || between == "=>" || between == "\xE2\x86\x92";
    }

    // Only spaces or a hyphen between tokens a and b: "(visit to lead)" is not part of a name.
    [[nodiscard]] bool adjacent(std::size_t a, std::size_t b) const {
        const std::string_view between =
            std::string_view(storage_).substr(tokens_[a].end, tokens_[b].begin - tokens_[a].end);
        return between.find_first_not_of(" -") == std::string_view::npos;
    }

    // The words as written (lower case), punctuation between them included: "mid-market".
    std::string words_of(std::size_t from, std::size_t count) const {
        const std::size_t last = std::min(from + count, size()) - 1;
        return storage_.substr(tokens_[from].begin, tokens_[last].end - tokens_[from].begin);
    }
    [[nodiscard]] bool capitalized(std::size_t i) const {
        return i < size() && !tokens_[i].is_number && text_[tokens_[i].begin] >= 'A' &&
               text_[tokens_[i].begin] <= 'Z';
    }
    [[nodiscard]] bool is_day_of_month(std::size_t i) const {
        return i < size() && tokens_[i].is_number && tokens_[i].from_digits &&
               !tokens_[i].percent && tokens_[i].currency.empty() && tokens_[i].number >= 1 &&
               tokens_[i].number <= 31 && tokens_[i].number == std::floor(tokens_[i].number);
    }

    // ---- numbers that are names --------------------------------------------------------------
    // "adults aged 25-44", "the top 100 accounts", "Fortune 500", "18-24 year olds", "24/7":
    // numbers that name an audience are never a target.
    // Token i, then `separator`, then token i + 1, with no space: "25-44", "12-month", "24/7".
    [[nodiscard]] bool glued_by(std::size_t i, char separator) const {
        return i + 1 < size() && tokens_[i].end + 1 == tokens_[i + 1].begin &&
               storage_[tokens_[i].end] == separator;
    }
    [[nodiscard]] bool joined_by(std::size_t i, char separator) const {
        return glued_by(i, separator) && tokens_[i + 1].is_number;
    }
    void read_numbers_in_names() {
        if (std::none_of(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.is_number; })) {
            return;
        }
        for (std::size_t i = 0; i < size(); ++i) {
            const bool after_name_word = phrase_at(Vocabulary::age_word, i) && free_number_at(i + 1);
            const bool before_years_old = free_number_at(i) && word_at(i + 1, "year") &&
                                          any_word_at(i + 2, "old", "olds");
            const bool around_the_clock = free_number_at(i) && joined_by(i, '/') &&
                                          tokens_[i + 1].number == 7 && !joined_by(i + 1, '/');
            if (!after_name_word && !before_years_old && !around_the_clock) {
                continue;
            }
            std::size_t k = after_name_word ? i + 1 : i;
            use(k, 1);
            // "top 100 accounts": a list of named accounts is a segment
            if (after_name_word && word_at(i, "top") && k + 1 < size() && !tokens_[k + 1].is_number &&
                tokens_[k + 1].word.ends_with("s")) {
                objective_.segment = words_of(i, k + 2 - i);
                use(k + 1, 1);
            }
            if (joined_by(k, '-') || joined_by(k, '/')) {
                use(k + 1, 1);
            } else if (word_at(k + 1, "to") && free_number_at(k + 2)) {
                use(k + 1, 2);
            }
        }
        // "no visit in 90+ days": a threshold of a definition, neither a deadline nor a target.
        for (std::size_t i = 0; i + 1 < size(); ++i) {
            if (free_number_at(i) && plus_after(i) && phrase_at(Vocabulary::time_unit, i + 1)) {
                use(i, 2);
            }
        }
        // "12-month retention", "5-star reviews", "a 3-step nurture": a number joined by a hyphen
        // to the word after it qualifies that word; a length that does is no deadline either.
        for (std::size_t i = 0; i + 1 < size(); ++i) {
            if (free_number_at(i) && !tokens_[i + 1].is_number && glued_by(i, '-')) {
                use(i, phrase_at(Vocabulary::time_unit, i + 1) ? 2 : 1);
            }
        }
        // "18-24 year olds": the first number of the range too.
        for (std::size_t i = 0; i + 1 < size(); ++i) {
            if (free_number_at(i) && joined_by(i, '-') && used_[i + 1] && word_at(i + 2, "year")) {
                use(i, 1);
            }
        }
    }

    // ---- time frame -------------------------------------------------------------------------
    void read_time_frame() {
        find_time_frame();
        // "Increase Q3 pipeline by 30% vs Q2": the other periods named are no numbers either.
        for (std::size_t i = 0; i + 1 < size(); ++i) {
            if (any_word_at(i, "q", "h", "fy") && free_number_at(i + 1) &&
                tokens_[i].end == tokens_[i + 1].begin) {
                use(i, 2);
            }
        }
    }

    void find_time_frame() {
        for (std::size_t i = 0; i < size() && objective_.time_frame.kind == TimeFrame::Kind::none;
             ++i) {
            if (read_duration(i) || read_this_period(i) || read_end_of(i) || read_dated(i)) {
                return;
            }
        }
        // A named period or a date anywhere: "Black Friday revenue", "Q3: 200 SQLs", "EOQ",
        // "FY26", "deadline 30.09.2026".
        for (std::size_t i = 0; i < size(); ++i) {
            if (!used_[i] &&
                (read_named_period(i, i) || read_quarter_or_half(i, i) || read_iso_date(i, i))) {
                return;
            }
        }
    }

    // "Black Friday", "the holiday season", "EOQ", "FY26" at k; the frame's tokens start at `from`.
    bool read_named_period(std::size_t k, std::size_t from) {
        const auto named = phrase_at(Vocabulary::named_period, k);
        if (!named) {
            return false;
        }
        TimeFrame& frame = objective_.time_frame;
        std::size_t end = k + named->length;
        const auto period = static_cast<NamedPeriod>(named->value);
        if (const auto day = day_of(period)) {
            frame.kind = TimeFrame::Kind::date;
            frame.date = *day;
        } else if (const auto ended = period_ended_by(period)) {
            frame.kind = TimeFrame::Kind::end_of_period;
            frame.period = *ended;
        } else {
            // FY26 and FY2026 end on 31 December 2026 (docs/smart-rubric.md: the convention).
            if (!free_number_at(end) || !tokens_[end].from_digits) {
                return false;
            }
            const double n = tokens_[end].number;
            if (n != std::floor(n) || n < 0 || (n >= 100 && (n < 2000 || n > 2100))) {
                return false;
            }
            const int year = n < 100 ? 2000 + static_cast<int>(n) : static_cast<int>(n);
            frame.kind = TimeFrame::Kind::date;
            frame.date = {year, 12, 31};
            ++end;
        }
        use(from, end - from);
        return true;
    }

    // "2026-09-30", "30.09.2026", "30/09/2026", "09/30/2026" at k. Dots are day first as in
    // Germany; a slash is day first where the first number cannot be a month, month first (US)
    // where the second cannot, and refused where both can ("03/04/2026").
    bool read_iso_date(std::size_t k, std::size_t from) {
        if (k + 2 < size() && !is_year(tokens_[k]) && is_year(tokens_[k + 2]) &&
            ((joined_by(k, '.') && joined_by(k + 1, '.')) ||
             (joined_by(k, '/') && joined_by(k + 1, '/')))) {
            const double a = tokens_[k].number;
            const double b = tokens_[k + 1].number;
            const bool dots = storage_[tokens_[k].end] == '.';
            double day = a;
            double month = b;
            const bool day_first = tables_of(words_.language).day_first;
            if (!dots && !day_first && a <= 12 && b <= 12 && a != b) {
                objective_.ambiguous_date = true;
                use(from, k + 3 - from);
                return false;
            }
            if (!dots && !day_first && a <= 12 && b > 12) {
                day = b;
                month = a;
            }
            if (month < 1 || month > 12 || day < 1 || day > 31 || day != std::floor(day) ||
                month != std::floor(month)) {
                return false;
            }
            return read_date(tokens_[k + 2].number, month, day, from, k + 3);
        }
        if (k >= size() || !is_year(tokens_[k]) || !joined_by(k, '-') || !joined_by(k + 1, '-')) {
            return false;
        }
        const double month = tokens_[k + 1].number;
        const double day = tokens_[k + 2].number;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        return read_date(tokens_[k].number, month, day, from, k + 3);
    }

    // A date read from tokens [from, end).
    bool read_date(double year, double month, double day, std::size_t from, std::size_t end) {
        TimeFrame& frame = objective_.time_frame;
        frame.kind = TimeFrame::Kind::date;
        frame.date = {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
        use(from, end - from);
        return true;
    }

    // "within 90 days", "over the next 6 months", "in the next two quarters", "within a month"
    bool read_duration(std::size_t i) {
        if (!any_word_at(i, "within", "in", "over", "during", "for", "inside", "next")) {
            return false;
        }
        std::size_t k = word_at(i, "next") ? i : i + 1;
        if (word_at(k, "the")) {
            ++k;
        }
        if (any_word_at(k, "next", "coming", "first", "following", "upcoming")) {
            ++k;
        }
        // "over the next half-year": 182 days
        if (word_at(k, "half") && word_at(k + 1, "year")) {
            objective_.time_frame.kind = TimeFrame::Kind::duration;
            objective_.time_frame.days = 182;
            use(i, k + 2 - i);
            return true;
        }
        double count = 0.0;
        if (free_number_at(k) && !plus_after(k) && !tokens_[k].percent && tokens_[k].currency.empty() &&
            !is_year(tokens_[k])) {
            count = tokens_[k].number;
            ++k;
        } else if (any_word_at(k, "a", "an")) {
            count = 1.0;
            ++k;
        } else if (k > i + 1 || word_at(i, "next")) {
            count = 1.0; // "in the next quarter"
        } else {
            return false;
        }
        const auto unit = phrase_at(Vocabulary::time_unit, k);
        if (!unit || count <= 0.0 || count > 1000.0) {
            return false;
        }
        objective_.time_frame.kind = TimeFrame::Kind::duration;
        objective_.time_frame.days =
            static_cast<int>(std::lround(count * nominal_days(static_cast<Period>(unit->value))));
        use(i, k + unit->length - i);
        return true;
    }

    // "this month", "this quarter", "this year", "this fiscal year"
    bool read_this_period(std::size_t i) {
        if (!word_at(i, "this")) {
            return false;
        }
        const auto unit = phrase_at(Vocabulary::time_unit, i + 1);
        if (!unit) {
            return false;
        }
        const auto period = static_cast<Period>(unit->value);
        if (period == Period::day || period == Period::week) {
            objective_.time_frame.kind = TimeFrame::Kind::duration;
            objective_.time_frame.days = nominal_days(period);
        } else {
            objective_.time_frame.kind = TimeFrame::Kind::end_of_period;
            objective_.time_frame.period = period;
            objective_.time_frame.nominal = true;
        }
        use(i, 1 + unit->length);
        return true;
    }

    // "by the end of Q4", "before the end of the year", "by year end", "by end of 2027", "EOY"
    bool read_end_of(std::size_t i) {
        TimeFrame& frame = objective_.time_frame;
        if (!(word_at(i, "end") && word_at(i + 1, "of"))) {
            return false;
        }
        std::size_t k = i + 2;
        if (any_word_at(k, "the", "this")) {
            ++k;
        }
        if (read_quarter_or_half(k, i) || read_named_period(k, i)) {
            return true;
        }
        if (const auto unit = phrase_at(Vocabulary::time_unit, k)) {
            frame.kind = TimeFrame::Kind::end_of_period;
            frame.period = static_cast<Period>(unit->value);
            use(i, k + unit->length - i);
            return true;
        }
        if (k < size() && is_year(tokens_[k])) {
            frame.kind = TimeFrame::Kind::date;
            frame.date = {static_cast<int>(tokens_[k].number), 12, 31};
            use(i, k + 1 - i);
            return true;
        }
        if (const auto month = phrase_at(Vocabulary::month, k)) {
            frame.kind = TimeFrame::Kind::date;
            frame.date = {0, month->value, 0};
            std::size_t end = k + month->length;
            if (end < size() && is_year(tokens_[end])) {
                frame.date.year = static_cast<int>(tokens_[end].number);
                ++end;
            }
            use(i, end - i);
            return true;
        }
        return false;
    }

    // "Q4", "Q4 2027", "H1" at k; the time frame's tokens start at `from`.
    bool read_quarter_or_half(std::size_t k, std::size_t from) {
        if (!(any_word_at(k, "q", "h") && k + 1 < size() && tokens_[k + 1].is_number)) {
            return false;
        }
        const bool quarter = word_at(k, "q");
        const double n = tokens_[k + 1].number;
        if (n < 1 || n > (quarter ? 4 : 2) || n != std::floor(n)) {
            return false;
        }
        TimeFrame& frame = objective_.time_frame;
        std::size_t end = k + 2;
        int year = 0;
        if (end < size() && is_year(tokens_[end])) {
            year = static_cast<int>(tokens_[end].number);
            ++end;
        }
        const int last_month = quarter ? static_cast<int>(n) * 3 : static_cast<int>(n) * 6;
        if (year != 0 || !quarter) {
            frame.kind = TimeFrame::Kind::date;
            frame.date = {year, last_month, 0};
        } else {
            frame.kind = TimeFrame::Kind::end_of_period;
            frame.period = Period::quarter;
            frame.quarter = static_cast<int>(n);
        }
        use(from, end - from);
        return true;
    }

    // "by 31 December 2027", "by June 30", "by March 2027", "in Q3", "by 2027"
    bool read_dated(std::size_t i) {
        if (!any_word_at(i, "by", "before", "until", "till", "through", "in", "on", "for",
                         "ending", "due", "during", "throughout", "across", "ahead")) {
            return false;
        }
        std::size_t k = i + 1;
        if (word_at(i, "ahead") && word_at(k, "of")) {
            ++k;
        }
        if (word_at(k, "the")) {
            ++k;
        }
        if (read_quarter_or_half(k, i) || read_named_period(k, i) || read_iso_date(k, i)) {
            return true;
        }
        TimeFrame& frame = objective_.time_frame;
        // 31 December [2027] / 31st of December
        if (is_day_of_month(k)) {
            std::size_t m = k + 1;
            if (word_at(m, "of")) {
                ++m;
            }
            if (const auto month = phrase_at(Vocabulary::month, m)) {
                std::size_t end = m + month->length;
                frame.kind = TimeFrame::Kind::date;
                frame.date = {0, month->value, static_cast<int>(tokens_[k].number)};
                if (end < size() && is_year(tokens_[end])) {
                    frame.date.year = static_cast<int>(tokens_[end].number);
                    ++end;
                }
                use(i, end - i);
                return true;
            }
        }
        // June 30[, 2027] / March 2027 / June
        if (const auto month = phrase_at(Vocabulary::month, k)) {
            std::size_t end = k + month->length;
            frame.kind = TimeFrame::Kind::date;
            frame.date = {0, month->value, 0};
            if (is_day_of_month(end) && !is_year(tokens_[end])) {
                frame.date.day = static_cast<int>(tokens_[end].number);
                ++end;
            }
            if (end < size() && is_year(tokens_[end])) {
                frame.date.year = static_cast<int>(tokens_[end].number);
                ++end;
            }
            use(i, end - i);
            return true;
        }
        // by 2027: the end of that year
        if (k < size() && is_year(tokens_[k]) && !used_[k]) {
            frame.kind = TimeFrame::Kind::date;
            frame.date = {static_cast<int>(tokens_[k].number), 12, 31};
            use(i, k + 1 - i);
            return true;
        }
        return false;
    }

    // ---- rate -------------------------------------------------------------------------------
    void read_rate_period() {
        for (std::size_t i = 0; i < size(); ++i) {
            if (used_[i]) {
                continue;
            }
            if (any_word_at(i, "per", "a", "an", "each", "every", "pcm")) {
                if (word_at(i, "pcm")) {
                    return set_rate(Period::month, i, 1);
                }
                if (const auto unit = phrase_at(Vocabulary::time_unit, i + 1);
                    unit && free_span(i + 1, unit->length)) {
                    return set_rate(static_cast<Period>(unit->value), i, 1 + unit->length);
                }
                continue;
            }
            if (phrase_at(Vocabulary::metric, i)) { // "monthly recurring revenue" is a metric
                continue;
            }
            static constexpr std::pair<std::string_view, Period> adverbs[] = {
                {"daily", Period::day},         {"weekly", Period::week},
                {"monthly", Period::month},     {"quarterly", Period::quarter},
                {"yearly", Period::year},       {"annually", Period::year},
                {"annual", Period::year},
            };
            for (const auto& [word, period] : adverbs) {
                if (word_at(i, word)) {
                    return set_rate(period, i, 1);
                }
            }
        }
    }
    void set_rate(Period period, std::size_t from, std::size_t count) {
        objective_.rate_period = period;
        use(from, count);
    }

    // ---- where and for whom -----------------------------------------------------------------
    // Regions first ("in the UK", "in Leeds"), then audiences and markets, then "from <X>".
    void read_segment() {
        if (!objective_.segment.empty()) {
            return; // "the top 100 accounts", read with the numbers in names
        }
        for (std::size_t i = 0; i < size(); ++i) {
            if (!used_[i] && any_word_at(i, "in", "across") && read_region(i)) {
                return;
            }
        }
        // "at the Leeds clinic", "at our Camden site": a named location is where to act.
        for (std::size_t i = 0; i < size(); ++i) {
            if (!used_[i] && word_at(i, "at") && read_location(i)) {
                return;
            }
        }
        for (std::size_t i = 0; i < size(); ++i) {
            if (!used_[i] && read_audience(i)) {
                return;
            }
        }
        for (std::size_t i = 0; i < size(); ++i) {
            if (!used_[i] && (read_from_segment(i) || read_with_segment(i))) {
                return;
            }
        }
    }

    // "with construction firms", "for returning shoppers", "targeting HR directors": an
    // audience named by a plural noun after "with", "for" or "targeting".
    bool read_with_segment(std::size_t i) {
        if (!any_word_at(i, "with", "for", "targeting")) {
            return false;
        }
        std::size_t k = i + 1;
        std::size_t count = 0;
        while (count < 3 && k + count < size() && !used_[k + count] &&
               !stop_word_at(k + count) && !phrase_at(Vocabulary::metric, k + count) &&
               !phrase_at(Vocabulary::channel, k + count) &&
               !phrase_at(Vocabulary::time_unit, k + count)) {
            ++count;
        }
        if (count == 0 || !tokens_[k + count - 1].word.ends_with("s")) {
            return false;
        }
        set_segment(k, count);
        return true;
    }

    // "in the UK", "in Germany", "in Leeds" (a capitalised name that is no month or time word)
    bool read_region(std::size_t i) {
        if (const auto region = phrase_at(Vocabulary::region, i + 1)) {
            set_segment(i, 1 + region->length);
            return true;
        }
        if (capitalized(i + 1) && !used_[i + 1] && !phrase_at(Vocabulary::month, i + 1) &&
            !phrase_at(Vocabulary::metric, i + 1) && !phrase_at(Vocabulary::channel, i + 1) &&
            !any_word_at(i + 1, "q", "h", "the", "a", "an")) {
            std::size_t count = 2;
            if (capitalized(i + 2) && !used_[i + 2] && !phrase_at(Vocabulary::metric, i + 2)) {
                count = 3;
            }
            set_segment(i, count);
            return true;
        }
        return false;
    }

    [[nodiscard]] bool longer_metric_at(std::size_t i, std::size_t length) const {
        const auto metric = phrase_at(Vocabulary::metric, i);
        return metric && metric->length > length;
    }

    bool read_location(std::size_t i) {
        std::size_t k = i + 1;
        if (any_word_at(k, "the", "our")) {
            ++k;
        }
        if (!capitalized(k) || used_[k] || phrase_at(Vocabulary::month, k) ||
            phrase_at(Vocabulary::named_period, k) || phrase_at(Vocabulary::metric, k) ||
            phrase_at(Vocabulary::channel, k)) {
            return false;
        }
        std::size_t end = k + 1;
        while (end < size() && end < k + 3 && !used_[end] && !stop_word_at(end) &&
               !phrase_at(Vocabulary::metric, end) && !phrase_at(Vocabulary::time_unit, end)) {
            ++end;
        }
        set_segment(i, end - i);
        return true;
    }

    bool read_audience(std::size_t i) {
        // "among SMB customers" is the SMB segment; "among donors" is kept as written.
        if (any_word_at(i, "among", "amongst")) {
            if (phrase_at(Vocabulary::segment_word, i + 1)) {
                return false; // the segment word itself is read at i + 1
            }
            if (any_word_at(i + 1, "new", "existing", "current", "returning") &&
                phrase_at(Vocabulary::metric, i + 2)) {
                set_segment(i + 1, 2);
                return true;
            }
            if (i + 1 < size() && !tokens_[i + 1].is_number) {
                std::size_t count = stop_word_at(i + 2) ? 2 : 3;
                if (free_number_at(i + count) && plus_after(i + count)) {
                    ++count; // "among women 50+"
                }
                set_segment(i, count);
                return true;
            }
        }
        // "machinery sales segment": up to three words before "segment"
        if (any_word_at(i, "segment", "vertical", "sector")) {
            std::size_t from = i;
            while (from > 0 && i - from < 3 && !used_[from - 1] && !tokens_[from - 1].is_number &&
                   !stop_word_at(from - 1)) {
                --from;
            }
            if (from < i) {
                set_segment(from, i + 1 - from);
                return true;
            }
        }
        // "outside machinery", "beyond machinery sales"
        if (any_word_at(i, "outside", "beyond", "excluding") && i + 1 < size() &&
            !tokens_[i + 1].is_number) {
            set_segment(i, stop_word_at(i + 2) || phrase_at(Vocabulary::metric, i + 2) ? 2 : 3);
            return true;
        }
        if (const auto region = phrase_at(Vocabulary::region, i)) {
            set_segment(i, region->length);
            return true;
        }
        if (const auto word = phrase_at(Vocabulary::segment_word, i);
            word && !longer_metric_at(i, word->length)) {
            set_segment(i, word->length);
            return true;
        }
        return false;
    }

    // "revenue from personal training", "from the Pro plan", "from existing clients": what
    // follows "from" when it is no channel, number, metric or time.
    bool read_from_segment(std::size_t i) {
        if (!word_at(i, "from")) {
            return false;
        }
        std::size_t k = i + 1;
        if (any_word_at(k, "the", "our")) {
            ++k;
        }
        if (k >= size() || used_[k] || tokens_[k].is_number || stop_word_at(k) ||
            phrase_at(Vocabulary::channel, k) || phrase_at(Vocabulary::metric, k) ||
            phrase_at(Vocabulary::time_unit, k)) {
            return false;
        }
        std::size_t count = 1;
        if (k + 1 < size() && !used_[k + 1] && !tokens_[k + 1].is_number && !stop_word_at(k + 1) &&
            !phrase_at(Vocabulary::channel, k + 1)) {
            count = 2;
        }
        set_segment(k, count);
        return true;
    }

    [[nodiscard]] bool stop_word_at(std::size_t i) const {
        return i >= size() || tokens_[i].is_number ||
               any_word_at(i, "the", "our", "in", "from", "of", "a", "an", "to", "for", "within",
                           "across", "and", "with", "by", "before", "over", "at", "this", "per",
                           "each", "while", "on", "via", "through", "until", "during", "next");
    }

    void set_segment(std::size_t from, std::size_t count) {
        objective_.segment = words_of(from, count);
        use(from, count);
    }

    void read_channel() {
        // "from Google Ads", "via email", "on X" name the channel; a channel word elsewhere
        // ("registrations for the virtual expo from email") only when no preposition names one.
        std::optional<PhraseMatch> fallback;
        for (std::size_t i = 0; i < size(); ++i) {
            const auto channel = channel_at(i);
            if (!channel) {
                continue;
            }
            std::size_t before = i;
            while (before > 0 && any_word_at(before - 1, "the", "our", "paid", "organic")) {
                --before;
            }
            const bool after_preposition =
                before > 0 && any_word_at(before - 1, "from", "via", "through", "on", "using",
                                          "with", "at", "across", "by", "in");
            if (after_preposition) {
                return set_channel(*channel);
            }
            if (!fallback && !word_at(i, "x")) {
                fallback = channel;
            }
        }
        if (fallback) {
            set_channel(*fallback);
        }
    }
    std::optional<PhraseMatch> channel_at(std::size_t i) const {
        const auto channel = phrase_at(Vocabulary::channel, i);
        if (!channel) {
            return std::nullopt;
        }
        // "webinar attendance" is a metric, not the webinar channel.
        if (const auto metric = phrase_at(Vocabulary::metric, i); metric && metric->length > channel->length) {
            return std::nullopt;
        }
        return channel;
    }
    void set_channel(const PhraseMatch& channel) {
        objective_.channel = channel_names()[static_cast<std::size_t>(channel.value)];
    }

    void read_product_or_campaign() {
        for (std::size_t i = 0; i < size(); ++i) {
            if (phrase_at(Vocabulary::product_word, i)) {
                objective_.names_product_or_campaign = true;
                return;
            }
        }
    }

    // ---- costs and conversion ---------------------------------------------------------------
    // A money amount: a number with a currency, or a plain number after a comparator.
    [[nodiscard]] bool money_at(std::size_t i) const {
        return free_number_at(i) && tokens_[i].number >= 0.0 && !tokens_[i].percent &&
               !tokens_[i].multiplier && !is_year(tokens_[i]);
    }

    void read_cost_cap() {
        for (std::size_t i = 0; i < size(); ++i) {
            if (used_[i]) {
                continue;
            }
            // "at $20 per lead", "under £50 a customer"
            if (money_at(i) && !tokens_[i].currency.empty() && any_word_at(i + 1, "per", "a", "an")) {
                if (const auto metric = phrase_at(Vocabulary::metric, i + 2)) {
                    const Tier tier = metric_names()[static_cast<std::size_t>(metric->value)].tier;
                    const std::string_view name =
                        metric_names()[static_cast<std::size_t>(metric->value)].name;
                    const CostMetric cost = name == "leads" ? CostMetric::cpl
                                            : name == "customers" ? CostMetric::cac
                                            : tier == Tier::revenue ? CostMetric::cpa
                                                                    : CostMetric::cpl;
                    set_cost_cap(cost, i, 2 + metric->length, i);
                    return;
                }
            }
            const auto cost = cost_phrase_at(i);
            if (!cost) {
                continue;
            }
            // "CAC payback under 12 months" measures the payback, "LTV:CAC" a ratio: not the cost.
            if (const auto metric = phrase_at(Vocabulary::metric, i); metric && metric->length > cost->length) {
                continue;
            }
            if (const auto metric = phrase_at(Vocabulary::metric, i - 1);
                i > 0 && metric && metric->length >= 1 + cost->length) {
                continue;
            }
            // after: "CPL under $20", "CAC for mid-market customers to below £300"; in
            // "from $120 to $90" the cap is where it goes, and the numbers stay for the change.
            for (std::size_t k = i + cost->length; k < size() && k <= i + cost->length + 7; ++k) {
                if (word_at(k, "from") && money_at(k + 1) && word_at(k + 2, "to") && money_at(k + 3)) {
                    objective_.cost_metric = static_cast<CostMetric>(cost->value);
                    objective_.cost_cap = tokens_[k + 3].number;
                    cost_currency_ = tokens_[k + 3].currency;
                    objective_.cost_currency = cost_currency_;
                    use(i, cost->length);
                    cost_phrase_ = {i, cost->length};
                    return;
                }
                if (money_at(k) && word_at(k - 1, "by")) {
                    break; // "reduce CAC by $200": a change, read with the target, not a cap
                }
                if (money_at(k)) {
                    set_cost_cap(static_cast<CostMetric>(cost->value), i, cost->length, k);
                    cost_phrase_ = {i, cost->length};
                    return;
                }
                if (tokens_[k].is_number) {
                    break;
                }
            }
            // before: "at under $20 CPL", "a $45 CPA"
            for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
                const std::size_t k = i - back;
                if (money_at(k) && !tokens_[k].currency.empty()) {
                    set_cost_cap(static_cast<CostMetric>(cost->value), i, cost->length, k);
                    cost_phrase_ = {i, cost->length};
                    return;
                }
            }
            cost_phrase_ = {i, cost->length}; // a cost metric without a number: still the metric
            use(i, cost->length);
            objective_.cost_metric = static_cast<CostMetric>(cost->value);
        }
    }
    // "CPL", "cost per acquisition", and "cost per <metric>" ("cost per MQL", "cost per demo
    // request"): a cost per lead-like result is a CPL, per customer-like result a CPA.
    [[nodiscard]] std::optional<PhraseMatch> cost_phrase_at(std::size_t i) const {
        if (const auto cost = phrase_at(Vocabulary::cost_metric, i)) {
            return cost;
        }
        if (!word_at(i, "cost") || !word_at(i + 1, "per") || phrase_at(Vocabulary::metric, i)) {
            return std::nullopt; // "cost per click" is CPC, a metric of its own
        }
        const auto metric = phrase_at(Vocabulary::metric, i + 2);
        if (!metric) {
            return std::nullopt;
        }
        const Tier tier = metric_names()[static_cast<std::size_t>(metric->value)].tier;
        if (tier != Tier::lead && tier != Tier::pipeline && tier != Tier::revenue) {
            return std::nullopt;
        }
        const CostMetric cost = tier == Tier::revenue ? CostMetric::cpa : CostMetric::cpl;
        return PhraseMatch{static_cast<int>(cost), 2 + metric->length};
    }

    void set_cost_cap(CostMetric metric, std::size_t phrase, std::size_t length,
                      std::size_t number) {
        objective_.cost_metric = metric;
        cap_at_ = number;
        objective_.cost_cap = tokens_[number].number;
        cost_currency_ = tokens_[number].currency;
        objective_.cost_currency = cost_currency_;
        use(phrase, length);
        use(number, 1);
    }

    // "convert 10% of them into customers", "10% to customers"
    void read_conversion_target() {
        for (std::size_t i = 0; i < size(); ++i) {
            if (!free_number_at(i) || !tokens_[i].percent || tokens_[i].points) {
                continue;
            }
            // up to five words on, not counting a time frame already read ("10% of them
            // within three months into customers")
            for (std::size_t k = i + 1, words = 0; k < size() && words < 5; ++k) {
                if (used_[k]) {
                    continue;
                }
                ++words;
                if (tokens_[k].is_number) {
                    break;
                }
                if (!any_word_at(k, "into", "to")) {
                    continue;
                }
                std::size_t m = k + 1;
                // "convert 15% to paid": paying customers, said short.
                if (any_word_at(m, "paid", "paying") && !phrase_at(Vocabulary::metric, m + 1)) {
                    objective_.conversion_target = tokens_[i].number / 100.0;
                    objective_.conversion_into = Tier::revenue;
                    use(i, 1);
                    use(k, m + 1 - k);
                    return;
                }
                if (any_word_at(m, "paying", "new", "closed", "won")) {
                    ++m;
                }
                const auto metric = phrase_at(Vocabulary::metric, m);
                if (!metric) {
                    break;
                }
                const Tier tier = metric_names()[static_cast<std::size_t>(metric->value)].tier;
                if (tier != Tier::pipeline && tier != Tier::revenue) {
                    break;
                }
                objective_.conversion_target = tokens_[i].number / 100.0;
                objective_.conversion_into = tier;
                use(i, 1);
                use(k, m + metric->length - k);
                return;
            }
        }
    }

    // ---- what and how much ------------------------------------------------------------------
    void read_metric() {
        std::optional<PhraseMatch> found;
        std::size_t at = 0;
        for (std::size_t i = 0; i < size() && !found; ++i) {
            if (used_[i] || reach_as_verb(i)) {
                continue;
            }
            auto metric = phrase_at(Vocabulary::metric, i);
            if (metric && !free_span(i, metric->length)) {
                // "trials to paid" whose "to paid" the conversion target took: "trials" alone
                metric = match_phrase(Vocabulary::metric, std::span(tokens_).subspan(i, 1), 0);
            }
            if (metric && free_span(i, metric->length) && !modifier_at(i, metric->length)) {
                found = metric;
                at = i;
            }
        }
        // English puts the head noun last: in "taster-session sign-ups" the metric is sign-ups.
        while (found) {
            const std::size_t after = at + found->length;
            const auto next = phrase_at(Vocabulary::metric, after);
            if (!next || !free_span(after, next->length) || !adjacent(after - 1, after)) {
                break;
            }
            at += found->length;
            found = next;
        }
        // "Reduce CAC for mid-market customers to below £300": a cost named first is the metric.
        const bool cost_first = objective_.cost_metric && (!found || cost_phrase_.first < at) &&
                                cost_phrase_.second != 0;
        if (found && !cost_first) {
            set_metric(metric_names()[static_cast<std::size_t>(found->value)]);
            // "new followers" are a flow, although the follower count is a level.
            if (objective_.metric->kind == MetricKind::value && at > 0 && word_at(at - 1, "new")) {
                objective_.metric->kind = MetricKind::count;
            }
            metric_at_ = at;
            objective_.metric_as_written =
                text_.substr(tokens_[at].begin, tokens_[at + found->length - 1].end - tokens_[at].begin);
            use(at, found->length);
            return;
        }
        if (objective_.cost_metric) {
            const std::string_view name = name_of(*objective_.cost_metric);
            const auto metric = std::find_if(metric_names().begin(), metric_names().end(),
                                              [&](const MetricName& m) { return m.name == name; });
            set_metric(*metric);
            metric_at_ = cost_phrase_.first;
            if (objective_.cost_cap) {
                objective_.target = objective_.cost_cap;
                objective_.unit = cost_currency_.empty() ? std::string_view("count") : cost_currency_;
            }
        }
    }

    // "customer videos", "lead magnets": a singular metric word before a plural noun names the
    // noun's kind; the noun, not the metric, is what the statement is about.
    [[nodiscard]] bool modifier_at(std::size_t i, std::size_t length) const {
        const std::size_t next = i + length;
        return length == 1 && !tokens_[i].word.ends_with("s") && next < size() &&
               !tokens_[next].is_number && tokens_[next].word.size() > 3 &&
               tokens_[next].word.ends_with("s") && adjacent(i, next) && !stop_word_at(next) &&
               !phrase_at(Vocabulary::metric, next) && !phrase_at(Vocabulary::channel, next) &&
               !phrase_at(Vocabulary::time_unit, next);
    }

    void set_metric(const MetricName& metric) {
        objective_.metric = Metric{metric.name,
                                   metric.tier,
                                   metric.kind,
                                   (metric.traits & company_wide) != 0,
                                   (metric.traits & brand_health) != 0,
                                   (metric.traits & lower_is_better) != 0};
    }

    // "Reach 1,500 subscribers", "reach a 45% open rate": the verb, not the awareness metric.
    [[nodiscard]] bool reach_as_verb(std::size_t i) const {
        return word_at(i, "reach") &&
               (i == 0 || free_number_at(i + 1) || any_word_at(i + 1, "a", "an", "the", "our") ||
                phrase_at(Vocabulary::metric, i + 1));
    }

    [[nodiscard]] bool metric_is_rate() const {
        return objective_.metric && objective_.metric->kind == MetricKind::rate;
    }

    void set_target(std::size_t i) {
        const Token& token = tokens_[i];
        target_at_ = i;
        objective_.target = token.number;
        objective_.unit = token.percent ? std::string_view("%")
                          : !token.currency.empty() ? token.currency
                                                    : std::string_view("count");
        use(i, 1);
    }

    void read_target_and_change() {
        // "from 8% to 12%", "30% -> 50%", "900 → 1,500"
        for (std::size_t i = 0; i + 1 < size(); ++i) {
            const bool from_to = word_at(i, "from") && free_number_at(i + 1) && word_at(i + 2, "to") &&
                                 free_number_at(i + 3);
            if (!from_to && !(free_number_at(i) && free_number_at(i + 1) && arrow_between(i, i + 1))) {
                continue;
            }
            const std::size_t first = from_to ? i + 1 : i;
            const std::size_t last = from_to ? i + 3 : i + 1;
            const double from = tokens_[first].number;
            objective_.from_value = from * (tokens_[first].percent ? 0.01 : 1.0);
            set_target(last);
            if (objective_.unit == "count" && !tokens_[first].currency.empty()) {
                objective_.unit = tokens_[first].currency;
            }
            if (from > 0.0) {
                objective_.change = tokens_[last].number / from - 1.0;
                change_from_to_ = true;
            }
            use(i, last - i);
            return;
        }
        // "to 3.5% from 2.8%": the same pair written the other way round
        for (std::size_t i = 0; i + 3 < size(); ++i) {
            if (word_at(i, "to") && free_number_at(i + 1) && word_at(i + 2, "from") &&
                free_number_at(i + 3)) {
                const double from = tokens_[i + 3].number;
                objective_.from_value = from * (tokens_[i + 3].percent ? 0.01 : 1.0);
                set_target(i + 1);
                if (from > 0.0) {
                    objective_.change = tokens_[i + 1].number / from - 1.0;
                    change_from_to_ = true;
                }
                use(i, 4);
                return;
            }
        }
        // "double", "tenfold", "halve"
        for (std::size_t i = 0; i < size(); ++i) {
            if (const auto word = phrase_at(Vocabulary::multiplier_word, i); word && !used_[i]) {
                set_multiplier(word->value < 0 ? 1.0 / -word->value : word->value);
                use(i, word->length);
                break;
            }
        }
        // "10x" (but "a 5x ROAS" is a ROAS of 5)
        const bool ratio_metric = objective_.metric && objective_.metric->kind == MetricKind::ratio;
        for (std::size_t i = 0; i < size() && !objective_.change; ++i) {
            if (free_number_at(i) && tokens_[i].multiplier && !ratio_metric) {
                set_multiplier(tokens_[i].number);
                use(i, 1);
            }
        }
        // "by 3 percentage points": a change of the level in points, not a relative change
        for (std::size_t i = 0; i < size(); ++i) {
            if (free_number_at(i) && tokens_[i].points) {
                // "3 percentage points" of a share; "10 points" of NPS or a rating are its unit
                const bool share = metric_is_rate() || tokens_[i].percent || !objective_.metric;
                if (share) {
                    objective_.points = tokens_[i].number / 100.0;
                } else {
                    objective_.amount_change = tokens_[i].number;
                }
                use(i, 1);
                if (i > 0 && word_at(i - 1, "by")) {
                    use(i - 1, 1);
                }
                break;
            }
        }
        // "by 25%", "a 20% increase", "cut churn 15%"
        for (std::size_t i = 0; i < size() && !objective_.change && !objective_.points; ++i) {
            if (!free_number_at(i) || !tokens_[i].percent) {
                continue;
            }
            const bool by = i > 0 && word_at(i - 1, "by");
            const bool noun_after = any_word_at(i + 1, "increase", "growth", "uplift", "rise", "lift",
                                                "more", "higher", "boost", "improvement",
                                                "reduction", "decrease", "drop", "fewer", "lower",
                                                "cut", "less", "jump", "gain");
            const bool level_metric = objective_.metric && (objective_.metric->kind == MetricKind::rate ||
                                                           objective_.metric->kind == MetricKind::ratio);
            if (by || noun_after || !level_metric) {
                objective_.change = tokens_[i].number / 100.0;
                if (noun_after) {
                    decrease_noun_ = any_word_at(i + 1, "reduction", "decrease", "drop", "fewer",
                                                 "lower", "cut", "less");
                }
                use(i, noun_after ? 2 : 1);
            }
        }
        // "cut CAC by half"
        for (std::size_t i = 0; i + 1 < size() && !objective_.change; ++i) {
            if (word_at(i, "by") && word_at(i + 1, "half") && !used_[i]) {
                objective_.change = 0.5; // the direction gives the sign
                use(i, 2);
            }
        }
        // "increase MRR by $20k", "reduce CPL by 20 dollars": a change in the metric's own unit
        for (std::size_t i = 1; i < size() && !objective_.change && !objective_.points &&
                                !objective_.amount_change; ++i) {
            if (word_at(i - 1, "by") && free_number_at(i) && !tokens_[i].percent &&
                !tokens_[i].multiplier && !tokens_[i].ordinal && !is_year(tokens_[i]) &&
                !phrase_at(Vocabulary::month, i + 1) && !phrase_at(Vocabulary::time_unit, i + 1)) {
                objective_.amount_change = tokens_[i].number;
                if (!tokens_[i].currency.empty()) {
                    objective_.unit = tokens_[i].currency;
                }
                use(i - 1, 2);
            }
        }
        // The target: the number nearest after the metric, else the first one left.
        std::optional<std::size_t> chosen;
        const auto candidate = [&](std::size_t i) {
            return free_number_at(i) && (!tokens_[i].multiplier || ratio_metric) &&
                   !tokens_[i].ordinal && !is_year(tokens_[i]) && std::isfinite(tokens_[i].number);
        };
        for (std::size_t i = 0; i < size(); ++i) {
            if (candidate(i)) {
                if (!chosen) {
                    chosen = i;
                }
                if (metric_at_ && i > *metric_at_) {
                    if (!chosen || *chosen < *metric_at_ || *chosen > i) {
                        chosen = i;
                    }
                    break;
                }
            }
        }
        // Prefer the number right before the metric ("30 leads") over one after it.
        if (metric_at_) {
            for (std::size_t back = 1; back <= 3 && back <= *metric_at_; ++back) {
                const std::size_t k = *metric_at_ - back;
                if (candidate(k)) {
                    chosen = k;
                    break;
                }
            }
        }
        if (chosen) {
            set_target(*chosen);
        }
    }

    void set_multiplier(double multiplier) {
        objective_.change = multiplier - 1.0;
        objective_.extreme_multiplier = multiplier >= 10.0;
    }

    // ---- direction --------------------------------------------------------------------------
    // A comparator written right before the number at `at`: "under $20", "at least 4:1".
    [[nodiscard]] bool comparator_before(Vocabulary comparator, std::optional<std::size_t> at) const {
        if (!at) {
            return false;
        }
        for (std::size_t back = 1; back <= 3 && back <= *at; ++back) {
            if (const auto match = phrase_at(comparator, *at - back);
                match && *at - back + match->length == *at) {
                return true;
            }
        }
        return false;
    }

    // A cap or a floor: "keep CPL below €25", "CAC under $900", "ROAS at least 4:1". Only a
    // current value (a cost, rate or ratio) is kept; "at least 30 leads" is a count to reach.
    std::optional<Direction> read_keep() const {
        const bool level = objective_.metric && objective_.metric->kind != MetricKind::count;
        std::optional<std::size_t> keep_at;
        for (std::size_t i = 0; i < size() && !keep_at; ++i) {
            if (phrase_at(Vocabulary::keep_verb, i)) {
                keep_at = i;
            }
        }
        if (keep_at) {
            for (std::size_t k = *keep_at + 1; k < size() && k <= *keep_at + 6; ++k) {
                if (phrase_at(Vocabulary::below_word, k)) {
                    return Direction::keep_below;
                }
                if (phrase_at(Vocabulary::above_word, k)) {
                    return Direction::keep_above;
                }
            }
        }
        if (!level || (!objective_.target && !objective_.cost_cap)) {
            return std::nullopt;
        }
        for (std::size_t i = 0; i < size(); ++i) { // a direction verb decides: "reduce CPA to below"
            if (phrase_at(Vocabulary::decrease_verb, i) || phrase_at(Vocabulary::increase_verb, i)) {
                if (!(word_at(i + 1, "than") || (i > 0 && any_word_at(i - 1, "no", "at")))) {
                    return std::nullopt;
                }
            }
        }
        if (comparator_before(Vocabulary::below_word, target_at_) ||
            comparator_before(Vocabulary::below_word, cap_at_)) {
            return Direction::keep_below;
        }
        if (comparator_before(Vocabulary::above_word, target_at_)) {
            return Direction::keep_above;
        }
        if (keep_at) { // "maintain a 4:1 ROAS", "hold churn at 2%"
            return objective_.metric->lower_is_better ? Direction::keep_below : Direction::keep_above;
        }
        return std::nullopt;
    }

    void read_direction() {
        std::optional<Direction> verb = read_keep();
        const std::size_t verbs_end = target_at_ ? *target_at_ : size();
        for (std::size_t i = 0; i < verbs_end && !verb; ++i) {
            // "no more than", "lower than": comparators of a cap, not verbs
            if (word_at(i + 1, "than") || word_at(i - 1, "no") || (i > 0 && word_at(i - 1, "at"))) {
                continue;
            }
            if (phrase_at(Vocabulary::decrease_verb, i)) {
                verb = Direction::decrease;
            } else if (phrase_at(Vocabulary::increase_verb, i)) {
                verb = Direction::increase;
            }
        }
        if (!verb && decrease_noun_) {
            verb = Direction::decrease;
        }
        if (!verb && (objective_.change || objective_.points || objective_.amount_change)) {
            // "CPA -20% by Q4": a change written with a minus sign is a decrease
            const double signed_change = objective_.change          ? *objective_.change
                                         : objective_.points        ? *objective_.points
                                                                    : *objective_.amount_change;
            verb = signed_change < 0.0 ? Direction::decrease : Direction::increase;
        }
        if (!verb) {
            for (std::size_t i = 0; i < size() && !verb; ++i) {
                if (phrase_at(Vocabulary::reach_verb, i)) {
                    verb = Direction::reach;
                }
            }
        }
        if (!verb && (objective_.target || objective_.cost_cap)) {
            verb = Direction::reach;
        }
        // "drive downloads to 250k", "bring NPS to 50": a move to a level, not a level held
        if (verb == Direction::reach && target_at_ && *target_at_ > 0 &&
            (word_at(*target_at_ - 1, "to") ||
             (*target_at_ > 1 && any_word_at(*target_at_ - 1, "a", "an") &&
              word_at(*target_at_ - 2, "to")))) {
            for (std::size_t i = 0; i < *target_at_; ++i) {
                if (any_word_at(i, "drive", "push", "bring", "take")) {
                    verb = Direction::increase;
                    break;
                }
            }
        }
        objective_.direction = verb;
        if (verb == Direction::decrease && objective_.change && *objective_.change > 0.0 &&
            !change_from_to_) {
            objective_.change = -*objective_.change;
        }
        if (verb == Direction::decrease && objective_.points && *objective_.points > 0.0) {
            objective_.points = -*objective_.points;
        }
        if (verb == Direction::decrease && objective_.amount_change && *objective_.amount_change > 0.0) {
            objective_.amount_change = -*objective_.amount_change;
        }
        if (verb == Direction::decrease && objective_.change && *objective_.change < -1.0) {
            objective_.change = -1.0; // "halve" read as 0.5x gives -0.5; nothing falls below -100%
        }
    }

    std::string_view text_;
    std::string storage_;
    Words words_;
    const std::vector<Token>& tokens_;
    std::vector<unsigned char> used_; // not vector<bool>: read on every question, kept byte-wide
    std::vector<PhraseMatches> phrases_;
    Objective objective_;
    std::optional<std::size_t> metric_at_;
    std::optional<std::size_t> target_at_;
    std::optional<std::size_t> cap_at_;
    std::pair<std::size_t, std::size_t> cost_phrase_{0, 0};
    std::string_view cost_currency_;
    bool decrease_noun_ = false;
    bool change_from_to_ = false; // the change is new / old of a from-to: its sign is the data's
};

} // namespace
} // namespace detail

Objective parse_objective(std::string_view text) { return detail::Reader(text).read(); }

} // namespace goalpost
