#include "training/scenario_set.h"

#include <algorithm>
#include <set>

#include "channel/channels.h"
#include "json/document_reader.h"
#include "json/json_tree.h"
#include "json/request_fields.h"
#include "rules/rules.h"

extern "C" {
extern const unsigned char replycheck_builtin_scenarios[];
extern const unsigned long replycheck_builtin_scenarios_size;
}

namespace replycheck {
namespace {

using json::Kind;
using json::Value;

using L = ScenarioLimits;

constexpr std::pair<KeyPointKind, std::string_view> kKindNames[] = {
    {KeyPointKind::mentions, "mentions"},   {KeyPointKind::apology, "apology"},
    {KeyPointKind::empathy, "empathy"},     {KeyPointKind::next_step, "next_step"},
    {KeyPointKind::dm_offer, "dm_offer"},   {KeyPointKind::uses_name, "uses_name"},
    {KeyPointKind::avoids, "avoids"},
};

bool takes_phrases(KeyPointKind kind) {
    return kind == KeyPointKind::mentions || kind == KeyPointKind::apology || kind == KeyPointKind::dm_offer;
}

std::string channel_list() {
    std::string out;
    for (const ChannelSpec& c : default_channels()) out += (out.empty() ? "" : ", ") + c.id;
    return out;
}

bool read_id(DocumentReader& r, const Value& v, const std::string& path, std::string& out) {
    if (!r.text(v, path, 64, out, false)) return false;
    if (is_plain_id(out)) return true;
    r.error(v.offset, path, "ids are lower-case letters, digits, '-' and '_' (at most 64)");
    return false;
}

void read_key_point(DocumentReader& r, const Value& v, const std::string& path, KeyPoint& kp) {
    if (!r.keys(v, path, {"id", "label", "kind", "phrases", "rule", "hint"})) return;
    if (!r.required(v, path, {"id", "label", "kind"})) return;
    read_id(r, *v.find("id"), json::path_key(path, "id"), kp.id);
    r.text(*v.find("label"), json::path_key(path, "label"), L::max_label_bytes, kp.label, false);
    const Value& kind = *v.find("kind");
    const std::string kind_path = json::path_key(path, "kind");
    if (!parse_key_point_kind(kind.kind == Kind::string ? kind.string : "", kp.kind)) {
        r.error(kind.offset, kind_path,
                "expected one of mentions, apology, empathy, next_step, dm_offer, uses_name, avoids");
        return;
    }
    if (const Value* hint = v.find("hint")) r.text(*hint, json::path_key(path, "hint"), L::max_text_bytes, kp.hint);

    if (const Value* phrases = v.find("phrases")) {
        const std::string p = json::path_key(path, "phrases");
        if (takes_phrases(kp.kind))
            r.strings(*phrases, p, L::max_phrases, L::max_phrase_bytes, kp.phrases, 1);
        else
            r.error(phrases->offset, p, "only mentions, apology and dm_offer key points take phrases");
    } else if (kp.kind == KeyPointKind::mentions) {
        r.error(v.offset, path, "a mentions key point needs \"phrases\"");
    }

    if (const Value* rule = v.find("rule")) {
        const std::string p = json::path_key(path, "rule");
        if (kp.kind != KeyPointKind::avoids) {
            r.error(rule->offset, p, "only avoids key points take a rule");
        } else if (r.text(*rule, p, 64, kp.rule, false) && !is_known_rule(kp.rule)) {
            r.error(rule->offset, p, "unknown rule id " + quote(kp.rule));
        }
    } else if (kp.kind == KeyPointKind::avoids) {
        r.error(v.offset, path, "an avoids key point needs \"rule\"");
    }
}

void read_key_points(DocumentReader& r, const Value& v, const std::string& path, Scenario& s) {
    if (!r.list(v, path, L::max_key_points, 1)) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const std::string p = json::path_index(path, i);
        KeyPoint kp;
        read_key_point(r, v.items[i], p, kp);
        if (!kp.id.empty() && !seen.insert(kp.id).second)
            r.error(v.items[i].find("id")->offset, json::path_key(p, "id"), "duplicate key point id " + quote(kp.id));
        if (kp.kind == KeyPointKind::uses_name && s.request.customer_name.empty() &&
            s.request.customer_handle.empty() && v.items[i].find("kind") != nullptr)
            r.error(v.items[i].find("kind")->offset, json::path_key(p, "kind"),
                    "uses_name needs the scenario's customer_name or customer_handle");
        s.key_points.push_back(std::move(kp));
    }
}

void read_scenario(DocumentReader& r, const Value& v, const std::string& path, Scenario& s) {
    if (!r.keys(v, path, {"id", "title", "situation", "channel", "visibility", "customer_name", "customer_handle",
                          "customer_post", "agent_name", "agent_initials", "facts", "key_points", "model_answers",
                          "notes"}))
        return;
    // Missing keys are reported and the rest is still read, so one pass shows every problem.
    r.required(v, path, {"id", "title", "channel", "customer_post", "key_points", "model_answers"});
    CheckRequest& req = s.request;
    const RequestFieldLimits limits{L::max_text_bytes, L::max_label_bytes, 64, 16, false};
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        const Value& x = m.value;
        if (m.key != "draft" && read_request_field(r, m, p, req, limits)) {
            if (m.key == "channel" && !req.channel.empty() && default_channel(req.channel) == nullptr)
                r.error(x.offset, p, "unknown channel " + quote(req.channel) + " (expected one of " + channel_list() + ")");
            if (m.key == "customer_post" && x.is(Kind::string) && x.string.find_first_not_of(" \t\r\n") == std::string::npos)
                r.error(x.offset, p, "must not be empty");
            continue;
        }
        if (m.key == "id") {
            read_id(r, x, p, s.id);
        } else if (m.key == "title") {
            r.text(x, p, L::max_label_bytes, s.title, false);
        } else if (m.key == "situation") {
            bool known = false;
            if (x.kind == Kind::string)
                known = std::find(kScenarioSituations.begin(), kScenarioSituations.end(), x.string) !=
                        kScenarioSituations.end();
            if (known) {
                s.situation = x.string;
            } else {
                std::string all;
                for (std::string_view name : kScenarioSituations) all += (all.empty() ? "" : ", ") + std::string(name);
                r.error(x.offset, p, "expected one of " + all);
            }
        } else if (m.key == "facts") {
            r.strings(x, p, L::max_facts, L::max_text_bytes, s.facts);
        } else if (m.key == "model_answers") {
            r.strings(x, p, L::max_model_answers, L::max_text_bytes, s.model_answers, 1);
        } else if (m.key == "notes") {
            r.text(x, p, L::max_text_bytes, s.notes);
        }
    }
    if (const Value* points = v.find("key_points")) read_key_points(r, *points, json::path_key(path, "key_points"), s);
}

