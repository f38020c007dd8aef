// The reader of a marketing objective: a few passes over the tokens, each claiming the tokens
// it reads so that a number is never read twice (the "3" of "within 3 months" is not a target).
// One class, its passes split by concern into objective_reader_*.cpp: numbers that are names,
// time, audience and channel, costs and conversion, amounts and direction. Words are in the
// vocabulary (objective_vocabulary.cpp) and the language tables (languages/).
#pragma once

#include "goalpost/objective.hpp"

#include "currency.hpp"
#include "objective_language.hpp"
#include "objective_lexicon.hpp"
#include "objective_tokens.hpp"
#include "objective_vocabulary.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace goalpost::detail {

// What a reading needs besides the objective, kept per thread between readings: once its
// buffers have grown to the longest text read, a reading allocates nothing for them. A reader
// never starts another reading on its thread while it runs.
struct ReaderScratch {
    std::string storage;
    std::vector<Token> tokens;
    std::vector<unsigned char> used;
    std::vector<PhraseMatches> phrases;
};

class ObjectiveReader {
public:
    explicit ObjectiveReader(std::string_view text)
        : text_(text), scratch_(thread_scratch()), storage_(scratch_.storage) {
        language_ = read_words(text, storage_, scratch_.tokens);
        scratch_.used.assign(scratch_.tokens.size(), 0);
        scratch_.phrases.resize(scratch_.tokens.size());
        // all bytes zero is "no match" in every vocabulary; one memset, not a copy per token
        // (none for no token: memset's pointer must not be null, even for 0 bytes)
        if (!scratch_.phrases.empty()) {
            std::memset(static_cast<void*>(scratch_.phrases.data()), 0,
                        scratch_.phrases.size() * sizeof(PhraseMatches));
        }
        // Views from here on: the passes only read the tokens, and a view's size needs no
        // division by the size of a token on every question.
        tokens_ = scratch_.tokens;
        used_ = scratch_.used;
        phrases_ = scratch_.phrases;
        match_all_phrases(tokens_, phrases_);
    }

