#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& policy, int max_emoji = 2) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.pack.voice.emoji = policy;
    fx.pack.voice.max_emoji = max_emoji;
    return fx.run(checks::brand_emoji);
}

TEST(BrandEmoji, NonePolicyFlagsEveryEmojiAndRemovesItWithItsSpace) {
    const std::string draft = "All fixed 👍 Enjoy ✈️";
    const Findings f = run(draft, "none");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 10u);
    EXPECT_EQ(f[0].end, 14u);
    EXPECT_EQ(f[1].start, 21u);
    EXPECT_EQ(f[1].end, 27u);  // U+2708 U+FE0F
    EXPECT_EQ(f[0].suggestions[0].start, 9u);
    EXPECT_EQ(f[0].suggestions[0].text, "");
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "All fixed Enjoy ✈️");
    EXPECT_EQ(testing::apply(draft, f[1].suggestions[0]), "All fixed 👍 Enjoy");
    EXPECT_EQ(f[0].severity, Severity::suggestion);
}

TEST(BrandEmoji, SequencesCountAsOneEmoji) {
    // Skin tone, family ZWJ sequence, flag and keycap: four emoji, not eleven code points.
    const std::string draft = "Thanks 👍🏽👨‍👩‍👧🇬🇧1️⃣";
    const Findings f = run(draft, "limit", 3);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, draft.size() - 7);
    EXPECT_EQ(f[0].end, draft.size());
    EXPECT_NE(f[0].message.find("at most 3"), std::string::npos);
}

TEST(BrandEmoji, LimitPolicyFlagsOnlyTheOnesOverTheLimit) {
    const std::string draft = "Welcome aboard 😊 Zoé 🎉 see you 🙂";
    const Findings f = run(draft, "limit", 2);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 38u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Welcome aboard 😊 Zoé 🎉 see you");
    EXPECT_TRUE(run(draft, "limit", 3).empty());
}

TEST(BrandEmoji, AllowPolicyAndTextSymbolsPass) {
    EXPECT_TRUE(run("🎉🎉🎉🎉", "allow").empty());
    // Trademark and copyright signs, digits and emoticons are text, not emoji.
    EXPECT_TRUE(run("SkyWay™ © 2024, gate 1 :) 東京 שלום", "none").empty());
}

}  // namespace
}  // namespace replycheck
