#include "goalpost/objective_fields.hpp"

#include "text.hpp"

#include <array>
#include <chrono>
#include <cmath>

namespace goalpost {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 14> field_names{
    "metric", "tier", "target", "unit", "direction", "change", "rate_period", "channel",
    "segment", "deadline_days", "deadline", "cost_metric", "cost_cap", "conversion_target"};

// Calc's day 0 is 30 December 1899.
constexpr sys_days calc_epoch = sys_days{year{1899} / December / 30};

sys_days from_serial(double serial) {
    return calc_epoch + days{static_cast<long long>(std::floor(serial))};
}
double to_serial(sys_days date) { return static_cast<double>((date - calc_epoch).count()); }

// A date of the frame (day 0 = the month's last day); a missing year is the first year that
// puts the date on or after `start`.
std::optional<sys_days> resolve(const Date& date, std::optional<sys_days> start) {
    const auto make = [&](int y) -> std::optional<sys_days> {
        const year_month ym{year{y}, month{static_cast<unsigned>(date.month)}};
        const year_month_day ymd = date.day == 0
                                       ? year_month_day{ym / last}
                                       : year_month_day{ym / day{static_cast<unsigned>(date.day)}};
        if (!ymd.ok()) {
            return std::nullopt; // 31 June
        }
        return sys_days{ymd};
    };
    if (date.event == Event::unscheduled || date.month < 1 || date.month > 12) {
        return std::nullopt;
    }
    if (date.event == Event::black_friday || date.event == Event::cyber_monday) {
        // The day after the fourth Thursday of November; Cyber Monday three days later.
        const auto event_day = [&](int y) {
            const sys_days thursday = sys_days{year{y} / November / Thursday[4]};
            return thursday + days{date.event == Event::black_friday ? 1 : 4};
        };
        if (date.year != 0) {
            return event_day(date.year);
        }
        if (!start) {
            return std::nullopt;
        }
        const int start_year = static_cast<int>(year_month_day{*start}.year());
        const sys_days candidate = event_day(start_year);
        return candidate < *start ? event_day(start_year + 1) : candidate;
    }
    if (date.year != 0) {
        return make(date.year);
    }
    if (!start) {
        return std::nullopt;
    }
    const int start_year = static_cast<int>(year_month_day{*start}.year());
    auto candidate = make(start_year);
    if (candidate && *candidate < *start) {
        candidate = make(start_year + 1);
    }
    return candidate;
}

std::optional<sys_days> end_of_period(const TimeFrame& frame, sys_days start) {
    const year_month_day today{start};
    const int y = static_cast<int>(today.year());
    const unsigned m = static_cast<unsigned>(today.month());
    switch (frame.period) {
    case Period::month:
        return sys_days{year_month_day_last{year{y}, month_day_last{month{m}}}};
    case Period::quarter: {
        int quarter = frame.quarter == 0 ? static_cast<int>((m - 1) / 3 + 1) : frame.quarter;
        const int current = static_cast<int>((m - 1) / 3 + 1);
        const int end_year = frame.quarter != 0 && quarter < current ? y + 1 : y;
        return sys_days{year_month_day_last{
            year{end_year}, month_day_last{month{static_cast<unsigned>(quarter * 3)}}}};
    }
    case Period::year:
        return sys_days{year{y} / December / 31};
    case Period::day:
    case Period::week:
        break;
    }
    return std::nullopt;
}

FieldValue text(std::string_view value) { return std::string(value); }

} // namespace

Result<ObjectiveField> objective_field_from_name(std::string_view name, int argument) {
    const std::string wanted = detail::normalised_name(name);
    for (std::size_t i = 0; i < field_names.size(); ++i) {
        if (wanted == detail::normalised_name(field_names[i])) {
            return static_cast<ObjectiveField>(i);
        }
    }
    return invalid_argument(argument, "unknown objective field");
}

std::optional<int> nominal_frame_days(const TimeFrame& frame) {
    if (frame.kind == TimeFrame::Kind::end_of_period && frame.nominal) {
        return nominal_days(frame.period);
    }
    return std::nullopt;
}

