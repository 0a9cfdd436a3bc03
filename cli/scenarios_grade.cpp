// replycheck scenarios grade: a class's answers (JSONL) graded against a scenario set, one result
// line per answer in input order, and a summary per trainee.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/json_io.h"
#include "json/document_reader.h"
#include "json/record_id.h"
#include "pack/pack_registry.h"
#include "scenarios_support.h"
#include "training/grading.h"
#include "training/practice_report.h"

namespace replycheck::cli {
namespace {

using ordered = nlohmann::ordered_json;

std::string dump(const ordered& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// An answer is one reply, at most a long DM, plus a few names.
constexpr std::size_t kMaxAnswerBytes = 64 * 1024;

// One answers.jsonl line, or why it cannot be graded.
struct Answer {
    std::string id_json = "null";
    std::string trainee;
    const Scenario* scenario = nullptr;
    std::string reply;
    std::string error;
};

// Read with the same strict reader as every other document (json/json_tree.h: bounded nesting,
// line:column errors), so one hostile line is one bad line.
Answer parse_answer(const std::string& line, const ScenarioSet& set) {
    Answer a;
    std::vector<DocumentIssue> issues;
    DocumentReader r(line, issues);
    const auto parsed = r.parse(line, kMaxAnswerBytes, "answer");
    if (parsed && r.expect(*parsed->value, json::Kind::object, "$") &&
        r.required(*parsed->value, "$", {"trainee", "scenario", "reply"})) {
        const json::Value& root = *parsed->value;
        read_record_id(r, root, a.id_json);
        std::string scenario;
        r.text(*root.find("trainee"), "$.trainee", 200, a.trainee, false);
        r.text(*root.find("reply"), "$.reply", kMaxAnswerBytes, a.reply);
        if (r.text(*root.find("scenario"), "$.scenario", 64, scenario, false)) {
            a.scenario = set.find(scenario);
            if (a.scenario == nullptr)
                r.error(root.find("scenario")->offset, "$.scenario",
                        "no scenario \"" + scenario + "\" in set \"" + set.id + "\"");
        }
    }
    if (!issues.empty()) a.error = issues.front().to_string();
    return a;
}

std::string result_json(const Answer& a, const Grade& g) {
    ordered j;
    j["id"] = ordered::parse(a.id_json);
    j["trainee"] = a.trainee;
    j["scenario"] = a.scenario->id;
    j["grade"] = g.grade;
    j["passed"] = g.passed;
    j["score"] = g.check.ok() ? g.check.score : 0;
    j["ready"] = g.check.ok() && g.check.ready;
    if (!g.check.ok()) j["check_error"] = {{"code", g.check.error_code}, {"message", g.check.error}};
    ordered points = ordered::array(), missed = ordered::array(), rules = ordered::array();
    for (const KeyPointResult& kp : g.key_points) {
        points.push_back({{"id", kp.id}, {"covered", kp.covered}});
        if (!kp.covered) missed.push_back(kp.id);
    }
    for (const Finding& f : g.check.findings) rules.push_back(f.rule);
    j["key_points"] = std::move(points);
    j["missed"] = std::move(missed);
    j["rules"] = std::move(rules);
    return dump(j);
}

// Per trainee, in order of first appearance; plus everyone together for the rule counts.
struct ClassResults {
    std::vector<PracticeSession> trainees;
    std::unordered_map<std::string, std::size_t> trainee_index;
    PracticeSession everyone;
    std::size_t bad_lines = 0;

    void add(const Answer& a, const Grade& g) {
        const auto [it, first] = trainee_index.emplace(a.trainee, trainees.size());
        if (first) trainees.push_back({a.trainee, everyone.set_id, everyone.pack_id, {}});
        trainees[it->second].record(a.scenario->id, a.reply, g, 0);
        everyone.record(a.scenario->id, a.reply, g, 0);
    }
};

int passed_count(const PracticeSession& s) {
    return static_cast<int>(std::count_if(s.attempts.begin(), s.attempts.end(),
                                           [](const PracticeAttempt& a) { return a.passed; }));
}

ordered summary_json(const ClassResults& results) {
    const SessionSummary all = summarise(results.everyone);
    ordered j;
    j["set_id"] = results.everyone.set_id;
    j["pack_id"] = results.everyone.pack_id;
    j["answers"] = all.attempts;
    j["passed"] = passed_count(results.everyone);
    j["bad_lines"] = results.bad_lines;
    j["average_grade"] = all.average_grade;
    ordered trainees = ordered::array();
    for (const PracticeSession& s : results.trainees) {
        const SessionSummary summary = summarise(s);
        trainees.push_back({{"trainee", s.trainee},
                            {"attempts", summary.attempts},
                            {"passed", passed_count(s)},
                            {"scenarios_passed", summary.passed_scenarios},
                            {"average_grade", summary.average_grade}});
    }
    j["trainees"] = std::move(trainees);
    ordered rules = ordered::array();
    for (const RuleCount& r : all.rules)
        rules.push_back({{"rule", r.rule}, {"findings", r.findings}, {"answers", r.attempts}});
    j["rules"] = std::move(rules);
    return j;
}

void print_summary(const ClassResults& results) {
    const SessionSummary all = summarise(results.everyone);
    std::fprintf(stderr, "graded %d answer%s from %zu trainee%s: %d passed", all.attempts, all.attempts == 1 ? "" : "s",
                 results.trainees.size(), results.trainees.size() == 1 ? "" : "s", passed_count(results.everyone));
    if (results.bad_lines > 0)
        std::fprintf(stderr, ", %zu bad line%s", results.bad_lines, results.bad_lines == 1 ? "" : "s");
    std::fprintf(stderr, "\n%-24s %8s %8s %14s\n", "trainee", "attempts", "passed", "average grade");
    for (const PracticeSession& s : results.trainees) {
        const SessionSummary summary = summarise(s);
        std::fprintf(stderr, "%-24s %8d %8d %14.1f\n", s.trainee.c_str(), summary.attempts, passed_count(s),
                     summary.average_grade);
    }
    if (all.rules.empty()) return;
    std::fprintf(stderr, "rules that fired most:\n");
    for (std::size_t i = 0; i < all.rules.size() && i < 5; ++i)
        std::fprintf(stderr, "  %-26s %d finding%s in %d answer%s\n", all.rules[i].rule.c_str(), all.rules[i].findings,
                     all.rules[i].findings == 1 ? "" : "s", all.rules[i].attempts, all.rules[i].attempts == 1 ? "" : "s");
}

}  // namespace

int run_grade(const Arguments& args) {
    if (args.positional.size() != 2) return usage_error("scenarios grade takes SET.json and answers.jsonl");
    const auto set = load_set(args.positional[0]);
    if (!set) return kExitUsage;
    PackRegistry registry;
    const auto pack = grading_pack(registry, args.packs, *set);
    if (!pack) return kExitUsage;
    std::ifstream file;
    if (args.positional[1] != "-") {
        // A directory opens as a stream and then reads as empty: zero answers, exit 0.
        std::error_code ec;
        if (std::filesystem::is_directory(args.positional[1], ec)) return cannot_read(args.positional[1], "is a directory");
        file.open(args.positional[1], std::ios::binary);
        if (!file) return cannot_read(args.positional[1], std::strerror(errno));
    }
    std::istream& in = args.positional[1] == "-" ? std::cin : file;

    const Grader grader(*set, pack);
    ClassResults results;
    results.everyone.set_id = set->id;
    results.everyone.pack_id = pack->pack().id;
    std::string line;
    bool too_long = false;
    for (std::size_t line_number = 1; read_line(in, kMaxAnswerBytes, line, too_long); ++line_number) {
        if (!too_long && line.find_first_not_of(" \t") == std::string::npos) continue;
        Answer answer;
        if (too_long) answer.error = "$: answer line is longer than " + std::to_string(kMaxAnswerBytes) + " bytes";
        else answer = parse_answer(line, *set);
        // Each line goes out as soon as it is graded, so nothing graded is lost to a later failure.
        if (!answer.error.empty()) {
            std::printf("%s\n", error_to_json("bad_answer", answer.error, answer.id_json, line_number).c_str());
            std::fflush(stdout);
            ++results.bad_lines;
            continue;
        }
        const Grade grade = grader.grade(*answer.scenario, answer.reply);
        std::printf("%s\n", result_json(answer, grade).c_str());
        std::fflush(stdout);
        results.add(answer, grade);
    }
    std::fflush(stdout);
    print_summary(results);
    if (!args.summary.empty()) {
        std::ofstream out(args.summary, std::ios::binary);
        out << summary_json(results).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        if (!out) {
            std::fprintf(stderr, "replycheck: cannot write %s\n", args.summary.c_str());
            return kExitUsage;
        }
    }
    if (results.bad_lines > 0) return kExitUsage;
    return passed_count(results.everyone) == static_cast<int>(results.everyone.attempts.size()) ? kExitOk
                                                                                                 : kExitFailing;
}


}  // namespace replycheck::cli