void read_scenarios(DocumentReader& r, const Value& v, const std::string& path, ScenarioSet& set) {
    if (!r.list(v, path, L::max_scenarios, 1)) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const std::string p = json::path_index(path, i);
        Scenario s;
        read_scenario(r, v.items[i], p, s);
        if (!s.id.empty() && !seen.insert(s.id).second)
            r.error(v.items[i].find("id")->offset, json::path_key(p, "id"), "duplicate scenario id " + quote(s.id));
        set.scenarios.push_back(std::move(s));
    }
}

}  // namespace

std::string_view to_string(KeyPointKind kind) {
    for (const auto& entry : kKindNames)
        if (entry.first == kind) return entry.second;
    return "mentions";
}

bool parse_key_point_kind(std::string_view text, KeyPointKind& out) {
    for (const auto& entry : kKindNames)
        if (entry.second == text) {
            out = entry.first;
            return true;
        }
    return false;
}

const Scenario* ScenarioSet::find(std::string_view scenario_id) const {
    for (const Scenario& s : scenarios)
        if (s.id == scenario_id) return &s;
    return nullptr;
}

std::string ScenarioSetLoadResult::report(std::string_view source) const { return issues_report(issues, source); }

ScenarioSetLoadResult load_scenario_set(std::string_view text) {
    ScenarioSetLoadResult result;
    DocumentReader r(text, result.issues);
    const std::optional<json::ParseResult> parsed = r.parse(text, L::max_document_bytes, "scenario set");
    if (!parsed) return result;
    const Value& root = *parsed->value;
    if (!r.keys(root, "$", {"schema_version", "id", "name", "description", "pack", "scenarios"})) return result;
    if (!r.required(root, "$", {"id", "scenarios"})) return result;

    ScenarioSet set;
    for (const json::Member& m : root.members) {
        const std::string p = json::path_key("$", m.key);
        long long n = 0;
        if (m.key == "schema_version") {
            if (r.integer(m.value, p, 1, 1, n)) set.schema_version = static_cast<int>(n);
        } else if (m.key == "id") {
            read_id(r, m.value, p, set.id);
        } else if (m.key == "name") {
            r.text(m.value, p, L::max_label_bytes, set.name, false);
        } else if (m.key == "description") {
            r.text(m.value, p, L::max_text_bytes, set.description);
        } else if (m.key == "pack") {
            r.text(m.value, p, 64, set.pack, false);
        } else if (m.key == "scenarios") {
            read_scenarios(r, m.value, p, set);
        }
    }
    if (set.name.empty()) set.name = set.id;
    if (!r.failed()) result.set = std::move(set);
    return result;
}

std::string_view builtin_scenarios_json() {
    return {reinterpret_cast<const char*>(replycheck_builtin_scenarios),
            static_cast<std::size_t>(replycheck_builtin_scenarios_size)};
}

}  // namespace replycheck
