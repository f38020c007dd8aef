// The reader's time frame and rate: durations, dates, named periods, "per month".
#include "objective_reader.hpp"

namespace goalpost::detail {

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

} // namespace

// ---- time frame ---------------------------------------------------------------------------------

void ObjectiveReader::read_time_frame() {
    find_time_frame();
    // "Increase Q3 pipeline by 30% vs Q2": the other periods named are no numbers either.
    for (std::size_t i = 0; i + 1 < size(); ++i) {
        if (role_at(i, Role::period_prefix) && free_number_at(i + 1) &&
            tokens_[i].end == tokens_[i + 1].begin) {
            use(i, 2);
        }
    }
}

void ObjectiveReader::find_time_frame() {
    // the words each of the four rules starts with
    constexpr std::uint64_t openers = role_bit(Role::duration_opener) | role_bit(Role::this_word) |
                                      role_bit(Role::end) | role_bit(Role::deadline_opener);
    for (std::size_t i = 0; i < size() && objective_.time_frame.kind == TimeFrame::Kind::none;
         ++i) {
        if (!any_role_at(i, openers)) {
            continue;
        }
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

bool ObjectiveReader::read_named_period(std::size_t k, std::size_t from) {
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

bool ObjectiveReader::read_iso_date(std::size_t k, std::size_t from) {
    if (k + 2 < size() && !is_year(tokens_[k]) && is_year(tokens_[k + 2]) &&
        ((joined_by(k, '.') && joined_by(k + 1, '.')) ||
         (joined_by(k, '/') && joined_by(k + 1, '/')))) {
        const double a = tokens_[k].number;
        const double b = tokens_[k + 1].number;
        const bool dots = storage_[tokens_[k].end] == '.';
        double day = a;
        double month = b;
        const bool day_first = tables_of(language_).day_first;
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

bool ObjectiveReader::read_date(double year, double month, double day, std::size_t from, std::size_t end) {
    TimeFrame& frame = objective_.time_frame;
    frame.kind = TimeFrame::Kind::date;
    frame.date = {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
    use(from, end - from);
    return true;
}

bool ObjectiveReader::read_duration(std::size_t i) {
    if (!role_at(i, Role::duration_opener)) {
        return false;
    }
    std::size_t k = role_at(i, Role::next) ? i : i + 1;
    if (role_at(k, Role::the_article)) {
        ++k;
    }
    if (role_at(k, Role::upcoming)) {
        ++k;
    }
    // "over the next half-year": 182 days
    if (role_at(k, Role::half) && role_at(k + 1, Role::year)) {
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
    } else if (role_at(k, Role::indefinite_article)) {
        count = 1.0;
        ++k;
    } else if (k > i + 1 || role_at(i, Role::next)) {
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

bool ObjectiveReader::read_this_period(std::size_t i) {
    if (!role_at(i, Role::this_word)) {
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

bool ObjectiveReader::read_end_of(std::size_t i) {
    TimeFrame& frame = objective_.time_frame;
    if (!(role_at(i, Role::end) && role_at(i + 1, Role::of))) {
        return false;
    }
    std::size_t k = i + 2;
    if (role_at(k, Role::the_or_this)) {
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

bool ObjectiveReader::read_quarter_or_half(std::size_t k, std::size_t from) {
    if (!(role_at(k, Role::quarter_or_half_prefix) && k + 1 < size() && tokens_[k + 1].is_number)) {
        return false;
    }
    const bool quarter = role_at(k, Role::quarter_prefix);
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

bool ObjectiveReader::read_dated(std::size_t i) {
    if (!role_at(i, Role::deadline_opener)) {
        return false;
    }
    std::size_t k = i + 1;
    if (role_at(i, Role::ahead) && role_at(k, Role::of)) {
        ++k;
    }
    if (role_at(k, Role::the_article)) {
        ++k;
    }
    if (read_quarter_or_half(k, i) || read_named_period(k, i) || read_iso_date(k, i)) {
        return true;
    }
    TimeFrame& frame = objective_.time_frame;
    // 31 December [2027] / 31st of December
    if (is_day_of_month(k)) {
        std::size_t m = k + 1;
        if (role_at(m, Role::of)) {
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

// ---- rate ---------------------------------------------------------------------------------------

void ObjectiveReader::read_rate_period() {
    for (std::size_t i = 0; i < size(); ++i) {
        if (used_[i]) {
            continue;
        }
        if (role_at(i, Role::rate_word)) {
            if (role_at(i, Role::pcm)) {
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
        if (const auto adverb = phrase_at(Vocabulary::rate_adverb, i)) {
            return set_rate(static_cast<Period>(adverb->value), i, adverb->length);
        }
    }
}

void ObjectiveReader::set_rate(Period period, std::size_t from, std::size_t count) {
    objective_.rate_period = period;
    use(from, count);
}

} // namespace goalpost::detail