    Objective read() {
        objective_.empty_text = tokens_.empty();
        objective_.language = language_;
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
    // Whether the word at i plays `role` (objective_vocabulary.hpp): the grammar names no word.
    [[nodiscard]] bool role_at(std::size_t i, Role role) const {
        return i < size() && (tokens_[i].roles & role_bit(role)) != 0;
    }
    // Whether the word at i plays any of `roles` (role bits or-ed): one test where a pass would
    // otherwise try each of its rules on every token.
    [[nodiscard]] bool any_role_at(std::size_t i, std::uint64_t roles) const {
        return i < size() && (tokens_[i].roles & roles) != 0;
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

    // ---- numbers that are names (objective_reader_names.cpp)
    // "adults aged 25-44", "the top 100 accounts", "Fortune 500", "18-24 year olds", "24/7":
    // numbers that name an audience are never a target.
    // Token i, then `separator`, then token i + 1, with no space: "25-44", "12-month", "24/7".
    [[nodiscard]] bool glued_by(std::size_t i, char separator) const;
    [[nodiscard]] bool joined_by(std::size_t i, char separator) const;
    void read_numbers_in_names();

    // ---- time frame (objective_reader_time.cpp)
    void read_time_frame();
    void find_time_frame();
    // "Black Friday", "the holiday season", "EOQ", "FY26" at k; the frame's tokens start at `from`.
    bool read_named_period(std::size_t k, std::size_t from);
    // "2026-09-30", "30.09.2026", "30/09/2026", "09/30/2026" at k. Dots are day first as in
    // Germany; a slash is day first where the first number cannot be a month, month first (US)
    // where the second cannot, and refused where both can ("03/04/2026").
    bool read_iso_date(std::size_t k, std::size_t from);
    // A date read from tokens [from, end).
    bool read_date(double year, double month, double day, std::size_t from, std::size_t end);
    // "within 90 days", "over the next 6 months", "in the next two quarters", "within a month"
    bool read_duration(std::size_t i);
    // "this month", "this quarter", "this year", "this fiscal year"
    bool read_this_period(std::size_t i);
    // "by the end of Q4", "before the end of the year", "by year end", "by end of 2027", "EOY"
    bool read_end_of(std::size_t i);
    // "Q4", "Q4 2027", "H1" at k; the time frame's tokens start at `from`.
    bool read_quarter_or_half(std::size_t k, std::size_t from);
    // "by 31 December 2027", "by June 30", "by March 2027", "in Q3", "by 2027"
    bool read_dated(std::size_t i);

    // ---- rate (objective_reader_time.cpp)
    void read_rate_period();
    void set_rate(Period period, std::size_t from, std::size_t count);

    // ---- where and for whom (objective_reader_audience.cpp)
    // Regions first ("in the UK", "in Leeds"), then audiences and markets, then "from <X>".
    void read_segment();
    // "with construction firms", "for returning shoppers", "targeting HR directors": an
    // audience named by a plural noun after "with", "for" or "targeting".
    bool read_with_segment(std::size_t i);
    // "in the UK", "in Germany", "in Leeds" (a capitalised name that is no month or time word)
    bool read_region(std::size_t i);
    [[nodiscard]] bool longer_metric_at(std::size_t i, std::size_t length) const;
    bool read_location(std::size_t i);
    bool read_audience(std::size_t i);
    // "revenue from personal training", "from the Pro plan", "from existing clients": what
    // follows "from" when it is no channel, number, metric or time.
    bool read_from_segment(std::size_t i);
    [[nodiscard]] bool stop_word_at(std::size_t i) const;
    void set_segment(std::size_t from, std::size_t count);
    void read_channel();
    std::optional<PhraseMatch> channel_at(std::size_t i) const;
    void set_channel(const PhraseMatch& channel);
    void read_product_or_campaign();

    // ---- costs and conversion (objective_reader_costs.cpp)
    // A money amount: a number with a currency, or a plain number after a comparator.
    [[nodiscard]] bool money_at(std::size_t i) const;
    void read_cost_cap();
    // "CPL", "cost per acquisition", and "cost per <metric>" ("cost per MQL", "cost per demo
    // request"): a cost per lead-like result is a CPL, per customer-like result a CPA.
    [[nodiscard]] std::optional<PhraseMatch> cost_phrase_at(std::size_t i) const;
    void set_cost_cap(CostMetric metric, std::size_t phrase, std::size_t length,
                      std::size_t number);
    // "convert 10% of them into customers", "10% to customers"
    void read_conversion_target();

    // ---- what and how much (objective_reader_amounts.cpp)
    void read_metric();
    // "customer videos", "lead magnets": a singular metric word before a plural noun names the
    // noun's kind; the noun, not the metric, is what the statement is about.
    [[nodiscard]] bool modifier_at(std::size_t i, std::size_t length) const;
    void set_metric(const MetricName& metric);
    // "Reach 1,500 subscribers", "reach a 45% open rate": the verb, not the awareness metric.
    [[nodiscard]] bool reach_as_verb(std::size_t i) const;
    [[nodiscard]] bool metric_is_rate() const;
    void set_target(std::size_t i);
    void read_target_and_change();
    void set_multiplier(double multiplier);

    // ---- direction (objective_reader_amounts.cpp)
    // A comparator written right before the number at `at`: "under $20", "at least 4:1".
    [[nodiscard]] bool comparator_before(Vocabulary comparator, std::optional<std::size_t> at) const;
    // A cap or a floor: "keep CPL below €25", "CAC under $900", "ROAS at least 4:1". Only a
    // current value (a cost, rate or ratio) is kept; "at least 30 leads" is a count to reach.
    std::optional<Direction> read_keep() const;
    void read_direction();

    static ReaderScratch& thread_scratch() {
        thread_local ReaderScratch scratch;
        return scratch;
    }

    std::string_view text_;
    ReaderScratch& scratch_;
    std::string& storage_;
    std::span<const Token> tokens_;
    std::span<unsigned char> used_; // not vector<bool>: read on every question, kept byte-wide
    std::span<PhraseMatches> phrases_;
    Language language_ = Language::english;
    Objective objective_;
    std::optional<std::size_t> metric_at_;
    std::optional<std::size_t> target_at_;
    std::optional<std::size_t> cap_at_;
    std::pair<std::size_t, std::size_t> cost_phrase_{0, 0};
    std::string_view cost_currency_;
    bool decrease_noun_ = false;
    bool change_from_to_ = false; // the change is new / old of a from-to: its sign is the data's
};

} // namespace goalpost::detail
