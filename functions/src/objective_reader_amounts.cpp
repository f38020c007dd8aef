// The reader's what and how much: the metric, the target, the change and its direction.
#include "objective_reader.hpp"

namespace goalpost::detail {

// ---- what and how much --------------------------------------------------------------------------

void ObjectiveReader::read_metric() {
    std::optional<PhraseMatch> found;
    std::size_t at = 0;
    for (std::size_t i = 0; i < size() && !found; ++i) {
        if (used_[i] || reach_as_verb(i)) {
            continue;
        }
        auto metric = phrase_at(Vocabulary::metric, i);
        if (metric && !free_span(i, metric->length)) {
            // "trials to paid" whose "to paid" the conversion target took: "trials" alone
            metric = match_phrase(Vocabulary::metric, tokens_.subspan(i, 1), 0);
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
        if (objective_.metric->kind == MetricKind::value && at > 0 && role_at(at - 1, Role::new_word)) {
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

bool ObjectiveReader::modifier_at(std::size_t i, std::size_t length) const {
    const std::size_t next = i + length;
    return length == 1 && !tokens_[i].word.ends_with("s") && next < size() &&
           !tokens_[next].is_number && tokens_[next].word.size() > 3 &&
           tokens_[next].word.ends_with("s") && adjacent(i, next) && !stop_word_at(next) &&
           !phrase_at(Vocabulary::metric, next) && !phrase_at(Vocabulary::channel, next) &&
           !phrase_at(Vocabulary::time_unit, next);
}

void ObjectiveReader::set_metric(const MetricName& metric) {
    objective_.metric = Metric{metric.name,
                               metric.tier,
                               metric.kind,
                               (metric.traits & company_wide) != 0,
                               (metric.traits & brand_health) != 0,
                               (metric.traits & lower_is_better) != 0};
}

bool ObjectiveReader::reach_as_verb(std::size_t i) const {
    return role_at(i, Role::reach_word) &&
           (i == 0 || free_number_at(i + 1) || role_at(i + 1, Role::determiner) ||
            phrase_at(Vocabulary::metric, i + 1));
}

bool ObjectiveReader::metric_is_rate() const {
    return objective_.metric && objective_.metric->kind == MetricKind::rate;
}

void ObjectiveReader::set_target(std::size_t i) {
    const Token& token = tokens_[i];
    target_at_ = i;
    objective_.target = token.number;
    objective_.unit = token.percent ? std::string_view("%")
                      : !token.currency.empty() ? std::string_view(token.currency)
                                                : std::string_view("count");
    use(i, 1);
}

void ObjectiveReader::read_target_and_change() {
    // "from 8% to 12%", "30% -> 50%", "900 → 1,500"
    for (std::size_t i = 0; i + 1 < size(); ++i) {
        const bool from_to = role_at(i, Role::from) && free_number_at(i + 1) && role_at(i + 2, Role::to) &&
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
        if (role_at(i, Role::to) && free_number_at(i + 1) && role_at(i + 2, Role::from) &&
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
            if (i > 0 && role_at(i - 1, Role::by)) {
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
        const bool by = i > 0 && role_at(i - 1, Role::by);
        const bool noun_after = role_at(i + 1, Role::change_noun);
        const bool level_metric = objective_.metric && (objective_.metric->kind == MetricKind::rate ||
                                                       objective_.metric->kind == MetricKind::ratio);
        if (by || noun_after || !level_metric) {
            objective_.change = tokens_[i].number / 100.0;
            if (noun_after) {
                decrease_noun_ = role_at(i + 1, Role::decrease_noun);
            }
            use(i, noun_after ? 2 : 1);
        }
    }
    // "cut CAC by half"
    for (std::size_t i = 0; i + 1 < size() && !objective_.change; ++i) {
        if (role_at(i, Role::by) && role_at(i + 1, Role::half) && !used_[i]) {
            objective_.change = 0.5; // the direction gives the sign
            use(i, 2);
        }
    }
    // "increase MRR by $20k", "reduce CPL by 20 dollars": a change in the metric's own unit
    for (std::size_t i = 1; i < size() && !objective_.change && !objective_.points &&
                            !objective_.amount_change; ++i) {
        if (role_at(i - 1, Role::by) && free_number_at(i) && !tokens_[i].percent &&
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

void ObjectiveReader::set_multiplier(double multiplier) {
    objective_.change = multiplier - 1.0;
    objective_.extreme_multiplier = multiplier >= 10.0;
}

// ---- direction ----------------------------------------------------------------------------------

bool ObjectiveReader::comparator_before(Vocabulary comparator, std::optional<std::size_t> at) const {
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

std::optional<Direction> ObjectiveReader::read_keep() const {
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
            if (!(role_at(i + 1, Role::than) || (i > 0 && role_at(i - 1, Role::no_or_at)))) {
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

void ObjectiveReader::read_direction() {
    std::optional<Direction> verb = read_keep();
    const std::size_t verbs_end = target_at_ ? *target_at_ : size();
    for (std::size_t i = 0; i < verbs_end && !verb; ++i) {
        // "no more than", "lower than": comparators of a cap, not verbs
        if (role_at(i + 1, Role::than) || role_at(i - 1, Role::no) || (i > 0 && role_at(i - 1, Role::at))) {
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
        (role_at(*target_at_ - 1, Role::to) ||
         (*target_at_ > 1 && role_at(*target_at_ - 1, Role::indefinite_article) &&
          role_at(*target_at_ - 2, Role::to)))) {
        for (std::size_t i = 0; i < *target_at_; ++i) {
            if (role_at(i, Role::move_verb)) {
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

} // namespace goalpost::detail
