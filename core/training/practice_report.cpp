#include "training/practice_report.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

namespace replycheck {
namespace {

using ordered = nlohmann::ordered_json;

std::string join(const std::vector<std::string>& words, char separator) {
    std::string out;
    for (const std::string& w : words) {
        if (!out.empty()) out += separator;
        out += w;
    }
    return out;
}

// RFC 4180: a field holding a comma, a quote or a line break is quoted, with quotes doubled.
std::string csv_field(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

// Free text (names, replies) that a spreadsheet would read as a formula ("=HYPERLINK(...)")
// gets a leading apostrophe, which spreadsheets show as text and do not evaluate. A leading TAB
// or CR counts too: spreadsheets skip it and then read the formula (OWASP, "CSV Injection").
std::string csv_text(std::string_view value) {
    if (value.empty() || std::string_view("=+-@\t\r").find(value[0]) == std::string_view::npos)
        return csv_field(value);
    std::string guarded = "'";
    guarded += value;
    return csv_field(guarded);
}

const char* yes_no(bool b) { return b ? "true" : "false"; }

// Unix time in milliseconds as ISO 8601 in UTC ("2024-05-29T16:26:40.123Z"), what spreadsheets
// read as a date; empty when unknown. The calendar arithmetic is Howard Hinnant's civil_from_days
// (public domain, https://howardhinnant.github.io/date_algorithms.html).
std::string iso_time(std::int64_t at_ms) {
    if (at_ms <= 0) return {};
    const std::int64_t seconds = at_ms / 1000, days = seconds / 86400, in_day = seconds % 86400;
    const std::int64_t z = days + 719468;
    const std::int64_t era = z / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char out[32];
    std::snprintf(out, sizeof out, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", static_cast<long long>(year),
                  static_cast<long long>(month), static_cast<long long>(day), static_cast<long long>(in_day / 3600),
                  static_cast<long long>(in_day / 60 % 60), static_cast<long long>(in_day % 60),
                  static_cast<long long>(at_ms % 1000));
    return out;
}

}  // namespace

const PracticeAttempt& PracticeSession::record(const std::string& scenario_id, std::string_view reply,
                                               const Grade& grade, std::int64_t at_ms) {
    PracticeAttempt a;
    a.scenario_id = scenario_id;
    // Attempts at one scenario are numbered in the order they are made, so the latest earlier one
    // has the highest number; looking back only that far keeps a class of 100k answers linear.
    for (auto earlier = attempts.rbegin(); earlier != attempts.rend(); ++earlier)
        if (earlier->scenario_id == scenario_id) {
            a.attempt = earlier->attempt + 1;
            break;
        }
    a.reply = std::string(reply);
    a.grade = grade.grade;
    a.score = grade.check.ok() ? grade.check.score : 0;
    a.ready = grade.check.ok() && grade.check.ready;
    a.passed = grade.passed;
    a.covered = grade.covered;
    a.key_points = grade.key_points.size();
    for (const Finding& f : grade.check.findings) a.rules.push_back(f.rule);
    for (const KeyPointResult& kp : grade.key_points)
        if (!kp.covered) a.missed.push_back(kp.id);
    a.at_ms = at_ms;
    attempts.push_back(std::move(a));
    return attempts.back();
}

SessionSummary summarise(const PracticeSession& session) {
    SessionSummary out;
    std::unordered_map<std::string, std::size_t> scenario_index;
    std::map<std::string, RuleCount> rules;
    long long grade_total = 0;
    for (const PracticeAttempt& a : session.attempts) {
        const auto [it, first] = scenario_index.emplace(a.scenario_id, out.scenarios.size());
        if (first) {
            ScenarioSummary s;
            s.scenario_id = a.scenario_id;
            s.first_grade = a.grade;
            s.best_grade = a.grade;
            out.scenarios.push_back(std::move(s));
        }
        ScenarioSummary& s = out.scenarios[it->second];
        ++s.attempts;
        s.best_grade = std::max(s.best_grade, a.grade);
        s.last_grade = a.grade;
        s.passed |= a.passed;

        std::set<std::string> fired;
        for (const std::string& rule : a.rules) {
            RuleCount& count = rules[rule];
            count.rule = rule;
            ++count.findings;
            if (fired.insert(rule).second) ++count.attempts;
        }
        grade_total += a.grade;
        ++out.attempts;
    }
    for (auto& entry : rules) out.rules.push_back(std::move(entry.second));
    // The map gave rule-id order; a stable sort on the count keeps it among equals.
    std::stable_sort(out.rules.begin(), out.rules.end(),
                     [](const RuleCount& a, const RuleCount& b) { return a.findings > b.findings; });
    out.passed_scenarios = static_cast<int>(
        std::count_if(out.scenarios.begin(), out.scenarios.end(), [](const ScenarioSummary& s) { return s.passed; }));
    if (out.attempts > 0) out.average_grade = static_cast<double>(grade_total) / out.attempts;
    return out;
}

std::string session_to_json(const PracticeSession& session) {
    ordered doc;
    doc["format"] = "replycheck-practice-session";
    doc["version"] = 1;
    doc["trainee"] = session.trainee;
    doc["set_id"] = session.set_id;
    doc["pack_id"] = session.pack_id;
    ordered attempts = ordered::array();
    for (const PracticeAttempt& a : session.attempts) {
        ordered j;
        j["scenario_id"] = a.scenario_id;
        j["attempt"] = a.attempt;
        j["reply"] = a.reply;
        j["grade"] = a.grade;
        j["score"] = a.score;
        j["ready"] = a.ready;
        j["passed"] = a.passed;
        j["covered"] = a.covered;
        j["key_points"] = a.key_points;
        j["rules"] = a.rules;
        j["missed"] = a.missed;
        j["at_ms"] = a.at_ms;
        attempts.push_back(std::move(j));
    }
    doc["attempts"] = std::move(attempts);
    // Indented: the export is a file a trainer may open and read. Invalid UTF-8 in a reply (the
    // check rejects it, but the attempt is still recorded) becomes U+FFFD rather than an error.
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string session_to_csv(const PracticeSession& session) {
    std::string out =
        "trainee,set_id,scenario_id,attempt,grade,score,ready,passed,covered,key_points,rules,missed,time,reply\r\n";
    for (const PracticeAttempt& a : session.attempts) {
        out += csv_text(session.trainee) + ',' + csv_text(session.set_id) + ',' + csv_text(a.scenario_id) + ',';
        out += std::to_string(a.attempt) + ',' + std::to_string(a.grade) + ',' + std::to_string(a.score) + ',';
        out += std::string(yes_no(a.ready)) + ',' + yes_no(a.passed) + ',';
        out += std::to_string(a.covered) + ',' + std::to_string(a.key_points) + ',';
        out += csv_field(join(a.rules, ' ')) + ',' + csv_field(join(a.missed, ' ')) + ',';
        out += iso_time(a.at_ms) + ',' + csv_text(a.reply) + "\r\n";
    }
    return out;
}

}  // namespace replycheck
