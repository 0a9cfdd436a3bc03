#include "engine/text_report.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/checker.h"
#include "pack/pack_registry.h"

namespace replycheck {
namespace {

CheckRequest request(std::string draft) {
    CheckRequest r;
    r.draft = std::move(draft);
    r.customer_name = "Sam";
    r.agent_initials = "JD";
    return r;
}

std::string report_of(const CheckRequest& req) {
    const auto pack = builtin_pack();
    EXPECT_NE(pack, nullptr);
    return render_text_report(check(req, *pack), req);
}

// A NUL used to end the printed report after "  Hi Sam" (fputs stops at it).
TEST(TextReport, ControlCharactersAreShownNotPassedThrough) {
    const CheckRequest req = request(std::string("Hi Sam\0, per our policy we cannot refund the wifi. ^JD", 55));
    const std::string report = report_of(req);
    EXPECT_EQ(report.find('\0'), std::string::npos);
    EXPECT_NE(report.find("  Hi Sam\u2400, per our policy"), std::string::npos) << report;
    EXPECT_NE(report.find("1. "), std::string::npos) << report;  // the findings list follows
    const std::string escape = report_of(request("Hi Sam, \x1b[2J done. ^JD"));
    EXPECT_EQ(escape.find('\x1b'), std::string::npos);
    EXPECT_NE(escape.find("\u241b[2J"), std::string::npos) << escape;
}

// Each caret line is as wide as its column; 3,000 placeholders on one line gave 33.9 MB.
TEST(TextReport, CaretLinesPerDraftLineAreBounded) {
    std::string draft;
    while (draft.size() + 6 <= EngineLimits::max_draft_bytes) draft += "{name}";
    const CheckRequest req = request(draft);
    const auto pack = builtin_pack();
    const CheckResult result = check(req, *pack);
    ASSERT_TRUE(result.ok()) << result.error;
    ASSERT_GT(result.findings.size(), 100u);
    const std::string report = render_text_report(result, req);
    EXPECT_LT(report.size(), 2'000'000u);
    EXPECT_NE(report.find("more findings on this line)"), std::string::npos);
    // Every finding is still listed.
    EXPECT_NE(report.find("\n" + std::to_string(result.findings.size()) + ". "), std::string::npos);
}

}  // namespace
}  // namespace replycheck
