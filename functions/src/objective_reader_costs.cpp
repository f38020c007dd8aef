// The reader's costs and conversion: cost caps ("CPL under $20"), conversion targets.
#include "objective_reader.hpp"

namespace goalpost::detail {

// ---- costs and conversion -----------------------------------------------------------------------

bool ObjectiveReader::money_at(std::size_t i) const {
    return free_number_at(i) && tokens_[i].number >= 0.0 && !tokens_[i].percent &&
           !tokens_[i].multiplier && !is_year(tokens_[i]);
}

void ObjectiveReader::read_cost_cap() {
    for (std::size_t i = 0; i < size(); ++i) {
        if (used_[i]) {
            continue;
        }
        // "at $20 per lead", "under £50 a customer"
        if (money_at(i) && !tokens_[i].currency.empty() && role_at(i + 1, Role::rate_opener)) {
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
            if (role_at(k, Role::from) && money_at(k + 1) && role_at(k + 2, Role::to) && money_at(k + 3)) {
                objective_.cost_metric = static_cast<CostMetric>(cost->value);
                objective_.cost_cap = tokens_[k + 3].number;
                cost_currency_ = tokens_[k + 3].currency;
                objective_.cost_currency = cost_currency_;
                use(i, cost->length);
                cost_phrase_ = {i, cost->length};
                return;
            }
            if (money_at(k) && role_at(k - 1, Role::by)) {
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

std::optional<PhraseMatch> ObjectiveReader::cost_phrase_at(std::size_t i) const {
    if (const auto cost = phrase_at(Vocabulary::cost_metric, i)) {
        return cost;
    }
    if (!role_at(i, Role::cost) || !role_at(i + 1, Role::per) || phrase_at(Vocabulary::metric, i)) {
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

void ObjectiveReader::set_cost_cap(CostMetric metric, std::size_t phrase, std::size_t length,
                  std::size_t number) {
    objective_.cost_metric = metric;
    cap_at_ = number;
    objective_.cost_cap = tokens_[number].number;
    cost_currency_ = tokens_[number].currency;
    objective_.cost_currency = cost_currency_;
    use(phrase, length);
    use(number, 1);
}

void ObjectiveReader::read_conversion_target() {
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
            if (!role_at(k, Role::conversion_into)) {
                continue;
            }
            std::size_t m = k + 1;
            // "convert 15% to paid": paying customers, said short.
            if (role_at(m, Role::paid_shorthand) && !phrase_at(Vocabulary::metric, m + 1)) {
                objective_.conversion_target = tokens_[i].number / 100.0;
                objective_.conversion_into = Tier::revenue;
                use(i, 1);
                use(k, m + 1 - k);
                return;
            }
            if (role_at(m, Role::won_state)) {
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

} // namespace goalpost::detail