std::optional<double> frame_days(const TimeFrame& frame, std::optional<double> start_serial) {
    if (frame.kind == TimeFrame::Kind::duration && frame.days > 0) {
        return frame.days;
    }
    const bool usable_start = start_serial && std::isfinite(*start_serial) && std::fabs(*start_serial) < 3e6;
    if (!usable_start) {
        const auto nominal = nominal_frame_days(frame);
        return nominal ? std::optional<double>(*nominal) : std::nullopt;
    }
    const auto deadline = deadline_serial(frame, start_serial);
    if (!deadline || *deadline <= std::floor(*start_serial)) {
        return std::nullopt;
    }
    return *deadline - std::floor(*start_serial);
}

std::optional<double> deadline_serial(const TimeFrame& frame, std::optional<double> start_serial) {
    std::optional<sys_days> start;
    if (start_serial && std::isfinite(*start_serial) && std::fabs(*start_serial) < 3e6) {
        start = from_serial(*start_serial);
    }
    switch (frame.kind) {
    case TimeFrame::Kind::none:
        return std::nullopt;
    case TimeFrame::Kind::duration:
        if (!start) {
            return std::nullopt;
        }
        return to_serial(*start + days{frame.days});
    case TimeFrame::Kind::date: {
        const auto date = resolve(frame.date, start);
        return date ? std::optional<double>(to_serial(*date)) : std::nullopt;
    }
    case TimeFrame::Kind::end_of_period: {
        if (!start) {
            return std::nullopt;
        }
        const auto date = end_of_period(frame, *start);
        return date ? std::optional<double>(to_serial(*date)) : std::nullopt;
    }
    }
    return std::nullopt;
}

Result<FieldValue> objective_field(const Objective& objective, ObjectiveField field,
                                   std::optional<double> start_date_serial) {
    const Failure absent{ErrorKind::not_available, 1, "the objective does not state it"};
    const auto number = [&](const std::optional<double>& value) -> Result<FieldValue> {
        return value ? Result<FieldValue>(FieldValue(*value)) : Result<FieldValue>(absent);
    };
    switch (field) {
    case ObjectiveField::metric:
        return objective.metric ? Result<FieldValue>(text(objective.metric->name)) : absent;
    case ObjectiveField::tier:
        return objective.metric ? Result<FieldValue>(text(name_of(objective.metric->tier))) : absent;
    case ObjectiveField::target:
        return number(objective.target);
    case ObjectiveField::unit:
        return objective.target ? Result<FieldValue>(text(objective.unit)) : absent;
    case ObjectiveField::direction:
        return objective.direction ? Result<FieldValue>(text(name_of(*objective.direction))) : absent;
    case ObjectiveField::change:
        return number(objective.change);
    case ObjectiveField::rate_period:
        return objective.rate_period ? Result<FieldValue>(text(name_of(*objective.rate_period)))
                                     : absent;
    case ObjectiveField::channel:
        return objective.channel.empty() ? Result<FieldValue>(absent) : text(objective.channel);
    case ObjectiveField::segment:
        return objective.segment.empty() ? Result<FieldValue>(absent) : text(objective.segment);
    case ObjectiveField::deadline_days: {
        if (objective.time_frame.kind == TimeFrame::Kind::duration) {
            return FieldValue(static_cast<double>(objective.time_frame.days));
        }
        if (const auto nominal = nominal_frame_days(objective.time_frame); nominal && !start_date_serial) {
            return FieldValue(static_cast<double>(*nominal)); // "this quarter": 90 days
        }
        const auto deadline = deadline_serial(objective.time_frame, start_date_serial);
        if (!deadline || !start_date_serial) {
            return absent;
        }
        return FieldValue(*deadline - std::floor(*start_date_serial));
    }
    case ObjectiveField::deadline:
        return number(deadline_serial(objective.time_frame, start_date_serial));
    case ObjectiveField::cost_metric:
        return objective.cost_metric ? Result<FieldValue>(text(name_of(*objective.cost_metric)))
                                     : absent;
    case ObjectiveField::cost_cap:
        return number(objective.cost_cap);
    case ObjectiveField::conversion_target:
        return number(objective.conversion_target);
    }
    return absent;
}

} // namespace goalpost
