// Drafts that look blank, or hide a phrase behind zero-width characters (issue #12, item 12).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "engine/checker.h"
#include "pack/pack_registry.h"
#include "text/visible_text.h"

namespace replycheck {
namespace {

CheckResult check_draft(std::string draft) {
    CheckRequest r;
    r.draft = std::move(draft);
    r.customer_name = "Sam";
    r.agent_initials = "JD";
    const auto pack = builtin_pack();
    EXPECT_NE(pack, nullptr);
    return check(r, *pack);
}

TEST(VisibleText, SpacesControlsAndIgnorablesShowNothing) {
    EXPECT_FALSE(has_visible_text(""));
    EXPECT_FALSE(has_visible_text("\u00a0\u00a0"));          // no-break spaces
    EXPECT_FALSE(has_visible_text("\u2003 \u3000\n"));      // em and ideographic spaces
    EXPECT_FALSE(has_visible_text(std::string(100, '\0')));  // NULs
    EXPECT_FALSE(has_visible_text("\u200b\u200d\ufeff\u2060"));
    EXPECT_TRUE(has_visible_text("\u200bx"));
    EXPECT_TRUE(has_visible_text("\u3000\u4e2d"));
    EXPECT_TRUE(has_visible_text("\u00a0."));
}

TEST(InvisibleText, ABlankLookingDraftIsEmptyNotReady) {
    for (const std::string& draft : {std::string("\u00a0\u00a0\u00a0"), std::string("\u2003\u2003"),
                                     std::string("\u3000"), std::string(100, '\0'), std::string("\u200b\u200b")}) {
        const CheckResult r = check_draft(draft);
        EXPECT_EQ(r.error_code, "empty_draft") << "score " << r.score;
        EXPECT_FALSE(r.ready);
    }
}

// The phrase is found with zero-width characters inside it, and its span stays in the original.
TEST(InvisibleText, ZeroWidthCharactersDoNotHideABannedPhrase) {
    const std::string draft = "Hi Sam, per\u200b our\u200d policy we cannot refund the fee. ^JD";
    const CheckResult r = check_draft(draft);
    ASSERT_TRUE(r.ok()) << r.error;
    const auto it = std::find_if(r.findings.begin(), r.findings.end(),
                                 [](const Finding& f) { return f.rule == "brand.banned_phrase"; });
    ASSERT_NE(it, r.findings.end());
    EXPECT_EQ(it->start, draft.find("per"));
    EXPECT_EQ(draft.substr(it->start, it->end - it->start), "per\u200b our\u200d policy");
}

}  // namespace
}  // namespace replycheck
