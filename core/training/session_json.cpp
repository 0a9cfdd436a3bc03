// session_from_json: a trainee's export read back for review. The file has been through other
// hands (mail, shared drives, hand edits), so it is read as strictly as a pack, with every
// problem placed by line:column and JSON path.
#include <algorithm>

#include "engine/checker.h"
#include "json/document_reader.h"
#include "json/json_tree.h"
#include "training/practice_report.h"

namespace replycheck {
namespace {

using json::Value;

// JSON numbers are exact integers up to 2^53.
constexpr long long kMaxExactInteger = 9007199254740992LL;

void read_ids(DocumentReader& r, const Value& v, const std::string& path, std::vector<std::string>& out) {
    if (!r.list(v, path, 1000)) return;
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        std::string id;
        if (r.text(v.items[i], json::path_index(path, i), 64, id, false)) out.push_back(std::move(id));
    }
}

void read_attempt(DocumentReader& r, const Value& v, const std::string& path, PracticeAttempt& a) {
    if (!r.keys(v, path, {"scenario_id", "attempt", "reply", "grade", "score", "ready", "passed", "covered",
                          "key_points", "rules", "missed", "at_ms"}))
        return;
    if (!r.required(v, path, {"scenario_id", "attempt", "reply", "grade", "score", "ready", "passed", "covered",
                              "key_points"}))
        return;
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        const Value& x = m.value;
        long long n = 0;
        if (m.key == "scenario_id") {
            if (r.text(x, p, 64, a.scenario_id, false) && !is_plain_id(a.scenario_id))
                r.error(x.offset, p, "ids are lower-case letters, digits, '-' and '_' (at most 64)");
        } else if (m.key == "attempt") {
            if (r.integer(x, p, 1, 1000000, n)) a.attempt = static_cast<int>(n);
        } else if (m.key == "reply") {
            r.text(x, p, EngineLimits::max_draft_bytes, a.reply);
        } else if (m.key == "grade") {
            if (r.integer(x, p, 0, 100, n)) a.grade = static_cast<int>(n);
        } else if (m.key == "score") {
            if (r.integer(x, p, 0, 100, n)) a.score = static_cast<int>(n);
        } else if (m.key == "ready") {
            r.boolean(x, p, a.ready);
        } else if (m.key == "passed") {
            r.boolean(x, p, a.passed);
        } else if (m.key == "covered") {
            if (r.integer(x, p, 0, static_cast<long long>(ScenarioLimits::max_key_points), n))
                a.covered = static_cast<std::size_t>(n);
        } else if (m.key == "key_points") {
            if (r.integer(x, p, 0, static_cast<long long>(ScenarioLimits::max_key_points), n))
                a.key_points = static_cast<std::size_t>(n);
        } else if (m.key == "rules") {
            read_ids(r, x, p, a.rules);
        } else if (m.key == "missed") {
            read_ids(r, x, p, a.missed);
        } else if (m.key == "at_ms") {
            if (r.integer(x, p, 0, kMaxExactInteger, n)) a.at_ms = n;
        }
    }
    if (a.covered > a.key_points)
        r.error(v.find("covered")->offset, json::path_key(path, "covered"),
                "covered (" + std::to_string(a.covered) + ") is more than key_points (" +
                    std::to_string(a.key_points) + ")");
}

}  // namespace

SessionLoadResult session_from_json(std::string_view text) {
    SessionLoadResult result;
    DocumentReader r(text, result.issues);
    const std::optional<json::ParseResult> parsed = r.parse(text, SessionLimits::max_document_bytes, "session");
    if (!parsed) return result;
    const Value& root = *parsed->value;
    if (!r.keys(root, "$", {"format", "version", "trainee", "set_id", "pack_id", "attempts"})) return result;
    if (!r.required(root, "$", {"format", "version", "attempts"})) return result;
    const Value& format = *root.find("format");
    if (format.kind != json::Kind::string || format.string != "replycheck-practice-session") {
        r.error(format.offset, "$.format", "expected \"replycheck-practice-session\": this is not a practice session export");
        return result;
    }
    PracticeSession session;
    for (const json::Member& m : root.members) {
        const std::string p = json::path_key("$", m.key);
        long long n = 0;
        if (m.key == "version") {
            r.integer(m.value, p, 1, 1, n);
        } else if (m.key == "trainee") {
            r.text(m.value, p, ScenarioLimits::max_label_bytes, session.trainee);
        } else if (m.key == "set_id") {
            r.text(m.value, p, 64, session.set_id);
        } else if (m.key == "pack_id") {
            r.text(m.value, p, 64, session.pack_id);
        } else if (m.key == "attempts" && r.list(m.value, p, SessionLimits::max_attempts)) {
            for (std::size_t i = 0; i < m.value.items.size(); ++i) {
                PracticeAttempt a;
                read_attempt(r, m.value.items[i], json::path_index(p, i), a);
                session.attempts.push_back(std::move(a));
            }
        }
    }
    if (!r.failed()) result.session = std::move(session);
    return result;
}

}  // namespace replycheck
