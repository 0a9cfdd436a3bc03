#include "thread_text.h"

#include <algorithm>

namespace replycheck::ui {

std::string join_thread(const std::vector<std::string>& texts) {
    std::string out;
    for (std::size_t k = 0; k < texts.size(); ++k) {
        if (k > 0) out += kThreadSeparator;
        out += texts[k];
    }
    return out;
}

std::vector<std::uint32_t> thread_starts(const std::vector<std::string>& texts) {
    std::vector<std::uint32_t> starts;
    std::size_t at = 0;
    for (const std::string& text : texts) {
        starts.push_back(static_cast<std::uint32_t>(at));
        at += text.size() + kThreadSeparator.size();
    }
    return starts;
}

std::size_t thread_post_at(const std::vector<std::string>& texts, std::size_t offset) {
    const std::vector<std::uint32_t> starts = thread_starts(texts);
    for (std::size_t k = 1; k < starts.size(); ++k)
        if (offset < starts[k]) return k - 1;
    return starts.empty() ? 0 : starts.size() - 1;
}

std::vector<std::string> edit_thread(const std::vector<std::string>& texts, std::size_t start, std::size_t end,
                                     std::string_view replacement) {
    std::string draft = join_thread(texts);
    end = std::min(end, draft.size());
    start = std::min(start, end);
    draft.replace(start, end - start, replacement);
    const std::size_t replaced_end = start + replacement.size();
    const auto moved = [&](std::size_t x) { return x + replacement.size() - (end - start); };
    // Where a post's first and last byte go: before the edit they stay, after it they move by
    // its change in length, inside it they go to the end of the replacement.
    const auto new_start = [&](std::size_t x) { return x <= start ? x : x >= end ? moved(x) : replaced_end; };
    const auto new_end = [&](std::size_t x) { return x < start ? x : x >= end ? moved(x) : replaced_end; };
    std::vector<std::string> out;
    const std::vector<std::uint32_t> starts = thread_starts(texts);
    for (std::size_t k = 0; k < texts.size(); ++k) {
        const std::size_t a = new_start(starts[k]);
        const std::size_t b = std::max(a, new_end(starts[k] + texts[k].size()));
        out.push_back(draft.substr(a, b - a));
    }
    return out;
}

}  // namespace replycheck::ui
