#pragma once
// How well the checks agree with hand labels (`replycheck eval`). Each labelled line is a batch
// request plus "labels": {"rule.id": true|false, ...}: true when a social-care lead would flag the
// reply for that rule (../shared/rule-rubric.md), false when they would not. A rule is predicted
// when the checker reports a finding of it; "blocking" counts only error and warning findings,
// the ones that hold a reply back, and "any" counts suggestions too.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pack/compiled_pack.h"

namespace replycheck {

struct Confusion {
    std::size_t true_positives = 0;
    std::size_t false_positives = 0;
    std::size_t false_negatives = 0;
    std::size_t true_negatives = 0;

    std::size_t labelled_true() const { return true_positives + false_negatives; }
    // Nothing when undefined: no prediction (precision) or no true label (recall).
    std::optional<double> precision() const;
    std::optional<double> recall() const;
    std::optional<double> f1() const;
};

struct RuleEvaluation {
    std::string rule;
    Confusion blocking;  // error + warning findings
    Confusion any;       // findings at any severity
};

// One disagreement between a label and the checker, kept for reading.
struct EvalMiss {
    std::string id;  // the line's "id" as JSON text
    std::size_t line = 0;
    std::string rule;
    bool label = false;      // true: a false negative; false: a false positive
    bool blocking = false;   // whether the disagreement holds at the blocking level too
    std::string draft;
    std::string findings;    // the rule's findings, "severity: message" joined by " | "
};

struct Evaluation {
    std::vector<RuleEvaluation> rules;  // in rule-list order; only rules that some line labels
    std::vector<EvalMiss> misses;       // in line order
    std::size_t replies = 0;            // lines checked
    std::vector<std::string> bad_lines; // "line N: why"
    // Labels of rules this build does not have (yet), with how many lines carry them.
    std::vector<std::pair<std::string, std::size_t>> unknown_rules;
    // Replies with a blocking finding of a rule labelled false (the trust figure), and with a
    // blocking finding of a rule the line does not label (not judged, shown for context).
    std::size_t replies_with_false_blocking = 0;
    std::size_t replies_with_unlabelled_blocking = 0;

    const RuleEvaluation* find(std::string_view rule) const;
};

// Checks every line of `jsonl` with `pack` and compares. Blank lines are skipped.
Evaluation evaluate(std::string_view jsonl, const CompiledPack& pack);

}  // namespace replycheck
