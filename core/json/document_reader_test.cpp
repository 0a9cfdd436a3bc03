#include "json/document_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "json/json_tree.h"

namespace replycheck {
namespace {

// Line and column by the definition: lines after each '\n', columns in code points.
json::Location naive_locate(std::string_view text, std::size_t offset) {
    json::Location at;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

// locate() counts on from its last answer; in any order of calls it must give the same answers.
TEST(LineMap, AnyOrderOfOffsetsGivesTheSameLocations) {
    const std::string text = "{\"a\": \"zoë\",\n  \"b\": [1, 2, \"日本\"],\n\n\"c\": 3}";
    const json::LineMap map(text);
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i <= text.size(); ++i) offsets.push_back(i);
    for (std::size_t i = text.size() + 1; i-- > 0;) offsets.push_back(i);
    for (std::size_t i = 0; i <= text.size(); i += 3) offsets.push_back((i * 7) % (text.size() + 1));
    for (std::size_t offset : offsets) {
        const json::Location want = naive_locate(text, offset);
        const json::Location got = map.locate(offset);
        EXPECT_EQ(got.line, want.line) << "offset " << offset;
        EXPECT_EQ(got.column, want.column) << "offset " << offset;
    }
}

TEST(DocumentReader, ReportsTheFirstHundredIssuesThenHowManyMore) {
    std::string text = "[";
    for (int i = 0; i < 250; ++i) text += "1,";
    text += "1]";
    std::vector<DocumentIssue> issues;
    DocumentReader r(text, issues);
    const auto parsed = r.parse(text, 1 << 20, "test");
    ASSERT_TRUE(parsed);
    for (const json::Value& item : parsed->value->items) r.warning(item.offset, "$", "a warning");
    for (const json::Value& item : parsed->value->items) r.error(item.offset, "$", "an error");
    ASSERT_EQ(issues.size(), DocumentReader::kMaxIssues + 1);
    EXPECT_EQ(issues[99].to_string(), "1:200 $: warning: a warning");
    EXPECT_EQ(issues.back().to_string(), "$: and 402 more issues not shown");
    EXPECT_FALSE(issues.back().warning);  // errors were among those not shown
    EXPECT_TRUE(r.failed());
    EXPECT_TRUE(has_error(issues));
}

TEST(DocumentReader, HiddenWarningsAloneStayAWarning) {
    const std::string text = "[0]";
    std::vector<DocumentIssue> issues;
    DocumentReader r(text, issues);
    for (int i = 0; i < 101; ++i) r.warning(1, "$", "w");
    ASSERT_EQ(issues.size(), 101u);
    EXPECT_TRUE(issues.back().warning);
    EXPECT_EQ(issues.back().message, "and 1 more issue not shown");
    EXPECT_FALSE(has_error(issues));
}

}  // namespace
}  // namespace replycheck
