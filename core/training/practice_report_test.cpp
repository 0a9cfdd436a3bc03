#include "training/practice_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace replycheck {
namespace {

PracticeAttempt attempt(std::string scenario, int grade, bool passed, std::vector<std::string> rules = {}) {
    PracticeAttempt a;
    a.scenario_id = std::move(scenario);
    a.grade = grade;
    a.score = grade;
    a.passed = passed;
    a.ready = passed;
    a.rules = std::move(rules);
    a.key_points = 4;
    a.covered = passed ? 4 : 2;
    return a;
}

Grade grade_of(int value, bool passed, std::vector<std::string> rules, std::vector<std::pair<std::string, bool>> points) {
    Grade g;
    g.grade = value;
    g.passed = passed;
    g.check.score = value;
    g.check.ready = passed;
    for (const std::string& rule : rules) {
        Finding f;
        f.rule = rule;
        g.check.findings.push_back(f);
    }
    for (const auto& p : points) {
        KeyPointResult kp;
        kp.id = p.first;
        kp.covered = p.second;
        g.covered += p.second ? 1 : 0;
        g.key_points.push_back(kp);
    }
    return g;
}

TEST(PracticeSession, RecordNumbersAttemptsPerScenario) {
    PracticeSession s;
    const Grade g = grade_of(70, false, {"tone.empathy_missing", "personal.no_name"}, {{"sorry", true}, {"time", false}});
    EXPECT_EQ(s.record("a", "first", g, 1000).attempt, 1);
    EXPECT_EQ(s.record("b", "other", g, 2000).attempt, 1);
    const PracticeAttempt& again = s.record("a", "second", g, 3000);
    EXPECT_EQ(again.attempt, 2);
    EXPECT_EQ(again.reply, "second");
    EXPECT_EQ(again.grade, 70);
    EXPECT_EQ(again.score, 70);
    EXPECT_EQ(again.covered, 1u);
    EXPECT_EQ(again.key_points, 2u);
    EXPECT_EQ(again.rules, (std::vector<std::string>{"tone.empathy_missing", "personal.no_name"}));
    EXPECT_EQ(again.missed, std::vector<std::string>{"time"});
    EXPECT_EQ(again.at_ms, 3000);
    EXPECT_EQ(s.attempts.size(), 3u);
}

TEST(PracticeSession, RecordOfARejectedReplyScoresZero) {
    PracticeSession s;
    Grade g;
    g.check.error_code = "empty_draft";
    g.check.error = "the draft is empty";
    KeyPointResult kp;
    kp.id = "sorry";
    g.key_points.push_back(kp);
    const PracticeAttempt& a = s.record("a", "", g, 0);
    EXPECT_EQ(a.score, 0);
    EXPECT_FALSE(a.ready);
    EXPECT_EQ(a.missed, std::vector<std::string>{"sorry"});
}

TEST(PracticeSummary, OrdersScenariosByFirstAttemptAndTracksFirstBestLast) {
    PracticeSession s;
    s.attempts = {attempt("b", 40, false), attempt("a", 90, true), attempt("b", 80, false), attempt("b", 60, true),
                  attempt("c", 30, false)};
    const SessionSummary sum = summarise(s);
    ASSERT_EQ(sum.scenarios.size(), 3u);
    EXPECT_EQ(sum.scenarios[0].scenario_id, "b");
    EXPECT_EQ(sum.scenarios[1].scenario_id, "a");
    EXPECT_EQ(sum.scenarios[2].scenario_id, "c");
    EXPECT_EQ(sum.scenarios[0].attempts, 3);
    EXPECT_EQ(sum.scenarios[0].first_grade, 40);
    EXPECT_EQ(sum.scenarios[0].best_grade, 80);
    EXPECT_EQ(sum.scenarios[0].last_grade, 60);
    EXPECT_TRUE(sum.scenarios[0].passed);  // any attempt passed
    EXPECT_FALSE(sum.scenarios[2].passed);
    EXPECT_EQ(sum.attempts, 5);
    EXPECT_EQ(sum.passed_scenarios, 2);
    EXPECT_DOUBLE_EQ(sum.average_grade, (40 + 90 + 80 + 60 + 30) / 5.0);
}

TEST(PracticeSummary, CountsRulesMostFirstThenById) {
    PracticeSession s;
    s.attempts = {attempt("a", 50, false, {"tone.defensive", "tone.defensive", "personal.no_name"}),
                  attempt("a", 60, false, {"personal.no_name", "brand.emoji"}),
                  attempt("b", 70, false, {"tone.defensive", "brand.emoji"})};
    const SessionSummary sum = summarise(s);
    ASSERT_EQ(sum.rules.size(), 3u);
    EXPECT_EQ(sum.rules[0].rule, "tone.defensive");
    EXPECT_EQ(sum.rules[0].findings, 3);
    EXPECT_EQ(sum.rules[0].attempts, 2);
    // Two findings each: by rule id.
    EXPECT_EQ(sum.rules[1].rule, "brand.emoji");
    EXPECT_EQ(sum.rules[2].rule, "personal.no_name");
    EXPECT_EQ(sum.rules[2].attempts, 2);
}

TEST(PracticeSummary, EmptySession) {
    const SessionSummary sum = summarise(PracticeSession{});
    EXPECT_EQ(sum.attempts, 0);
    EXPECT_TRUE(sum.scenarios.empty());
    EXPECT_DOUBLE_EQ(sum.average_grade, 0.0);
}

PracticeSession sample_session() {
    PracticeSession s;
    s.trainee = "Zoë \"Z\" Quinn";
    s.set_id = "social-care-basics";
    s.pack_id = "social-care";
    PracticeAttempt a = attempt("flight-delay", 72, false, {"tone.empathy_missing"});
    a.reply = "Hi Priya, your flight leaves at 6:40pm, sorry! 😊\nMore, with \"quotes\", here.";
    a.missed = {"voucher", "name"};
    a.at_ms = 1717000000123;
    PracticeAttempt b = attempt("flight-delay", 95, true);
    b.attempt = 2;
    b.reply = "=HYPERLINK(\"x\")";
    s.attempts = {a, b};
    return s;
}

TEST(PracticeExport, JsonRoundTrips) {
    const PracticeSession s = sample_session();
    const std::string json = session_to_json(s);
    const auto parsed = nlohmann::json::parse(json);
    EXPECT_EQ(parsed["format"], "replycheck-practice-session");
    EXPECT_EQ(parsed["version"], 1);
    const SessionLoadResult back = session_from_json(json);
    ASSERT_TRUE(back.ok()) << (back.issues.empty() ? "" : back.issues[0].to_string());
    const PracticeSession& r = *back.session;
    EXPECT_EQ(r.trainee, s.trainee);
    EXPECT_EQ(r.set_id, s.set_id);
    EXPECT_EQ(r.pack_id, s.pack_id);
    ASSERT_EQ(r.attempts.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const PracticeAttempt& x = s.attempts[i];
        const PracticeAttempt& y = r.attempts[i];
        EXPECT_EQ(x.scenario_id, y.scenario_id);
        EXPECT_EQ(x.attempt, y.attempt);
        EXPECT_EQ(x.reply, y.reply);
        EXPECT_EQ(x.grade, y.grade);
        EXPECT_EQ(x.score, y.score);
        EXPECT_EQ(x.ready, y.ready);
        EXPECT_EQ(x.passed, y.passed);
        EXPECT_EQ(x.covered, y.covered);
        EXPECT_EQ(x.key_points, y.key_points);
        EXPECT_EQ(x.rules, y.rules);
        EXPECT_EQ(x.missed, y.missed);
        EXPECT_EQ(x.at_ms, y.at_ms);
    }
    EXPECT_EQ(session_to_json(r), json);
}

TEST(PracticeExport, CsvQuotesCommasQuotesAndNewlines) {
    const std::string csv = session_to_csv(sample_session());
    const std::string header =
        "trainee,set_id,scenario_id,attempt,grade,score,ready,passed,covered,key_points,rules,missed,time,reply\r\n";
    ASSERT_EQ(csv.substr(0, header.size()), header);
    const std::string row1 =
        "\"Zoë \"\"Z\"\" Quinn\",social-care-basics,flight-delay,1,72,72,false,false,2,4,tone.empathy_missing,"
        "voucher name,2024-05-29T16:26:40.123Z,\"Hi Priya, your flight leaves at 6:40pm, sorry! 😊\nMore, with \"\"quotes\"\", "
        "here.\"\r\n";
    const std::string row2 =
        "\"Zoë \"\"Z\"\" Quinn\",social-care-basics,flight-delay,2,95,95,true,true,4,4,,,,\"'=HYPERLINK(\"\"x\"\")\"\r\n";
    EXPECT_EQ(csv, header + row1 + row2);
}

// A spreadsheet skips a leading TAB or CR and then reads the rest as a formula.
TEST(PracticeExport, CsvGuardsFormulasBehindTabOrCarriageReturn) {
    PracticeSession session = sample_session();
    session.attempts.resize(1);
    session.attempts[0].reply = "\t=HYPERLINK(\"x\")";
    session.trainee = "\r=1+1";
    const std::string csv = session_to_csv(session);
    EXPECT_NE(csv.find("'\t=HYPERLINK("), std::string::npos) << csv;
    EXPECT_NE(csv.find("\"'\r=1+1\""), std::string::npos) << csv;
}

std::string first_issue(const SessionLoadResult& r) { return r.issues.empty() ? "(none)" : r.issues[0].to_string(); }

TEST(PracticeImport, ErrorsSayWhereAndWhy) {
    EXPECT_EQ(first_issue(session_from_json("{\"format\": \"replycheck-pack\", \"version\": 1, \"attempts\": []}")),
              "1:12 $.format: expected \"replycheck-practice-session\": this is not a practice session export");
    EXPECT_EQ(first_issue(session_from_json("{\n \"format\": \"replycheck-practice-session\",\n \"version\": 2,\n"
                                            " \"attempts\": []}")),
              "3:13 $.version: expected a whole number from 1 to 1");
    EXPECT_EQ(first_issue(session_from_json("not json")), "1:1 $: unexpected character, expected a value");

    const std::string head = "{\"format\": \"replycheck-practice-session\", \"version\": 1, \"attempts\": [";
    const std::string good = R"({"scenario_id": "a", "attempt": 1, "reply": "x", "grade": 50, "score": 60,
        "ready": true, "passed": false, "covered": 1, "key_points": 3})";
    ASSERT_TRUE(session_from_json(head + good + "]}").ok());
    struct Case {
        std::string from, to, expected;
    };
    const Case cases[] = {
        {"\"grade\": 50", "\"grade\": 101", "$.attempts[0].grade: expected a whole number from 0 to 100"},
        {"\"grade\": 50", "\"grade\": 50.5", "$.attempts[0].grade: expected a whole number from 0 to 100"},
        {"\"ready\": true", "\"ready\": \"yes\"", "$.attempts[0].ready: expected a boolean, got a string"},
        {"\"covered\": 1", "\"covered\": 4", "$.attempts[0].covered: covered (4) is more than key_points (3)"},
        {"\"scenario_id\": \"a\"", "\"scenario_id\": \"A B\"", "$.attempts[0].scenario_id: ids are lower-case"},
        {"\"attempt\": 1", "\"attempt\": 0", "$.attempts[0].attempt: expected a whole number from 1 to 1000000"},
        {"\"score\": 60", "\"score\": 60, \"mood\": \"upset\"", "$.attempts[0].mood: unknown key \"mood\""},
        {"\"reply\": \"x\",", "", "$.attempts[0]: missing required key \"reply\""},
    };
    for (const Case& c : cases) {
        std::string attempt_json = good;
        attempt_json.replace(attempt_json.find(c.from), c.from.size(), c.to);
        const SessionLoadResult r = session_from_json(head + attempt_json + "]}");
        EXPECT_FALSE(r.ok()) << c.to;
        EXPECT_NE(first_issue(r).find(c.expected), std::string::npos) << c.to << ": " << first_issue(r);
    }
}

}  // namespace
}  // namespace replycheck
