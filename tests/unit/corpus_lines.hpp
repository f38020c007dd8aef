// Reading the labelled corpora of tests/data: one record a line, columns separated by '|',
// blank lines and '#' comments skipped. Shared by every corpus test.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace goalpost::test {

inline std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    const auto last = text.find_last_not_of(" \t\r");
    return first == std::string_view::npos ? std::string()
                                           : std::string(text.substr(first, last - first + 1));
}

// The trimmed parts of `line` between separators; "a|" is {"a", ""}.
inline std::vector<std::string> split(std::string_view line, std::string_view separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto at = line.find(separator, start);
        parts.push_back(trim(line.substr(start, at == std::string_view::npos ? at : at - start)));
        if (at == std::string_view::npos) {
            return parts;
        }
        start = at + separator.size();
    }
}

// Whether a line holds no record: blank, or a '#' comment.
inline bool is_comment_or_blank(std::string_view line) {
    const std::string trimmed = trim(line);
    return trimmed.empty() || trimmed.front() == '#';
}

} // namespace goalpost::test
