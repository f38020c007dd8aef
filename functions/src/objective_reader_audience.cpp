// The reader's where and for whom: regions, audiences, segments, channels, products.
#include "objective_reader.hpp"

namespace goalpost::detail {

// ---- where and for whom -------------------------------------------------------------------------

void ObjectiveReader::read_segment() {
    if (!objective_.segment.empty()) {
        return; // "the top 100 accounts", read with the numbers in names
    }
    for (std::size_t i = 0; i < size(); ++i) {
        if (!used_[i] && role_at(i, Role::region_opener) && read_region(i)) {
            return;
        }
    }
    // "at the Leeds clinic", "at our Camden site": a named location is where to act.
    for (std::size_t i = 0; i < size(); ++i) {
        if (!used_[i] && role_at(i, Role::at) && read_location(i)) {
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

bool ObjectiveReader::read_with_segment(std::size_t i) {
    if (!role_at(i, Role::audience_opener)) {
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

bool ObjectiveReader::read_region(std::size_t i) {
    if (const auto region = phrase_at(Vocabulary::region, i + 1)) {
        set_segment(i, 1 + region->length);
        return true;
    }
    if (capitalized(i + 1) && !used_[i + 1] && !phrase_at(Vocabulary::month, i + 1) &&
        !phrase_at(Vocabulary::metric, i + 1) && !phrase_at(Vocabulary::channel, i + 1) &&
        !role_at(i + 1, Role::not_a_region)) {
        std::size_t count = 2;
        if (capitalized(i + 2) && !used_[i + 2] && !phrase_at(Vocabulary::metric, i + 2)) {
            count = 3;
        }
        set_segment(i, count);
        return true;
    }
    return false;
}

bool ObjectiveReader::longer_metric_at(std::size_t i, std::size_t length) const {
    const auto metric = phrase_at(Vocabulary::metric, i);
    return metric && metric->length > length;
}

bool ObjectiveReader::read_location(std::size_t i) {
    std::size_t k = i + 1;
    if (role_at(k, Role::the_or_our)) {
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

bool ObjectiveReader::read_audience(std::size_t i) {
    // "among SMB customers" is the SMB segment; "among donors" is kept as written.
    if (role_at(i, Role::among)) {
        if (phrase_at(Vocabulary::segment_word, i + 1)) {
            return false; // the segment word itself is read at i + 1
        }
        if (role_at(i + 1, Role::customer_state) &&
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
    if (role_at(i, Role::segment_noun)) {
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
    if (role_at(i, Role::exclusion) && i + 1 < size() &&
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

bool ObjectiveReader::read_from_segment(std::size_t i) {
    if (!role_at(i, Role::from)) {
        return false;
    }
    std::size_t k = i + 1;
    if (role_at(k, Role::the_or_our)) {
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

bool ObjectiveReader::stop_word_at(std::size_t i) const {
    return i >= size() || tokens_[i].is_number ||
           role_at(i, Role::stop_word);
}

void ObjectiveReader::set_segment(std::size_t from, std::size_t count) {
    objective_.segment = words_of(from, count);
    use(from, count);
}

void ObjectiveReader::read_channel() {
    // "from Google Ads", "via email", "on X" name the channel; a channel word elsewhere
    // ("registrations for the virtual expo from email") only when no preposition names one.
    std::optional<PhraseMatch> fallback;
    for (std::size_t i = 0; i < size(); ++i) {
        const auto channel = channel_at(i);
        if (!channel) {
            continue;
        }
        std::size_t before = i;
        while (before > 0 && role_at(before - 1, Role::channel_adjective)) {
            --before;
        }
        const bool after_preposition =
            before > 0 && role_at(before - 1, Role::channel_preposition);
        if (after_preposition) {
            return set_channel(*channel);
        }
        if (!fallback && !role_at(i, Role::letter_x)) {
            fallback = channel;
        }
    }
    if (fallback) {
        set_channel(*fallback);
    }
}

std::optional<PhraseMatch> ObjectiveReader::channel_at(std::size_t i) const {
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

void ObjectiveReader::set_channel(const PhraseMatch& channel) {
    objective_.channel = channel_names()[static_cast<std::size_t>(channel.value)];
}

void ObjectiveReader::read_product_or_campaign() {
    for (std::size_t i = 0; i < size(); ++i) {
        if (phrase_at(Vocabulary::product_word, i)) {
            objective_.names_product_or_campaign = true;
            return;
        }
    }
}

} // namespace goalpost::detail
