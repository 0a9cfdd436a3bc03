#pragma once
// A trainee's practice session: every attempt at every scenario, summarised for the trainer and
// exported as JSON (which imports back) and CSV (for spreadsheets).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/document_issue.h"
#include "training/grading.h"

namespace replycheck {

struct PracticeAttempt {
    std::string scenario_id;
    int attempt = 1;        // 1-based, per scenario
    std::string reply;
    int grade = 0;
    int score = 0;          // the check's score
    bool ready = false;
    bool passed = false;
    std::size_t covered = 0;  // key points covered
    std::size_t key_points = 0;
    std::vector<std::string> rules;     // rule id of each finding, in finding order
    std::vector<std::string> missed;    // ids of the key points missed
    std::int64_t at_ms = 0;             // Unix time in milliseconds; 0 when unknown
};

struct PracticeSession {
    std::string trainee;
    std::string set_id;
    std::string pack_id;
    std::vector<PracticeAttempt> attempts;  // in the order they were made

    // Appends an attempt built from `grade`, numbering it after earlier ones at the scenario.
    const PracticeAttempt& record(const std::string& scenario_id, std::string_view reply, const Grade& grade,
                                  std::int64_t at_ms);
};

struct ScenarioSummary {
    std::string scenario_id;
    int attempts = 0;
    int first_grade = 0;
    int best_grade = 0;
    int last_grade = 0;
    bool passed = false;  // any attempt passed
};

struct RuleCount {
    std::string rule;
    int findings = 0;   // over all attempts
    int attempts = 0;   // attempts where it fired at least once
};

struct SessionSummary {
    std::vector<ScenarioSummary> scenarios;  // in order of first attempt
    std::vector<RuleCount> rules;            // most findings first, then by rule id
    int attempts = 0;
    int passed_scenarios = 0;
    double average_grade = 0;  // over all attempts
};

SessionSummary summarise(const PracticeSession& session);

// {"format": "replycheck-practice-session", "version": 1, "trainee", "set_id", "pack_id",
//  "attempts": [{"scenario_id", "attempt", "reply", "grade", "score", "ready", "passed",
//  "covered", "key_points", "rules", "missed", "at_ms"}]}
std::string session_to_json(const PracticeSession& session);
// One row per attempt after a header row; RFC 4180 quoting and CRLF line ends. Columns: trainee,
// set_id, scenario_id, attempt, grade, score, ready, passed, covered, key_points, rules
// (space-separated), missed, time (ISO 8601 in UTC, empty when unknown), reply. Text that a spreadsheet would run as a formula (a cell
// starting with = + - @) gets a leading apostrophe. CSV is for reading; JSON is the one to import.
std::string session_to_csv(const PracticeSession& session);

struct SessionLimits {
    static constexpr std::size_t max_document_bytes = 16u << 20;
    static constexpr std::size_t max_attempts = 10000;
};

struct SessionLoadResult {
    std::optional<PracticeSession> session;
    std::vector<DocumentIssue> issues;  // line:column and JSON path, as for packs
    bool ok() const { return session.has_value(); }
};
SessionLoadResult session_from_json(std::string_view json);

}  // namespace replycheck
