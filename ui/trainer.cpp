// Trainer mode's actions: loading scenario sets and sessions, practice rounds, authoring. Each
// one hands the judgement to core/ and keeps what it returns.
#include "trainer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>

#include "app.h"
#include "engine/pack_examples.h"
#include "pack/pack_validation.h"
#include "training/scenario_validation.h"

namespace replycheck::ui {
namespace {

std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

LoadedScenarioSet* find_set(TrainerState& trainer, const std::string& id) {
    for (LoadedScenarioSet& s : trainer.sets)
        if (s.set.id == id) return &s;
    return nullptr;
}

std::vector<std::string> issue_lines(const std::vector<DocumentIssue>& issues) {
    std::vector<std::string> out;
    for (const DocumentIssue& issue : issues) out.push_back(issue.to_string());
    return out;
}

}  // namespace

const char* mode_name(AppMode mode) {
    switch (mode) {
        case AppMode::practice: return "practice";
        case AppMode::guidelines: return "guidelines";
        case AppMode::report: return "report";
        case AppMode::authoring: return "authoring";
        case AppMode::reply: break;
    }
    return "reply";
}

const LoadedScenarioSet* active_set(const AppState& state) {
    for (const LoadedScenarioSet& s : state.trainer.sets)
        if (s.set.id == state.trainer.set_id) return &s;
    return state.trainer.sets.empty() ? nullptr : &state.trainer.sets.front();
}

const Scenario* active_scenario(const AppState& state) {
    const LoadedScenarioSet* loaded = active_set(state);
    if (loaded == nullptr || loaded->set.scenarios.empty()) return nullptr;
    const Scenario* scenario = loaded->set.find(state.trainer.scenario_id);
    return scenario != nullptr ? scenario : &loaded->set.scenarios.front();
}

// The grader compiles the set's key points against its pack; rebuilt only when either changes.
void prepare_practice(AppState& state) {
    TrainerState& t = state.trainer;
    const LoadedScenarioSet* loaded = active_set(state);
    if (loaded == nullptr) {
        t.grader.reset();
        return;
    }
    const auto pack = state.packs.find(loaded->set.pack);
    if (!pack) {
        t.grader.reset();
        t.grader_key.clear();
        t.error = "\"" + loaded->set.name + "\" is graded with the pack \"" + loaded->set.pack +
                  "\", which is not loaded. Import it on the Reply tab (Brand pack), then come back.";
        return;
    }
    const std::string key = loaded->set.id + '\n' + std::to_string(reinterpret_cast<std::uintptr_t>(pack.get()));
    if (t.grader && t.grader_key == key) return;
    t.grader = std::make_shared<const Grader>(loaded->set, pack);
    t.grader_key = key;
    t.error.clear();
}

void start_trainer(AppState& state) {
    TrainerState& t = state.trainer;
    if (!t.sets.empty()) return;
    ScenarioSetLoadResult builtin = load_scenario_set(builtin_scenarios_json());
    if (!builtin.ok()) {
        t.error = "The built-in scenario set did not load: " + builtin.report();
        return;
    }
    t.sets.push_back({std::string(), std::string(builtin_scenarios_json()), std::move(*builtin.set)});
    t.set_id = t.sets.front().set.id;
}

bool import_scenario_set(AppState& state, const std::string& file_name, const std::string& json) {
    TrainerState& t = state.trainer;
    ScenarioSetLoadResult loaded = load_scenario_set(json);
    if (!loaded.ok()) {
        t.import_error = file_name + " was not loaded:\n" + loaded.report();
        return false;
    }
    const std::string id = loaded.set->id;
    // The grader refers to the set it was built from, which this may move or replace.
    t.grader.reset();
    if (LoadedScenarioSet* existing = find_set(t, id); existing != nullptr && !existing->file_name.empty()) {
        *existing = {file_name, json, std::move(*loaded.set)};
    } else if (existing != nullptr) {
        t.import_error = file_name + " was not loaded: its id \"" + id + "\" is the built-in set's; give it another id.";
        return false;
    } else {
        t.sets.push_back({file_name, json, std::move(*loaded.set)});
    }
    t.import_error.clear();
    state.notice = "Loaded scenario set \"" + id + "\"";
    select_scenario_set(state, id);
    state.dirty = true;
    return true;
}

void select_scenario_set(AppState& state, const std::string& id) {
    TrainerState& t = state.trainer;
    if (find_set(t, id) == nullptr) return;
    if (t.set_id != id) t.scenario_id.clear();
    t.set_id = id;
    t.grade.reset();
    t.error.clear();
    state.dirty = true;
}

void select_scenario(AppState& state, const std::string& id) {
    TrainerState& t = state.trainer;
    if (t.scenario_id == id) return;
    t.scenario_id = id;
    t.grade.reset();
    t.model_answer = 0;
    state.dirty = true;
}

void submit_practice(AppState& state) {
    TrainerState& t = state.trainer;
    prepare_practice(state);
    const Scenario* scenario = active_scenario(state);
    if (!t.grader || scenario == nullptr) return;
    const std::string& reply = t.replies[scenario->id];
    Grade grade = t.grader->grade(*scenario, reply);
    if (!grade.check.ok()) {
        // Nothing to grade (an empty or over-long reply): say why, record nothing.
        t.grade = std::move(grade);
        return;
    }
    t.session.trainee = t.trainee;
    t.session.set_id = active_set(state)->set.id;
    t.session.pack_id = active_set(state)->set.pack;
    t.session.record(scenario->id, reply, grade, now_ms());
    t.grade = std::move(grade);
    t.model_answer = 0;
    state.dirty = true;
}

void retry_practice(AppState& state) {
    state.trainer.grade.reset();
    state.focus_practice_reply = true;
}

bool import_session(AppState& state, const std::string& file_name, const std::string& json) {
    TrainerState& t = state.trainer;
    SessionLoadResult loaded = session_from_json(json);
    if (!loaded.ok()) {
        t.import_error = file_name + " was not loaded:\n" + issues_report(loaded.issues);
        return false;
    }
    t.review = std::move(*loaded.session);
    t.review_file = file_name;
    t.import_error.clear();
    state.notice = "Reviewing " + file_name;
    return true;
}

void open_file(AppState& state, const std::string& file_name, const std::string& text) {
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    const bool is_object = doc.is_object();
    const bool is_session = is_object && doc.value("format", "") == "replycheck-practice-session";
    const bool is_set = is_object && doc.contains("scenarios");
    if (state.mode == AppMode::authoring) {
        Authoring& a = state.trainer.authoring;
        a.kind = is_set ? AuthoringKind::scenarios : AuthoringKind::pack;
        a.text = text;
        a.file_name = file_name;
        author_validate(state);
        return;
    }
    // Broken JSON goes where the trainer is looking, so its error shows there.
    if (is_session || (!is_object && state.mode == AppMode::report)) {
        if (import_session(state, file_name, text)) state.request_mode(AppMode::report);
    } else if (is_set || (!is_object && state.mode == AppMode::practice)) {
        if (import_scenario_set(state, file_name, text)) state.request_mode(AppMode::practice);
    } else {
        import_pack(state, file_name, text);
    }
}

void author_load(AppState& state, AuthoringKind kind) {
    Authoring& a = state.trainer.authoring;
    a = Authoring{};
    a.kind = kind;
    if (kind == AuthoringKind::pack) {
        a.text = pack_json(state, state.pack_id);
        a.file_name = state.pack_id + ".json";
    } else if (const LoadedScenarioSet* loaded = active_set(state)) {
        a.text = loaded->json;
        a.file_name = loaded->set.id + ".json";
    }
}

void author_validate(AppState& state) {
    Authoring& a = state.trainer.authoring;
    a.checked = true;
    a.examples_ran = false;
    a.results.clear();
    std::vector<DocumentIssue> issues;
    if (a.kind == AuthoringKind::pack) {
        issues = validate_pack_document(a.text, state.packs).issues;
    } else {
        issues = validate_scenario_set(a.text).issues;
        const ScenarioSetLoadResult loaded = load_scenario_set(a.text);
        if (loaded.ok() && !state.packs.find(loaded.set->pack))
            issues.push_back({false, 0, 0, "$.pack",
                              "the pack \"" + loaded.set->pack + "\" is not loaded; import it before practising"});
    }
    a.valid = std::none_of(issues.begin(), issues.end(), [](const DocumentIssue& i) { return !i.warning; });
    a.issues = issue_lines(issues);
}

void author_run_examples(AppState& state) {
    Authoring& a = state.trainer.authoring;
    author_validate(state);
    if (!a.valid) return;
    a.examples_ran = true;
    a.results.clear();
    if (a.kind == AuthoringKind::pack) {
        PackRegistry scratch = state.packs;  // the app's packs stay as they are
        const PackLoadResult loaded = scratch.load(a.text);
        if (!loaded.ok()) return;
        const PackExamplesReport report = run_pack_examples(*scratch.find(loaded.pack->id));
        for (const ExampleFailure& f : report.failures)
            a.results.push_back(f.rule + " " + (f.good ? "good" : "bad") + " example " + std::to_string(f.index + 1) +
                                ": " + f.problem);
        a.examples_passed = report.ok();
        a.results.insert(a.results.begin(), std::to_string(report.passed) + " examples passed, " +
                                                std::to_string(report.failures.size()) + " failed" +
                                                (report.skipped ? ", " + std::to_string(report.skipped) + " skipped" : ""));
        return;
    }
    const ScenarioSetLoadResult loaded = load_scenario_set(a.text);
    const auto pack = state.packs.find(loaded.set->pack);
    if (!pack) return;
    const Grader grader(*loaded.set, pack);
    const ScenarioSetTestReport report = test_scenario_set(*loaded.set, grader);
    a.results = report.failures;
    a.examples_passed = report.ok();
    a.results.insert(a.results.begin(), std::to_string(report.passed) + " model answers pass, " +
                                            std::to_string(report.failures.size()) + " problems");
}

void author_use(AppState& state) {
    Authoring& a = state.trainer.authoring;
    author_validate(state);
    if (!a.valid) {
        const std::size_t problems = std::count_if(a.issues.begin(), a.issues.end(),
                                                   [](const std::string& i) { return i.find(": warning: ") == std::string::npos; });
        a.results = {"Not loaded: fix the " + std::to_string(problems) + " problem" + (problems == 1 ? "" : "s") +
                     " above first; the app keeps what it has."};
        return;
    }
    if (a.kind == AuthoringKind::pack) {
        if (import_pack(state, a.file_name, a.text)) a.results = {"Loaded as the active pack."};
        else a.results = state.pack_errors;
    } else {
        if (import_scenario_set(state, a.file_name, a.text)) a.results = {"Loaded as the active scenario set."};
        else a.results = {state.trainer.import_error};
    }
}

void open_example(AppState& state, const RuleExample& example) {
    const CheckRequest& r = example.request;
    // One undo step: Ctrl+Z on the Reply tab brings back the agent's draft and its whole context.
    ReplyWork next = current_work(state);
    ReplyContext& c = next.context;
    c.customer_post = r.customer_post;
    c.customer_name = r.customer_name;
    c.customer_handle = r.customer_handle;
    c.channel = r.channel;
    const ChannelSpec* spec = state.pack ? state.pack->channel(r.channel) : default_channel(r.channel);
    const Visibility fallback = spec != nullptr ? spec->default_visibility : Visibility::public_reply;
    c.is_public = r.visibility.value_or(fallback) == Visibility::public_reply;
    if (!r.agent_name.empty()) c.agent_name = r.agent_name;
    if (!r.agent_initials.empty()) c.agent_initials = r.agent_initials;
    next.draft = r.draft;
    next.thread.clear();
    const bool changed = !(next == current_work(state));
    change_work(state, std::move(next));
    state.request_mode(AppMode::reply);
    if (changed) state.notice = "Opened the example; Ctrl+Z brings back your reply and its context";
}

}  // namespace replycheck::ui
