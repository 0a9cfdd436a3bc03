#include "eval/fix_property.h"

#include <algorithm>
#include <map>

#include "analysis/entities.h"
#include "analysis/sentence_analysis.h"
#include "analysis/word_classes.h"
#include "channel/thread_split.h"
#include "engine/checker.h"
#include "engine/json_io.h"
#include "text/letter_case.h"

namespace replycheck {
namespace {

std::map<std::string, int> blocking_counts(const CheckResult& r) {
    std::map<std::string, int> counts;
    for (const Finding& f : r.findings)
        if (f.severity >= Severity::warning) ++counts[f.rule];
    return counts;
}

int count_of(const CheckResult& r, std::string_view rule) {
    return static_cast<int>(std::count_if(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

std::size_t occurrences(std::string_view text, std::string_view part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); !part.empty() && at != std::string_view::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

// What a fix must not touch: URLs, short words in capitals (acronyms such as DM, USB, VAT) and
// the customer's name.
std::vector<std::string> keepers(const CheckRequest& request, const CompiledPack& pack) {
    std::vector<std::string> keep;
    const AnalysedText draft(request.draft, pack.locale());
    const Entities entities = find_entities(draft, pack.locale());  // kept alive: all() is a view
    const SentenceAnalysis analysis(draft, entities, sentence_cues(pack.locale()));
    for (const Entity& e : entities.all())
        if (e.kind == EntityKind::url) keep.emplace_back(draft.slice(e.start, e.end));
    // Capitals inside an entity (a postcode's "4QT") are the data a fix may move away; function
    // words in capitals ("OF", "THE") are shouting, not acronyms.
    const WordClasses& common = word_classes(pack.locale());
    for (const Token& t : draft.tokens()) {
        const auto index = static_cast<std::size_t>(&t - draft.tokens().data());
        const std::string_view word = draft.slice(t);
        if (t.kind == TokenKind::word && in_capitals(word) && word.size() <= 3 && !analysis.in_entity(index) &&
            !analysis.has_cue(index, Cue::emphasis_word) && !common.function_word(t.folded))
            keep.emplace_back(word);
    }
    const std::string first_name = request.customer_name.substr(0, request.customer_name.find(' '));
    if (!first_name.empty()) keep.push_back(first_name);
    std::sort(keep.begin(), keep.end());
    keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
    return keep;
}

}  // namespace

FixReport check_fixes(std::string_view jsonl, const CompiledPack& pack) {
    FixReport report;
    for (std::size_t at = 0; at < jsonl.size();) {
        const std::size_t end = std::min(jsonl.find('\n', at), jsonl.size());
        const std::string_view line = jsonl.substr(at, end - at);
        at = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        const ParsedRequest parsed = request_from_json(line);
        if (!parsed.ok()) continue;
        const CheckResult before = check(parsed.request, pack);
        if (!before.ok()) continue;
        const auto blocking_before = blocking_counts(before);
        const std::vector<std::string> keep = keepers(parsed.request, pack);
        for (const Finding& f : before.findings) {
            for (const Suggestion& s : f.suggestions) {
                ++report.tried;
                CheckRequest request = parsed.request;
                request.draft = request.draft.substr(0, s.start) + s.text + request.draft.substr(s.end);
                // The app takes a split into a thread as the thread itself: its posts' texts, a
                // blank line apart, each checked with the mention and numbering the channel adds.
                const ChannelSpec* channel = pack.channel(request.channel);
                if (f.rule == "channel.too_long" && s.text.find("\n\n") != std::string::npos && channel != nullptr) {
                    const auto texts = split_thread_texts(parsed.request.draft, *channel, request.customer_handle);
                    request.draft.clear();
                    request.thread_starts.clear();
                    for (const std::string& text : texts) {
                        if (!request.draft.empty()) request.draft += "\n\n";
                        request.thread_starts.push_back(static_cast<std::uint32_t>(request.draft.size()));
                        request.draft += text;
                    }
                }
                const CheckResult after = check(request, pack);
                std::string why;
                if (!after.ok()) {
                    // A fix that empties a reply has taken the whole finding with it.
                    if (after.error_code != "empty_draft") why = "the fixed draft is rejected: " + after.error;
                } else if (count_of(after, f.rule) >= count_of(before, f.rule)) {
                    why = "the finding is still there";
                } else {
                    for (const auto& [rule, n] : blocking_counts(after)) {
                        const auto was = blocking_before.find(rule);
                        if (rule != f.rule && (was == blocking_before.end() || was->second < n)) why = "new " + rule;
                    }
                }
                for (const std::string& k : keep)
                    if (why.empty() && occurrences(request.draft, k) < occurrences(parsed.request.draft, k))
                        why = "changes “" + k + "”";
                if (!why.empty()) report.failures.push_back({f.rule, s.label, parsed.request.draft, request.draft, why});
            }
        }
    }
    return report;
}

}  // namespace replycheck
