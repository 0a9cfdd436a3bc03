#include "checks/check_fixture.h"

#include "channel/channels.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& channel = "x") {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.request.channel = channel;
    fx.channel = *default_channel(channel);
    return fx.run(checks::channel_too_long);
}

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

TEST(ChannelTooLong, XCountsEmojiAsTwoAndMarksFromTheFirstThatDoesNotFit) {
    const std::string fits = std::string(270, 'a') + repeat("🙂", 5);  // 270 + 5 * 2 = 280
    EXPECT_TRUE(run(fits).empty());
    const std::string over = fits + "🙂";                               // 282
    const Findings f = run(over);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 290u);  // 270 bytes of text, then five four-byte emoji
    EXPECT_EQ(f[0].end, 294u);
    EXPECT_EQ(f[0].severity, Severity::error);
    EXPECT_NE(f[0].message.find("282 characters; X allows 280"), std::string::npos);
}

TEST(ChannelTooLong, XCountsEveryLinkAsTwentyThree) {
    // 295 characters, but the 75-character link weighs 23: 219 + 1 + 23 = 243.
    const std::string draft = std::string(219, 'a') + " https://skyway.com/rebook?ref=" + std::string(45, 'x');
    ASSERT_EQ(draft.size(), 295u);
    EXPECT_TRUE(run(draft).empty());
    // 257 letters and a link weigh 257 + 1 + 23 = 281: the link is what does not fit.
    const std::string over = std::string(257, 'a') + " https://skyway.com/a";
    const Findings f = run(over);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 258u);
    EXPECT_EQ(f[0].end, over.size());
}

TEST(ChannelTooLong, XCountsCjkAsTwo) {
    EXPECT_TRUE(run(repeat("航", 140)).empty());
    const Findings f = run(repeat("航", 141));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 420u);
    // Hebrew is in the light range: 280 letters fit.
    EXPECT_TRUE(run(repeat("ש", 280)).empty());
    EXPECT_EQ(run(repeat("ש", 281)).size(), 1u);
}

TEST(ChannelTooLong, OtherChannelsUseTheirOwnLimitAndUnit) {
    // Threads: 500 UTF-16 units, so an emoji counts two there too but a link counts in full.
    const std::string threads = std::string(498, 'a') + "🙂";
    EXPECT_TRUE(run(threads, "threads").empty());
    const Findings f = run(std::string(499, 'a') + "🙂", "threads");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 499u);
    EXPECT_NE(f[0].message.find("Threads allows 500"), std::string::npos);
    // 300 characters are far too long for X but fine on Facebook.
    const std::string long_reply = std::string(300, 'a');
    EXPECT_EQ(run(long_reply).size(), 1u);
    EXPECT_TRUE(run(long_reply, "facebook").empty());
    // Threads counts every character of a link: 460 + 1 + 49 = 510.
    const std::string link_heavy = std::string(460, 'a') + " https://skyway.com/" + std::string(30, 'x');
    const Findings g = run(link_heavy, "threads");
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].start, 500u);
}

}  // namespace
}  // namespace replycheck

namespace replycheck {
namespace {

TEST(ChannelTooLong, PublicXRepliesGetANumberedThreadThatFits) {
    testing::CheckFixture fx;
    std::string draft = "Hi Ravi, I'm sorry your flight was delayed.";
    for (int i = 0; draft.size() < 400; ++i) draft += " Sentence " + std::to_string(i) + " explains the next step clearly.";
    fx.request.draft = draft;
    fx.request.customer_handle = "@ravi";
    const Findings f = fx.run(checks::channel_too_long);
    ASSERT_EQ(f.size(), 1u);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    const Suggestion& split = f[0].suggestions[0];
    EXPECT_EQ(split.start, 0u);
    EXPECT_EQ(split.end, draft.size());
    EXPECT_FALSE(split.safe);
    // Every part fits X, carries the mention and its number.
    std::vector<std::string> parts;
    for (std::size_t from = 0;;) {
        const std::size_t gap = split.text.find("\n\n", from);
        parts.push_back(split.text.substr(from, gap - from));
        if (gap == std::string::npos) break;
        from = gap + 2;
    }
    ASSERT_GE(parts.size(), 2u);
    EXPECT_EQ(split.label, "Split into a thread of " + std::to_string(parts.size()) + " posts");
    for (std::size_t k = 0; k < parts.size(); ++k) {
        EXPECT_TRUE(measure_length(parts[k], fx.channel).fits) << parts[k];
        EXPECT_EQ(parts[k].rfind("@ravi ", 0), 0u) << parts[k];
        EXPECT_NE(parts[k].find(std::to_string(k + 1) + "/" + std::to_string(parts.size())), std::string::npos);
    }
}

TEST(ChannelTooLong, PrivateAndNonThreadChannelsGetNoSplit) {
    testing::CheckFixture fx;
    fx.request.draft = std::string(300, 'a');
    fx.visibility = Visibility::private_reply;
    const Findings private_reply = fx.run(checks::channel_too_long);
    ASSERT_EQ(private_reply.size(), 1u);
    EXPECT_TRUE(private_reply[0].suggestions.empty());

    fx.visibility.reset();
    fx.channel = *default_channel("linkedin");
    fx.request.draft = std::string(1300, 'a');
    const Findings linkedin = fx.run(checks::channel_too_long);
    ASSERT_EQ(linkedin.size(), 1u);
    EXPECT_TRUE(linkedin[0].suggestions.empty());
}

}  // namespace
}  // namespace replycheck
