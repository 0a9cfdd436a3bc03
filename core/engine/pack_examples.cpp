#include "engine/pack_examples.h"

#include <algorithm>

#include "check/check.h"
#include "engine/checker.h"

namespace replycheck {
namespace {

CheckRequest request_of(const RuleExample& ex) {
    CheckRequest r;
    r.draft = ex.draft;
    r.customer_post = ex.customer_post;
    r.customer_name = ex.customer_name;
    r.customer_handle = ex.customer_handle;
    r.channel = ex.channel;
    r.visibility = ex.visibility;
    r.agent_name = ex.agent_name;
    r.agent_initials = ex.agent_initials;
    return r;
}

bool has_check(std::string_view rule) {
    const auto checks = all_checks();
    return std::any_of(checks.begin(), checks.end(), [&](const CheckDef& d) { return d.rule == rule; });
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
                    report.failures.push_back({rule, good, i, ex.draft, std::move(problem)});
                };
                if (!good && !has_check(rule)) {
                    fail("no check implements this rule yet");
                    continue;
                }
                const CheckResult result = check(request_of(ex), pack);
                if (!result.ok()) {
                    fail("the example was rejected: " + result.error);
                    continue;
                }
                const auto hits = std::count_if(result.findings.begin(), result.findings.end(),
                                                 [&](const Finding& f) { return f.rule == rule; });
                if (good && hits > 0) {
                    const auto first = std::find_if(result.findings.begin(), result.findings.end(),
                                                    [&](const Finding& f) { return f.rule == rule; });
                    fail("expected no " + rule + " finding, got: " + first->message);
                } else if (!good && hits == 0) {
                    fail("expected a " + rule + " finding, got none");
                } else {
                    ++report.passed;
                }
            }
        }
    }
    return report;
}

}  // namespace replycheck
