// URL extraction details of the X count. Expected punycode lengths are what Node's punycode
// module (the one twitter-text calls) returns: toASCII("münchen") is "xn--mnchen-3ya".
#include "channel/x_url.h"

#include <gtest/gtest.h>

#include <string>

namespace replycheck {
namespace {

using x_url::extract_urls;
using x_url::punycode_ascii_length;

TEST(XLengthUrl, PunycodeLengthsMatchNode) {
    EXPECT_EQ(punycode_ascii_length(u"example"), 7);
    EXPECT_EQ(punycode_ascii_length(u"münchen"), 14);     // xn--mnchen-3ya
    EXPECT_EQ(punycode_ascii_length(u"\U0001F600"), 8);   // xn--e28h
    EXPECT_EQ(punycode_ascii_length(u"a\u3002b"), 3);     // ideographic full stop separates labels
    EXPECT_EQ(punycode_ascii_length(u"\u3002"), 1);
    EXPECT_EQ(punycode_ascii_length(u"a\x7F"), 2);        // DEL is ASCII to punycode 2
}

TEST(XLengthUrl, EntitiesAreUtf16Spans) {
    const std::u16string text = u"Hi 😀 see https://example.com/a and acme.io.";
    const auto urls = extract_urls(text);
    ASSERT_EQ(urls.size(), 2u);
    EXPECT_EQ(text.substr(urls[0].start, urls[0].length), u"https://example.com/a");
    EXPECT_EQ(text.substr(urls[1].start, urls[1].length), u"acme.io");
}

TEST(XLengthUrl, LabelsLongerThan63AreNotDomains) {
    const std::u16string ok = u"https://" + std::u16string(63, u'a') + u".com";
    const std::u16string too_long = u"https://" + std::u16string(64, u'a') + u".com";
    EXPECT_EQ(extract_urls(ok).size(), 1u);
    EXPECT_TRUE(extract_urls(too_long).empty());
}

TEST(XLengthUrl, TcoLinksStopAtTheSlug) {
    const std::u16string text = u"https://t.co/abc123/extra";
    const auto urls = extract_urls(text);
    ASSERT_EQ(urls.size(), 1u);
    EXPECT_EQ(urls[0].length, std::u16string(u"https://t.co/abc123").size());
    EXPECT_TRUE(extract_urls(u"https://t.co/" + std::u16string(41, u'a')).empty());  // slug over 40
}

TEST(XLengthUrl, ParenthesesInPathsMustBalance) {
    const std::u16string text = u"(see https://en.wikipedia.org/wiki/Foo_(bar))";
    const auto urls = extract_urls(text);
    ASSERT_EQ(urls.size(), 1u);
    EXPECT_EQ(text.substr(urls[0].start, urls[0].length), u"https://en.wikipedia.org/wiki/Foo_(bar)");
}

TEST(XLengthUrl, LongDottedRunsStayExactAndPathologicalOnesStayBounded) {
    std::u16string dotted;
    for (int i = 0; i < 200; ++i) dotted += u"a.";
    const auto urls = extract_urls(dotted + u" https://example.com");
    ASSERT_EQ(urls.size(), 1u);  // "a" is no TLD, so only the real URL counts
    EXPECT_EQ(urls[0].start, dotted.size() + 1);

    // 10,000 labels make twitter-text backtrack for about half a second; here the work budget
    // ends the search instead of the stack.
    std::u16string huge;
    for (int i = 0; i < 10000; ++i) huge += u"a.";
    EXPECT_TRUE(extract_urls(huge).empty());
}

}  // namespace
}  // namespace replycheck
