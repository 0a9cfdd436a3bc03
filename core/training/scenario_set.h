#pragma once
// Scenario sets for trainer mode (templates/scenarios/*.json, schema
// templates/scenarios.schema.json): practice cases a trainee answers, each with the key points a
// good reply must cover and one or more model answers.
//
// Loading follows the pack loader's rules: strict JSON, unknown keys are errors, and every problem
// is a DocumentIssue with line:column and a JSON path ("12:9 $.scenarios[3].key_points[0].kind: ...").
// A scenario's request is spelt as in a batch request: "channel", "visibility", "customer_name",
// "customer_handle", "customer_post", "agent_name", "agent_initials" (see the schema).
// scenario_validation.h is `replycheck scenarios validate`.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/request.h"
#include "json/document_issue.h"

namespace replycheck {

struct ScenarioLimits {
    static constexpr std::size_t max_document_bytes = 1u << 20;
    static constexpr std::size_t max_scenarios = 500;
    static constexpr std::size_t max_key_points = 20;
    static constexpr std::size_t max_model_answers = 10;
    static constexpr std::size_t max_facts = 20;
    static constexpr std::size_t max_phrases = 100;        // per key point
    static constexpr std::size_t max_phrase_bytes = 200;   // as PackLimits
    static constexpr std::size_t max_label_bytes = 200;    // titles, labels, names, handles
    static constexpr std::size_t max_text_bytes = 4000;    // posts, facts, answers, notes, hints
};

// The situations a scenario can practise, in the order a trainer would browse them.
inline constexpr std::array<std::string_view, 18> kScenarioSituations = {
    "delay",        "refund",           "outage",           "wrong_order",  "billing",
    "account_lockout", "praise",        "escalation",       "privacy",      "dm_needed",
    "cancellation", "damaged_item",     "missing_delivery", "price_change", "product_question",
    "staff_complaint", "accessibility", "other",
};

// One thing a good reply must do, checked by the engine rather than by eye.
enum class KeyPointKind {
    mentions,   // contains one of `phrases` (token match after NFKC_Casefold, like pack phrases)
    apology,    // apologises (`phrases`, or a built-in list: sorry, apologise, apologies, ...)
    empathy,    // acknowledges the problem (the pack's tone.empathy_missing phrases)
    next_step,  // gives an action or timeline (the pack's resolution.no_next_step phrases)
    dm_offer,   // moves the conversation to a private channel (`phrases`, or a built-in list)
    uses_name,  // addresses the customer (no personal.no_name or personal.wrong_name finding)
    avoids,     // raises no finding of `rule`, e.g. privacy.pii_public
};
std::string_view to_string(KeyPointKind kind);
// Parses the JSON spelling ("mentions", "dm_offer", ...); false for anything else.
bool parse_key_point_kind(std::string_view text, KeyPointKind& out);

struct KeyPoint {
    std::string id;     // unique within its scenario
    std::string label;  // what the trainee sees: "Gives the new departure time (6:40pm)"
    KeyPointKind kind = KeyPointKind::mentions;
    std::vector<std::string> phrases;  // mentions: required; apology/dm_offer: optional override
    std::string rule;                  // avoids: a rule id
    std::string hint;                  // shown when the point is missed; may be empty
};

struct Scenario {
    std::string id;         // unique within the set
    std::string title;      // "Flight delayed by a late inbound aircraft"
    std::string situation = "other";  // one of kScenarioSituations
    CheckRequest request;   // customer post, name, handle, channel, visibility; draft empty
    std::vector<std::string> facts;  // what the agent knows
    std::vector<KeyPoint> key_points;
    std::vector<std::string> model_answers;  // at least one
    std::string notes;      // for the trainer: what the scenario teaches
};

struct ScenarioSet {
    int schema_version = 1;
    std::string id;
    std::string name;
    std::string description;
    std::string pack = "social-care";  // id of the pack the set is graded with
    std::vector<Scenario> scenarios;
    const Scenario* find(std::string_view scenario_id) const;
};

struct ScenarioSetLoadResult {
    std::optional<ScenarioSet> set;  // set when there is no error-level issue
    std::vector<DocumentIssue> issues;
    bool ok() const { return set.has_value(); }
    std::string report(std::string_view source = {}) const;  // as PackLoadResult::report
};

ScenarioSetLoadResult load_scenario_set(std::string_view json);

// The shipped set (templates/scenarios/social-care-basics.json), compiled into the binary.
std::string_view builtin_scenarios_json();

}  // namespace replycheck
