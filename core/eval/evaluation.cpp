#include "eval/evaluation.h"

#include <algorithm>

#include "engine/checker.h"
#include "engine/json_io.h"
#include "json/document_reader.h"
#include "json/json_tree.h"
#include "rules/rules.h"

namespace replycheck {
namespace {

std::optional<double> ratio(std::size_t part, std::size_t whole) {
    if (whole == 0) return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

void count(Confusion& c, bool label, bool predicted) {
    if (label && predicted) ++c.true_positives;
    else if (label) ++c.false_negatives;
    else if (predicted) ++c.false_positives;
    else ++c.true_negatives;
}

struct Labels {
    std::vector<std::pair<std::size_t, bool>> by_rule;  // kRules index, label
    std::vector<std::string> unknown_rules;
    std::string error;
};

Labels read_labels(std::string_view line) {
    Labels out;
    std::vector<DocumentIssue> issues;
    DocumentReader r(line, issues);
    const auto parsed = r.parse(line, std::size_t{1} << 20, "labelled line");
    if (parsed && r.expect(*parsed->value, json::Kind::object, "$")) {
        const json::Value* labels = parsed->value->find("labels");
        if (labels == nullptr) r.error(parsed->value->offset, "$", "missing \"labels\"");
        else if (r.expect(*labels, json::Kind::object, "$.labels"))
            for (const json::Member& m : labels->members) {
                const std::string path = json::path_key("$.labels", m.key);
                const auto index = rule_index(m.key);
                bool value = false;
                if (r.boolean(m.value, path, value)) {
                    if (index) out.by_rule.emplace_back(*index, value);
                    else out.unknown_rules.push_back(m.key);
                }
            }
    }
    if (!issues.empty()) out.error = issues.front().to_string();
    return out;
}

}  // namespace

std::optional<double> Confusion::precision() const {
    return ratio(true_positives, true_positives + false_positives);
}
std::optional<double> Confusion::recall() const { return ratio(true_positives, labelled_true()); }
std::optional<double> Confusion::f1() const {
    const auto p = precision(), r = recall();
    if (!p || !r || *p + *r == 0) return std::nullopt;
    return 2 * *p * *r / (*p + *r);
}

const RuleEvaluation* Evaluation::find(std::string_view rule) const {
    for (const RuleEvaluation& r : rules)
        if (r.rule == rule) return &r;
    return nullptr;
}

Evaluation evaluate(std::string_view jsonl, const CompiledPack& pack) {
    Evaluation out;
    std::vector<RuleEvaluation> tallies(kRuleCount);
    std::vector<bool> labelled(kRuleCount, false);
    for (std::size_t k = 0; k < kRuleCount; ++k) tallies[k].rule = std::string(kRules[k].id);

    std::size_t line_number = 0;
    for (std::size_t at = 0; at < jsonl.size();) {
        const std::size_t end = std::min(jsonl.find('\n', at), jsonl.size());
        const std::string_view line = jsonl.substr(at, end - at);
        at = end + 1;
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        const ParsedRequest parsed = request_from_json(line);
        const Labels labels = read_labels(line);
        if (!parsed.ok() || !labels.error.empty()) {
            out.bad_lines.push_back("line " + std::to_string(line_number) + ": " +
                                    (parsed.ok() ? labels.error : parsed.error));
            continue;
        }
        const CheckResult result = check(parsed.request, pack);
        if (!result.ok()) {
            out.bad_lines.push_back("line " + std::to_string(line_number) + ": " + result.error);
            continue;
        }
        ++out.replies;
        for (const std::string& rule : labels.unknown_rules) {
            auto it = std::find_if(out.unknown_rules.begin(), out.unknown_rules.end(),
                                   [&](const auto& entry) { return entry.first == rule; });
            if (it == out.unknown_rules.end()) out.unknown_rules.emplace_back(rule, 1);
            else ++it->second;
        }
        std::vector<bool> any(kRuleCount, false), blocking(kRuleCount, false), judged(kRuleCount, false);
        std::vector<std::string> said(kRuleCount);
        for (const Finding& f : result.findings) {
            const auto k = rule_index(f.rule);
            if (!k) continue;
            any[*k] = true;
            blocking[*k] = blocking[*k] || f.severity >= Severity::warning;
            if (!said[*k].empty()) said[*k] += " | ";
            said[*k] += std::string(to_string(f.severity)) + ": " + f.message;
        }
        bool false_blocking = false;
        for (const auto& [k, label] : labels.by_rule) {
            labelled[k] = judged[k] = true;
            count(tallies[k].blocking, label, blocking[k]);
            count(tallies[k].any, label, any[k]);
            false_blocking |= !label && blocking[k];
            if (label != any[k] || label != blocking[k])
                out.misses.push_back({parsed.id_json, line_number, tallies[k].rule, label, label != blocking[k],
                                      parsed.request.draft, said[k]});
        }
        bool unlabelled_blocking = false;
        for (std::size_t k = 0; k < kRuleCount; ++k) unlabelled_blocking |= blocking[k] && !judged[k];
        out.replies_with_false_blocking += false_blocking;
        out.replies_with_unlabelled_blocking += unlabelled_blocking;
    }
    for (std::size_t k = 0; k < kRuleCount; ++k)
        if (labelled[k]) out.rules.push_back(std::move(tallies[k]));
    return out;
}

}  // namespace replycheck
