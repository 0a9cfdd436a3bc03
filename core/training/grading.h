#pragma once
// Grading one trainee reply to one scenario: the ordinary check (same engine, same pack) plus
// which key points the reply covers.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/checker.h"
#include "pack/compiled_pack.h"
#include "training/scenario_set.h"

namespace replycheck {

struct KeyPointResult {
    std::string id;
    std::string label;
    bool covered = false;
    // Where in the reply it is covered (UTF-8 byte offsets); start == end when the point has no
    // single place (uses_name, avoids) or is missed.
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::string hint;  // the key point's hint, when missed
};

struct Grade {
    CheckResult check;  // the reply checked with the scenario's context
    std::vector<KeyPointResult> key_points;
    std::size_t covered = 0;
    // 0..100: the check score and the share of key points covered, weighted equally (grading.cpp
    // says why). A reply "passes" when it is ready and covers every key point.
    int grade = 0;
    bool passed = false;
};

// A scenario set's key points compiled against a pack once (phrase lists into one automaton),
// so grading a class of answers does not rebuild anything per reply.
class Grader {
public:
    Grader(const ScenarioSet& set, std::shared_ptr<const CompiledPack> pack);
    Grade grade(const Scenario& scenario, std::string_view reply) const;
    const CompiledPack& pack() const;
private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

// Authoring check: every model answer of every scenario must come out ready and cover every key
// point. One line per failure, e.g. "delay-late-inbound: model answer 1 misses \"new_time\"".
struct ScenarioSetTestReport {
    std::size_t passed = 0;  // model answers that pass
    std::vector<std::string> failures;
    bool ok() const { return failures.empty(); }
};
ScenarioSetTestReport test_scenario_set(const ScenarioSet& set, const Grader& grader);

}  // namespace replycheck
