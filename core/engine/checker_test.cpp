#include "engine/checker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "engine/json_io.h"
#include "engine/score.h"
#include "engine/templates.h"
#include "pack/pack_registry.h"

namespace replycheck {
namespace {

std::shared_ptr<const CompiledPack> brand_pack(const char* rules_json) {
    PackRegistry registry;
    const std::string json = std::string(R"({"id": "brand", "extends": "social-care",
        "banned_phrases": ["rules are rules"], "rules": )") + rules_json + "}";
    const auto r = registry.load(json);
    EXPECT_TRUE(r.ok()) << r.report();
    return registry.find("brand");
}

CheckRequest request(std::string draft) {
    CheckRequest r;
    r.draft = std::move(draft);
    r.customer_name = "Sam";
    r.agent_initials = "JD";
    return r;
}

std::size_t count_rule(const CheckResult& r, std::string_view rule) {
    return static_cast<std::size_t>(
        std::count_if(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

TEST(Checker, RejectsBadInputWithAReason) {
    const auto pack = builtin_pack();
    ASSERT_NE(pack, nullptr);
    auto r = check(request("Hi Sam, \xC3\x28 oops"), *pack);
    EXPECT_EQ(r.error_code, "invalid_utf8");
    EXPECT_NE(r.error.find("draft is not valid UTF-8 at byte 8"), std::string::npos) << r.error;

    r = check(request(" \n\t "), *pack);
    EXPECT_EQ(r.error_code, "empty_draft");

    r = check(request(std::string(EngineLimits::max_draft_bytes + 1, 'a')), *pack);
    EXPECT_EQ(r.error_code, "too_long");
    EXPECT_NE(r.error.find("the limit is 20000 bytes"), std::string::npos) << r.error;

    auto bad_post = request("Hi Sam");
    bad_post.customer_post = "fine \xED\xA0\x80";  // an encoded surrogate
    EXPECT_EQ(check(bad_post, *pack).error_code, "invalid_utf8");

    auto bad_channel = request("Hi Sam");
    bad_channel.channel = "myspace";
    EXPECT_EQ(check(bad_channel, *pack).error_code, "unknown_channel");
}

TEST(Checker, HostileDraftsFinishQuickly) {
    const auto pack = builtin_pack();
    std::string draft;
    while (draft.size() + 8 < EngineLimits::max_draft_bytes) draft += "sorry!! ";
    const auto r = check(request(draft), *pack);
    EXPECT_TRUE(r.ok()) << r.error;
    std::string emoji;
    while (emoji.size() + 4 < EngineLimits::max_draft_bytes) emoji += "\xF0\x9F\x98\x80";
    EXPECT_TRUE(check(request(emoji), *pack).ok());
}

TEST(Checker, PackSeverityOverridesAndOffApply) {
    const auto as_error = brand_pack(R"({"brand.banned_phrase": {"severity": "error"}})");
    const auto r = check(request("Hi Sam, rules are rules. We'll look into it today. ^JD"), *as_error);
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(count_rule(r, "brand.banned_phrase"), 1u);
    for (const Finding& f : r.findings)
        if (f.rule == "brand.banned_phrase") EXPECT_EQ(f.severity, Severity::error);
    EXPECT_FALSE(r.ready);

    const auto off = brand_pack(R"({"brand.banned_phrase": {"severity": "off"}})");
    const auto r2 = check(request("Hi Sam, rules are rules. We'll look into it today. ^JD"), *off);
    EXPECT_EQ(count_rule(r2, "brand.banned_phrase"), 0u);
}

TEST(Checker, FindingsAreSortedAndInsideTheDraft) {
    const auto pack = builtin_pack();
    const std::string draft = "CALM DOWN!!! Per our policy you should have read it. 🙂🙂🙂🙂 rules are rules";
    const auto r = check(request(draft), *pack);
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_FALSE(r.findings.empty());
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        EXPECT_LE(r.findings[i].start, r.findings[i].end);
        EXPECT_LE(r.findings[i].end, draft.size());
        if (i > 0) EXPECT_LE(r.findings[i - 1].start, r.findings[i].start);
    }
    EXPECT_EQ(r.score, readiness_score(r.findings));
    EXPECT_EQ(r.channel, "x");
    EXPECT_GT(r.length.limit, 0u);
}

TEST(Checker, AThreadIsMeasuredPostByPost) {
    const auto pack = builtin_pack();
    std::string sentence = "Hi Sam, we are sorry the order is late and we are on it today. ";
    std::string post1, post2;
    while (post1.size() < 230) post1 += sentence;
    post2 = post1;
    CheckRequest r = request(post1 + "\n\n" + post2 + "^JD");
    const auto second = static_cast<std::uint32_t>(post1.size() + 2);
    auto single = check(r, *pack);
    EXPECT_EQ(count_rule(single, "channel.too_long"), 1u) << "over 280 as one post";

    r.thread_starts = {0, second};
    auto thread = check(r, *pack);
    ASSERT_TRUE(thread.ok()) << thread.error;
    EXPECT_EQ(count_rule(thread, "channel.too_long"), 0u) << "each post fits";
    ASSERT_EQ(thread.thread_lengths.size(), 2u);
    EXPECT_TRUE(thread.length.fits);
    for (const LengthReport& post : thread.thread_lengths) EXPECT_TRUE(post.fits);

    // The second post made too long: the finding starts inside it.
    r.draft = post1 + "\n\n" + post2 + post2 + "^JD";
    thread = check(r, *pack);
    EXPECT_FALSE(thread.thread_lengths[1].fits);
    const auto it = std::find_if(thread.findings.begin(), thread.findings.end(),
                                 [](const Finding& f) { return f.rule == "channel.too_long"; });
    ASSERT_NE(it, thread.findings.end());
    EXPECT_GT(it->start, second);

    r.thread_starts = {0, second, second - 1};
    EXPECT_EQ(check(r, *pack).error_code, "bad_thread");
}

TEST(Score, FollowsTheDocumentedFormula) {
    auto finding = [](const char* rule, Severity s) {
        Finding f;
        f.rule = rule;
        f.severity = s;
        return f;
    };
    EXPECT_EQ(readiness_score({}), 100);
    const std::vector<Finding> one_warning = {finding("a", Severity::warning)};
    EXPECT_EQ(readiness_score(one_warning), 90);  // 100 * e^-0.1
    const std::vector<Finding> one_error = {finding("a", Severity::error)};
    EXPECT_EQ(readiness_score(one_error), 74);  // 100 * e^-0.3
    // The second finding of a rule costs half the first.
    const std::vector<Finding> repeated = {finding("a", Severity::warning), finding("a", Severity::warning)};
    EXPECT_EQ(readiness_score(repeated), 86);  // 100 * e^-0.15
    std::vector<Finding> many(200, finding("a", Severity::error));
    for (int i = 0; i < 30; ++i) many.push_back(finding(("r" + std::to_string(i)).c_str(), Severity::error));
    EXPECT_GE(readiness_score(many), 0);
    EXPECT_LT(readiness_score(many), 5);
}

TEST(JsonIo, RequestFieldsTypesAndUnknownFields) {
    const auto ok = request_from_json(
        R"({"id": 42, "draft": "Hi", "customer_name": "Zoë", "visibility": "private", "channel": "x_dm", "extra": [1]})");
    ASSERT_TRUE(ok.ok()) << ok.error;
    EXPECT_EQ(ok.id_json, "42");
    EXPECT_EQ(ok.request.customer_name, "Zoë");
    EXPECT_EQ(ok.request.visibility, Visibility::private_reply);
    EXPECT_EQ(ok.request.channel, "x_dm");

    EXPECT_EQ(request_from_json(R"({"id": "a", "draft": ["Hi"]})").error, "1:22 $.draft: expected a string, got an array");
    EXPECT_EQ(request_from_json(R"({"id": "a", "draft": "Hi", "visibility": "secret"})").error,
              "1:42 $.visibility: expected one of public, private");
    EXPECT_EQ(request_from_json(R"({"id": "a"})").error, "1:1 $: missing required field \"draft\"");
    const auto broken = request_from_json(R"({"id": "keep", "draft": )");
    EXPECT_FALSE(broken.ok());
    EXPECT_EQ(request_from_json(R"({"id": {"x": 1}, "draft": "a"})").error,
              "1:8 $.id: expected a string or a number, got an object");
}

TEST(JsonIo, ResultCarriesUtf16OffsetsAndRoundTrips) {
    const auto pack = builtin_pack();
    const auto parsed = request_from_json(R"({"id": "r1", "draft": "😀😀 Hi Sam, rules are rules", "customer_name": "Sam"})");
    ASSERT_TRUE(parsed.ok());
    CheckResult result;
    Finding f;
    f.rule = "brand.banned_phrase";
    f.message = "m";
    f.start = 8;  // after two 4-byte emoji, each two UTF-16 units, and a space
    f.end = 9;
    f.suggestions.push_back({"label", "x", 8, 9, true});
    result.findings.push_back(f);
    result.channel = "x";
    result.length.count = 30;
    result.length.limit = 280;
    const std::string json = result_to_json(result, parsed.request, parsed.id_json);
    const auto j = nlohmann::json::parse(json);
    EXPECT_EQ(j["id"], "r1");
    EXPECT_EQ(j["findings"][0]["start"], 8);
    EXPECT_EQ(j["findings"][0]["start16"], 4);
    EXPECT_EQ(j["findings"][0]["end16"], 5);
    EXPECT_EQ(j["findings"][0]["suggestions"][0]["start16"], 4);
    EXPECT_EQ(j["findings"][0]["suggestions"][0]["safe"], true);
    EXPECT_EQ(j["length"]["limit"], 280);

    const auto real = check(parsed.request, *pack);
    const auto j2 = nlohmann::json::parse(result_to_json(real, parsed.request, parsed.id_json));
    EXPECT_EQ(j2["score"], real.score);
    EXPECT_EQ(j2["ready"], real.ready);
    EXPECT_EQ(j2["findings"].size(), real.findings.size());

    const auto err = nlohmann::json::parse(error_to_json("empty_draft", "draft is empty", "7", 3));
    EXPECT_EQ(err["id"], 7);
    EXPECT_EQ(err["line"], 3);
    EXPECT_EQ(err["error"]["code"], "empty_draft");
}

// What the engine learned is in the result, so that no front end computes it a second time.
TEST(JsonIo, ResultCarriesThePostAndTheFullLength) {
    const auto pack = builtin_pack();
    CheckRequest request;
    request.customer_post = "This is the third time my parcel is late and nobody answers. Furious.";
    request.draft = std::string(300, 'a');
    const CheckResult result = check(request, *pack);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(result.post.mood, Mood::upset);
    EXPECT_LT(result.post.sentiment, 0);
    EXPECT_NE(std::find(result.post.key_terms.begin(), result.post.key_terms.end(), "parcel"), result.post.key_terms.end());
    EXPECT_FALSE(result.length.fits);
    EXPECT_EQ(result.length.overflow_utf8, 280u);
    const auto j = nlohmann::json::parse(result_to_json(result, request));
    EXPECT_EQ(j["post"]["mood"], "upset");
    EXPECT_EQ(j["length"]["channel"], "x");
    EXPECT_EQ(j["length"]["fits"], false);
    EXPECT_EQ(j["length"]["overflow_start16"], 280);
    EXPECT_EQ(j["length"]["count"], 300);

    // An empty draft cannot be checked, but the post still has a mood and the draft a length.
    request.draft = "";
    const CheckResult empty = check(request, *pack);
    EXPECT_EQ(empty.error_code, "empty_draft");
    EXPECT_EQ(empty.post.mood, Mood::upset);
    const auto e = nlohmann::json::parse(result_to_json(empty, request));
    EXPECT_EQ(e["error"]["code"], "empty_draft");
    EXPECT_EQ(e["post"]["mood"], "upset");
    EXPECT_EQ(e["length"]["count"], 0);
    EXPECT_EQ(e["length"]["limit"], 280);
}

TEST(Templates, RankByKeywordsAndFillKnownVariables) {
    PackRegistry registry;
    ASSERT_TRUE(registry.load(R"({"id": "t", "templates": [
        {"id": "refund", "intent": "refund", "text": "Hi {name}, refunds take 5 days. {agent} ^{initials} {order}",
         "keywords": ["money back"]},
        {"id": "delay", "intent": "delay", "text": "Sorry {handle}, it is late.", "keywords": ["late", "parcel"]},
        {"id": "praise", "intent": "praise", "text": "Thanks!", "keywords": ["love"]}]})")
                    .ok());
    CheckRequest r;
    r.customer_post = "My parcel is late and I want my money back, a refund!";
    r.customer_name = "Ana";
    r.customer_handle = "ana_b";
    r.agent_initials = "JD";
    const auto ranked = suggest_templates(r, *registry.find("t"));
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked[0].id, "refund");  // intent (5) + keyword (3)
    EXPECT_EQ(ranked[0].text, "Hi Ana, refunds take 5 days. {agent} ^JD {order}");
    EXPECT_EQ(ranked[1].id, "delay");
    EXPECT_EQ(ranked[1].text, "Sorry @ana_b, it is late.");
}

