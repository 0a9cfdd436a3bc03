#include "channel/channels.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "channel/x_length.h"
#include "text/utf8.h"

namespace replycheck {
namespace {

TEST(ChannelTable, HasEveryChannelOnce) {
    std::set<std::string> ids;
    for (const auto& c : default_channels()) {
        EXPECT_TRUE(ids.insert(c.id).second) << c.id;
        EXPECT_FALSE(c.display_name.empty()) << c.id;
        EXPECT_GT(c.limit, 0u) << c.id;
        EXPECT_EQ(default_channel(c.id), &c);
    }
    EXPECT_EQ(ids, (std::set<std::string>{"x", "x_dm", "facebook", "facebook_dm", "instagram", "instagram_dm",
                                          "linkedin", "threads"}));
    EXPECT_EQ(default_channel("myspace"), nullptr);
    EXPECT_EQ(default_channel(""), nullptr);
}

TEST(ChannelTable, LimitsAndCounting) {
    EXPECT_EQ(default_channel("x")->limit, 280u);
    EXPECT_EQ(default_channel("x")->counting, LengthCounting::x_weighted);
    EXPECT_EQ(default_channel("x_dm")->limit, 10000u);
    EXPECT_EQ(default_channel("threads")->limit, 500u);
    EXPECT_EQ(default_channel("instagram")->limit, 2200u);
    EXPECT_EQ(default_channel("facebook")->limit, 8000u);
    EXPECT_EQ(default_channel("linkedin")->limit, 1250u);
}

TEST(ChannelTable, DirectMessagesArePrivateByDefault) {
    for (const auto& c : default_channels()) {
        const bool dm = c.id.size() > 3 && c.id.compare(c.id.size() - 3, 3, "_dm") == 0;
        EXPECT_EQ(c.default_visibility, dm ? Visibility::private_reply : Visibility::public_reply) << c.id;
    }
    EXPECT_TRUE(default_channel("x")->mention_on_every_part);
}

TEST(ChannelMeasure, XUsesTheWeightedCount) {
    const std::string text = "Thanks! 😀 See https://example.com/help for more, 你好";
    const LengthReport r = measure_length(text, *default_channel("x"));
    EXPECT_EQ(r.count, x_weighted_length(text).weighted);
    EXPECT_EQ(r.limit, 280u);
    EXPECT_TRUE(r.fits);
    EXPECT_EQ(r.overflow_utf8, text.size());
    EXPECT_EQ(r.overflow_utf16, utf16_length(text, text.size()));
}

TEST(ChannelMeasure, Utf16CountsSurrogatePairsAsTwo) {
    ChannelSpec spec = *default_channel("facebook");
    std::string text;
    for (int i = 0; i < 4001; ++i) text += "😀";
    const LengthReport r = measure_length(text, spec);
    EXPECT_EQ(r.count, 8002u);
    EXPECT_FALSE(r.fits);
    // 4000 emoji fill the 8000 units; the 4001st starts the overflow.
    EXPECT_EQ(r.overflow_utf16, 8000u);
    EXPECT_EQ(r.overflow_utf8, 16000u);
}

TEST(ChannelMeasure, Utf16NeverSplitsAPair) {
    ChannelSpec spec;
    spec.limit = 3;
    spec.counting = LengthCounting::utf16;
    const LengthReport r = measure_length("ab😀", spec);  // 4 units; the pair straddles the limit
    EXPECT_EQ(r.count, 4u);
    EXPECT_FALSE(r.fits);
    EXPECT_EQ(r.overflow_utf8, 2u);
    EXPECT_EQ(r.overflow_utf16, 2u);
}

TEST(ChannelMeasure, GraphemesCountUserPerceivedCharacters) {
    ChannelSpec spec;
    spec.limit = 3;
    spec.counting = LengthCounting::graphemes;
    const std::string text = "👍🏽ab c";  // 👍🏽 is one grapheme of 8 bytes
    const LengthReport r = measure_length(text, spec);
    EXPECT_EQ(r.count, 5u);
    EXPECT_FALSE(r.fits);
    EXPECT_EQ(r.overflow_utf8, 10u);   // the space
    EXPECT_EQ(r.overflow_utf16, 6u);
    spec.limit = 5;
    EXPECT_TRUE(measure_length(text, spec).fits);
}

TEST(ChannelMeasure, PackOverridesAreHonoured) {
    ChannelSpec premium = *default_channel("x");
    premium.limit = 25000;
    const std::string text(1000, 'a');
    EXPECT_FALSE(measure_length(text, *default_channel("x")).fits);
    const LengthReport r = measure_length(text, premium);
    EXPECT_TRUE(r.fits);
    EXPECT_EQ(r.limit, 25000u);
}

TEST(CountsOnePerByte, PlainAsciiOnlyForEachCounting) {
    constexpr auto x = LengthCounting::x_weighted;
    constexpr auto utf16 = LengthCounting::utf16;
    constexpr auto graphemes = LengthCounting::graphemes;
    const std::string plain = "Hi Sam, sorry about that. We're on it now: DM us 1/2 #help *";
    for (auto c : {x, utf16, graphemes}) EXPECT_TRUE(counts_one_per_byte(plain, c));
    for (auto c : {x, utf16, graphemes}) EXPECT_FALSE(counts_one_per_byte("caf\u00e9", c));
    EXPECT_FALSE(counts_one_per_byte("see example.com/help", x));  // a URL weighs 23 on X
    EXPECT_TRUE(counts_one_per_byte("see example.com/help", utf16));
    EXPECT_FALSE(counts_one_per_byte("line\r\nbreak", graphemes));  // CR LF is one grapheme
    EXPECT_TRUE(counts_one_per_byte("line\r\nbreak", x));
}

// What thread splitting relies on: for text it accepts, the count is the size, and stays so for
// its pieces and for pieces joined with spaces.
TEST(CountsOnePerByte, HoldsForPiecesAndJoins) {
    const std::string alphabet = "ab.cE1 ,@#*/:\r\n-_?!";
    std::uint32_t state = 12345;
    auto next = [&state](std::uint32_t bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % bound;
    };
    std::size_t accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::size_t size = 1 + next(40);
        for (std::size_t i = 0; i < size; ++i) text += alphabet[next(static_cast<std::uint32_t>(alphabet.size()))];
        for (const auto& spec : default_channels()) {
            ChannelSpec roomy = spec;
            roomy.limit = 1000;
            if (!counts_one_per_byte(text, spec.counting)) continue;
            ++accepted;
            EXPECT_EQ(measure_length(text, roomy).count, text.size()) << spec.id << " '" << text << "'";
            const std::size_t a = next(static_cast<std::uint32_t>(size)), b = a + next(static_cast<std::uint32_t>(size - a + 1));
            const std::string joined = "@acme " + text.substr(a, b - a) + " " + text.substr(0, a) + " 3/12";
            EXPECT_EQ(measure_length(joined, roomy).count, joined.size()) << spec.id << " '" << joined << "'";
        }
    }
    EXPECT_GT(accepted, 3000u);  // the alphabet must not make every text fail the test
}

}  // namespace
}  // namespace replycheck
