// The X weighted count. Expected values follow from twitter-text's v3 rules: weight 1 for code
// points in U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F, U+2032-U+2037, 2 otherwise; 2 per emoji
// sequence twemoji-parser 11 knows; 23 per URL; NFC first. tests/differential checks the same
// function against parseTweet itself on thousands of strings.
#include "channel/x_length.h"

#include <gtest/gtest.h>

#include <string>

namespace replycheck {
namespace {

std::uint32_t weight(const std::string& s) { return x_weighted_length(s).weighted; }

TEST(XLength, AsciiCountsOnePerCharacter) {
    EXPECT_EQ(weight("hello"), 5u);
    EXPECT_EQ(weight("Hi @acme, order #123 ships today!"), 33u);
    EXPECT_TRUE(x_weighted_length(std::string(280, 'a')).valid);
    EXPECT_FALSE(x_weighted_length(std::string(281, 'a')).valid);
}

TEST(XLength, EmptyTextIsNotAValidPost) {
    const XLength r = x_weighted_length("");
    EXPECT_EQ(r.weighted, 0u);
    EXPECT_FALSE(r.valid);
}

TEST(XLength, LatinAccentsAreLightCjkAndHangulAreHeavy) {
    EXPECT_EQ(weight("café naïve"), 10u);       // all below U+1100
    EXPECT_EQ(weight("Москва"), 6u);            // Cyrillic, below U+1100
    EXPECT_EQ(weight("你好"), 4u);
    EXPECT_EQ(weight("日本語です"), 10u);
    EXPECT_EQ(weight("한국어"), 6u);
    EXPECT_EQ(weight("\u10FF\u1100"), 1u + 2u);  // the edge of the first light range
}

TEST(XLength, PunctuationRangesFollowTheConfig) {
    EXPECT_EQ(weight("\u2013\u2014\u201C\u201D"), 4u);  // dashes and quotes: U+2010-U+201F
    EXPECT_EQ(weight("\u2020\u2026"), 4u);              // dagger, ellipsis: outside every range
    EXPECT_EQ(weight("\u2032\u2037\u2038"), 1u + 1u + 2u);
    EXPECT_EQ(weight("\u20AC"), 2u);                    // euro sign
}

TEST(XLength, DirectionalMarksWeighAsTheirRangeSays) {
    EXPECT_EQ(weight("\u200Babc"), 4u);        // zero width space, U+200B: light
    EXPECT_EQ(weight("\u200Eabc"), 5u);        // LRM U+200E sits between the light ranges
    EXPECT_EQ(weight("\u200Fabc"), 5u);        // RLM
    EXPECT_EQ(weight("\u202Babc\u202C"), 7u);  // RLE ... PDF
    EXPECT_EQ(weight("\u2067abc\u2069"), 7u);  // RLI ... PDI
}

TEST(XLength, EachEmojiSequenceWeighsTwo) {
    EXPECT_EQ(weight("😀"), 2u);
    EXPECT_EQ(weight("👍🏽"), 2u);                    // skin tone modifier
    EXPECT_EQ(weight("👨‍👩‍👧‍👦"), 2u);                  // ZWJ family
    EXPECT_EQ(weight("👩‍❤️‍👨"), 2u);                    // ZWJ with VS16 inside
    EXPECT_EQ(weight("🏳️‍🌈"), 2u);                    // rainbow flag
    EXPECT_EQ(weight("🇯🇵🇫🇷"), 4u);                   // two flags
    EXPECT_EQ(weight("#️⃣"), 2u);                     // keycap with VS16
    EXPECT_EQ(weight("1⃣"), 2u);                      // keycap without it
    EXPECT_EQ(weight("❤️"), 2u);                      // VS16 belongs to the emoji
    EXPECT_EQ(weight("\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"), 2u);  // England
}

TEST(XLength, SequencesUnknownToTwemoji11CountPerCodePoint) {
    // parseTweet's emoji list stops at Emoji 11: later sequences fall apart into their parts.
    EXPECT_EQ(weight("🧑‍💻"), 2u + 1u + 2u);           // Emoji 12.1 technologist: ZWJ is light
    EXPECT_EQ(weight("🇦🇦"), 4u);                      // not a country: two regional indicators
    EXPECT_EQ(weight("❤︎"), 4u);                       // text presentation (U+FE0E) is not emoji
    EXPECT_EQ(weight("©"), 1u);                       // text-default, below U+1100
    EXPECT_EQ(weight("©️"), 2u);                       // with VS16 it is an emoji
}

TEST(XLength, UrlsWeigh23WhateverTheirLength) {
    EXPECT_EQ(weight("https://example.com"), 23u);
    EXPECT_EQ(weight("https://example.com/orders/12345/status?lang=en&ref=support-team-reply"), 23u);
    EXPECT_EQ(weight("example.com"), 23u);
    EXPECT_EQ(weight("see www.acme.co.uk/help now"), 4u + 23u + 4u);
    EXPECT_EQ(weight("http://a.io http://b.io"), 23u + 1u + 23u);
    EXPECT_EQ(weight("https://example.com/" + std::string(400, 'x')), 23u);
}

TEST(XLength, OnlyKnownTldsMakeUrls) {
    EXPECT_EQ(weight("example.invalidtld"), 18u);  // plain text
    EXPECT_EQ(weight("http://example.zz"), 17u);
    EXPECT_EQ(weight("EXAMPLE.COM"), 23u);         // TLDs match case-insensitively
    EXPECT_EQ(weight("example.comx"), 12u);        // a TLD must end at a non-alphanumeric
    EXPECT_EQ(weight("пример.рф"), 9u);            // no scheme: only ASCII domains count
    EXPECT_EQ(weight("https://пример.рф"), 23u);   // with a scheme, IDNs do
}

TEST(XLength, UrlNeedsAValidPrecedingCharacter) {
    EXPECT_EQ(weight("@example.com"), 12u);  // a mention, not a URL
    EXPECT_EQ(weight("$example.com"), 12u);
    EXPECT_EQ(weight("-example.com"), 12u);   // '-', '_', '.', '/' before a scheme-less domain
    EXPECT_EQ(weight("x _example.com"), 14u);
    EXPECT_EQ(weight("a-example.com"), 23u);  // here the '-' is inside the domain
    EXPECT_EQ(weight("(example.com)"), 25u);
}

TEST(XLength, TextIsNormalisedToNfcFirst) {
    EXPECT_EQ(weight("cafe\u0301"), weight("caf\u00E9"));
    EXPECT_EQ(weight("cafe\u0301"), 4u);
    // Conjoining jamo weigh 2 each, but NFC composes them into one syllable.
    EXPECT_EQ(weight("\u1112\u1161\u11AB"), 2u);
}

TEST(XLength, InvalidCharactersMakeThePostInvalid) {
    const XLength r = x_weighted_length("hello\uFEFF");
    EXPECT_EQ(r.weighted, 7u);
    EXPECT_FALSE(r.valid);
    EXPECT_FALSE(x_weighted_length("\uFFFE").valid);
}

TEST(XLength, OverflowIsWhereTheFirstUnitOverTheLimitStarts) {
    const std::string fits = std::string(279, 'a') + "é";  // 280 exactly
    XLength r = x_weighted_length(fits);
    EXPECT_TRUE(r.valid);
    EXPECT_EQ(r.overflow_utf8, fits.size());
    EXPECT_EQ(r.overflow_utf16, 280u);

    r = x_weighted_length(fits + "😀b");
    EXPECT_EQ(r.weighted, 283u);
    EXPECT_EQ(r.overflow_utf8, 281u);   // 279 + two bytes of é
    EXPECT_EQ(r.overflow_utf16, 280u);  // the emoji's first unit
}

TEST(XLength, OverflowMapsBackThroughNormalisation) {
    // NFD input: 279 'a', then e + combining acute (one weighted character after NFC), then 'b'.
    const XLength r = x_weighted_length(std::string(279, 'a') + "e\u0301b");
    EXPECT_EQ(r.weighted, 281u);
    EXPECT_EQ(r.overflow_utf8, 279u + 1u + 2u);  // 'b' in the original bytes
    EXPECT_EQ(r.overflow_utf16, 281u);
}

TEST(XLength, OverflowInsideAUrlShadesTheWholeUrl) {
    const std::string text = std::string(270, 'a') + " https://example.com/page";
    const XLength r = x_weighted_length(text);
    EXPECT_EQ(r.weighted, 270u + 1u + 23u);
    EXPECT_EQ(r.overflow_utf8, 271u);
    EXPECT_EQ(r.overflow_utf16, 271u);
}

TEST(XLength, CustomLimitForLongPosts) {
    const std::string text(1000, 'a');
    EXPECT_FALSE(x_weighted_length(text).valid);
    EXPECT_TRUE(x_weighted_length(text, 25000).valid);
    EXPECT_EQ(x_weighted_length(text, 999).overflow_utf8, 999u);
}

}  // namespace
}  // namespace replycheck