TEST(Checker, NoFixTakesAReplyThatFitsPastTheLimit) {
    // An upset customer and no empathy: the opener a fix would add fits a short reply, not a
    // reply a few characters short of X's 280.
    CheckRequest r = request("Sam, your engineer visit is booked for tomorrow between 8 and 12.");
    r.customer_post = "Third week without broadband and nobody answers. Absolutely fed up, this is a disgrace!!";
    auto lengthening = [](const CheckResult& result) {
        std::size_t n = 0;
        for (const Finding& f : result.findings)
            for (const Suggestion& s : f.suggestions) n += s.text.size() > s.end - s.start;
        return n;
    };
    const CheckResult short_reply = check(r, *builtin_pack());
    ASSERT_GT(lengthening(short_reply), 0u) << "a short reply is offered text to add";
    r.draft += " The engineer will bring a new router and check the line from the cabinet to your house, "
               "and we have added a note to your account so that anyone you speak to can see the history";
    while (r.draft.size() < 276) r.draft += '.';
    const CheckResult long_reply = check(r, *builtin_pack());
    ASSERT_TRUE(long_reply.length.fits);
    for (const Finding& f : long_reply.findings)
        for (const Suggestion& s : f.suggestions) {
            CheckRequest fixed = r;
            fixed.draft = r.draft.substr(0, s.start) + s.text + r.draft.substr(s.end);
            EXPECT_TRUE(check(fixed, *builtin_pack()).length.fits) << f.rule << ": " << s.label;
        }
}

}  // namespace
}  // namespace replycheck

namespace replycheck {
namespace {

// Issue #13: "sorry" alone to an upset customer scored 88 and was ready to post.
TEST(Checker, AOneWordSorryToAnUpsetCustomerIsNotAReply) {
    CheckRequest r = request("sorry");
    r.customer_post = "Third week without broadband and nobody answers. Absolutely fed up!!";
    const CheckResult result = check(r, *builtin_pack());
    EXPECT_FALSE(result.ready);
    EXPECT_LE(result.score, kUnansweredScore);
    EXPECT_EQ(count_rule(result, "resolution.no_next_step"), 1u);
    // With a step it is a reply again.
    r.draft = "Sam, I'm so sorry. I've booked an engineer for tomorrow morning; DM us if that time doesn't work.";
    const CheckResult fixed = check(r, *builtin_pack());
    EXPECT_TRUE(fixed.ready);
    EXPECT_GT(fixed.score, kUnansweredScore);
}

}  // namespace
}  // namespace replycheck
