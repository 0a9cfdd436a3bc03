#include "eval/fix_property.h"

#include <algorithm>
#include <map>

#include "analysis/entities.h"
#include "analysis/sentence_analysis.h"
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
    for (const Token& t : draft.tokens()) {
        const std::string_view word = draft.slice(t);
        if (t.kind == TokenKind::word && in_capitals(word) && word.size() <= 3 &&
            !analysis.has_cue(static_cast<std::size_t>(&t - draft.tokens().data()), Cue::emphasis_word))
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
                // A split into a thread is posted part by part, a blank line apart (as the app does).
                if (f.rule == "channel.too_long" && s.text.find("\n\n") != std::string::npos) {
                    request.thread_starts = {0};
                    for (std::size_t k = request.draft.find("\n\n"); k != std::string::npos; k = request.draft.find("\n\n", k + 2))
                        request.thread_starts.push_back(static_cast<std::uint32_t>(k + 2));
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
