#include "engine/pack_examples.h"

#include <algorithm>

#include "checks/checks.h"
#include "engine/checker.h"

namespace replycheck {
namespace {

std::string applied(const std::string& draft, const Suggestion& s) {
    return draft.substr(0, s.start) + s.text + draft.substr(s.end);
}

// Why a bad example's `fixed` is not what its rule's first fix gives, or empty when it is.
std::string fix_problem(const RuleExample& ex, const Finding& first) {
    if (first.suggestions.empty()) return "the example gives a fixed draft, but the finding offers no fix";
    const std::string got = applied(ex.request.draft, first.suggestions.front());
    if (got == *ex.fixed) return {};
    return "its first fix gives \"" + got + "\", not the example's \"fixed\" \"" + *ex.fixed + "\"";
}

}  // namespace

PackExamplesReport run_pack_examples(const CompiledPack& pack) {
    PackExamplesReport report;
    for (const auto& entry : pack.pack().rules) {
        // Not a structured binding: clang 14 (em++) cannot capture those in lambdas.
        const std::string& rule = entry.first;
        const RuleSpec& spec = entry.second;
        for (int pass = 0; pass < 2; ++pass) {
            const bool good = pass == 0;
            const auto& examples = good ? spec.good : spec.bad;
            for (std::size_t i = 0; i < examples.size(); ++i) {
                const RuleExample& ex = examples[i];
                if (!good && !spec.enabled) {
                    ++report.skipped;
                    continue;
                }
                auto fail = [&](std::string problem) {
                    report.failures.push_back({rule, good, i, ex.request.draft, std::move(problem)});
                };
                const CheckResult result = check(ex.request, pack);
                if (!result.ok()) {
                    fail("the example was rejected: " + result.error);
                    continue;
                }
                const auto first = std::find_if(result.findings.begin(), result.findings.end(),
                                                [&](const Finding& f) { return f.rule == rule; });
                if (good && first != result.findings.end()) {
                    fail("expected no " + rule + " finding, got: " + first->message);
                } else if (!good && first == result.findings.end()) {
                    fail("expected a " + rule + " finding, got none");
                } else if (!good && ex.fixed) {
                    if (std::string problem = fix_problem(ex, *first); !problem.empty()) fail(std::move(problem));
                    else ++report.passed;
                } else {
                    ++report.passed;
                }
            }
        }
    }
    return report;
}

}  // namespace replycheck
