#include "text/utf8.h"

#include <gtest/gtest.h>

namespace replycheck {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
    EXPECT_FALSE(find_utf8_error(""));
    EXPECT_FALSE(find_utf8_error("plain ascii"));
    EXPECT_FALSE(find_utf8_error("café ñ 😀 中文 שלום"));
    EXPECT_FALSE(find_utf8_error("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST(Utf8, ReportsOffsetOfFirstBadByte) {
    auto e = find_utf8_error("ok \xFF rest");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->offset, 3u);
    EXPECT_NE(e->message.find("0xFF"), std::string::npos);
}

TEST(Utf8, RejectsOverlongSurrogateAndOutOfRange) {
    EXPECT_TRUE(find_utf8_error("\xC0\xAF"));          // overlong '/'
    EXPECT_TRUE(find_utf8_error("\xE0\x80\xAF"));      // overlong 3-byte
    EXPECT_TRUE(find_utf8_error("\xED\xA0\x80"));      // U+D800 surrogate
    EXPECT_TRUE(find_utf8_error("\xF4\x90\x80\x80"));  // above U+10FFFF
    auto cut = find_utf8_error("ab\xE2\x82");          // truncated €
    ASSERT_TRUE(cut);
    EXPECT_EQ(cut->offset, 2u);
}

TEST(Utf8, Utf16OffsetsCountSurrogatePairs) {
    const std::string text = "a😀é中b";  // 1 + 4 + 2 + 3 + 1 bytes; 1 + 2 + 1 + 1 + 1 units
    EXPECT_EQ(utf16_length(text, 0), 0u);
    EXPECT_EQ(utf16_length(text, 1), 1u);
    EXPECT_EQ(utf16_length(text, 5), 3u);
    EXPECT_EQ(utf16_length(text, text.size()), 6u);
    Utf16OffsetMap map(text);
    for (std::size_t b : {0u, 1u, 5u, 7u, 10u, 11u}) {
        EXPECT_EQ(map.to_utf16(b), utf16_length(text, b)) << "byte " << b;
        EXPECT_EQ(map.to_utf8(map.to_utf16(b)), b) << "byte " << b;
    }
}

TEST(Utf8, ToUtf16MakesSurrogatePairs) {
    EXPECT_EQ(to_utf16("aé😀"), (std::u16string{u'a', u'\u00e9', 0xD83D, 0xDE00}));
    EXPECT_EQ(to_utf16(""), u"");
}

TEST(Utf8, AppendRoundTripsThroughDecoder) {
    std::string s;
    for (char32_t cp : {U'A', U'é', U'€', U'😀'}) append_utf8(s, cp);
    EXPECT_EQ(s, "Aé€😀");
    std::size_t i = 0;
    EXPECT_EQ(next_code_point(s, i), U'A');
    EXPECT_EQ(next_code_point(s, i), U'é');
    EXPECT_EQ(next_code_point(s, i), U'€');
    EXPECT_EQ(next_code_point(s, i), U'😀');
    EXPECT_EQ(i, s.size());
}

}  // namespace
}  // namespace replycheck
