#include <gtest/gtest.h>

#include "json/record_id.h"
#include "json/request_fields.h"

namespace replycheck {
namespace {

struct Read {
    CheckRequest request;
    std::vector<DocumentIssue> issues;
    std::vector<std::string> other_keys;
};

Read read(std::string_view text, RequestFieldLimits limits = {}) {
    Read out;
    DocumentReader r(text, out.issues);
    const auto parsed = r.parse(text, 1 << 20, "test");
    if (!parsed) return out;
    for (const json::Member& m : parsed->value->members)
        if (!read_request_field(r, m, json::path_key("$", m.key), out.request, limits)) out.other_keys.push_back(m.key);
    return out;
}

TEST(RequestFields, ReadsEveryFieldAndLeavesOthers) {
    const Read r = read(R"({"draft": "Hi", "customer_post": "Late", "customer_name": "Zoë", "customer_handle": "@zoe",
        "channel": "x_dm", "visibility": "private", "agent_name": "Ana", "agent_initials": "AB", "note": "n"})");
    ASSERT_TRUE(r.issues.empty()) << r.issues[0].to_string();
    EXPECT_EQ(r.request.draft, "Hi");
    EXPECT_EQ(r.request.customer_post, "Late");
    EXPECT_EQ(r.request.customer_name, "Zoë");
    EXPECT_EQ(r.request.customer_handle, "@zoe");
    EXPECT_EQ(r.request.channel, "x_dm");
    EXPECT_EQ(r.request.visibility, Visibility::private_reply);
    EXPECT_EQ(r.request.agent_name, "Ana");
    EXPECT_EQ(r.request.agent_initials, "AB");
    EXPECT_EQ(r.other_keys, std::vector<std::string>{"note"});
}

TEST(RequestFields, ReportsBadValuesWhereTheyAre) {
    const Read r = read("{\"draft\": \"x\",\n \"visibility\": \"secret\", \"agent_initials\": \"ABCDEFGHIJKLMNOPQ\"}");
    ASSERT_EQ(r.issues.size(), 2u);
    EXPECT_EQ(r.issues[0].to_string(), "2:16 $.visibility: expected one of public, private");
    EXPECT_EQ(r.issues[1].to_string(), "2:44 $.agent_initials: longer than 16 bytes");
    EXPECT_FALSE(read(R"({"draft": "  "})").issues.empty());
}

TEST(RequestFields, BatchRequestsLeaveValuesToTheEngine) {
    RequestFieldLimits batch;
    batch.engine_judges_values = true;
    const std::string long_name(300, 'a');
    const Read r = read(R"({"draft": " ", "customer_name": ")" + long_name + R"(", "channel": null})", batch);
    EXPECT_TRUE(r.issues.empty());
    EXPECT_EQ(r.request.draft, " ");
    EXPECT_EQ(r.request.customer_name, long_name);
    EXPECT_EQ(r.request.channel, "x");
}

TEST(RecordId, EchoesScalarsAndRefusesNesting) {
    auto id_of = [](std::string_view text, std::string& id) {
        std::vector<DocumentIssue> issues;
        DocumentReader r(text, issues);
        const auto parsed = r.parse(text, 1 << 20, "test");
        return parsed && read_record_id(r, *parsed->value, id);
    };
    std::string id;
    EXPECT_TRUE(id_of(R"({"id": "a\"b"})", id));
    EXPECT_EQ(id, R"("a\"b")");
    EXPECT_TRUE(id_of(R"({"id": 1245425308704149506})", id));
    EXPECT_EQ(id.substr(0, 4), "1.24");  // beyond 2^53 a number is no longer exact
    EXPECT_TRUE(id_of(R"({"id": 42})", id));
    EXPECT_EQ(id, "42");
    EXPECT_TRUE(id_of(R"({})", id));
    EXPECT_EQ(id, "null");
    EXPECT_FALSE(id_of(R"({"id": [[1]]})", id));
}

}  // namespace
}  // namespace replycheck
