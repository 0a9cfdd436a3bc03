#pragma once
// Trainer mode: practice rounds on scenario sets, the guidelines explorer, the session report and
// authoring. Like the agent's tab it only shows and edits; grading, validation and example runs
// are core/training and core/engine calls.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "text_editor.h"
#include "training/grading.h"
#include "training/practice_report.h"
#include "training/scenario_set.h"

namespace replycheck::ui {

struct AppState;

enum class AppMode { reply, practice, guidelines, report, authoring };
const char* mode_name(AppMode mode);  // "reply", "practice", ...

struct LoadedScenarioSet {
    std::string file_name;  // empty for the built-in set
    std::string json;
    ScenarioSet set;
};

// What a trainer writes or edits in the authoring tab, and what checking it found.
enum class AuthoringKind { pack, scenarios };
struct Authoring {
    AuthoringKind kind = AuthoringKind::pack;
    std::string text;
    std::string file_name = "pack.json";
    bool checked = false;   // issues/results below belong to the current text
    bool valid = false;
    std::vector<std::string> issues;   // "line:col $.path: message"
    std::vector<std::string> results;  // example runs: one line per failure, or a pass summary
    bool examples_ran = false;
    bool examples_passed = false;
    int jump_line = 0, jump_column = 0;  // an issue clicked: move the editor's caret there
    int caret_line = 1, caret_column = 1;
    int first_visible_line = 1, last_visible_line = 1;  // what the editor shows
};

struct TrainerState {
    std::vector<LoadedScenarioSet> sets;  // [0] is the built-in set
    std::string set_id;
    std::string scenario_id;
    std::string trainee;
    std::map<std::string, std::string> replies;  // the answer being written, per scenario id
    TextEditorState reply_editor;
    std::optional<Grade> grade;                  // of the last submit at the current scenario
    int model_answer = 0;                        // which model answer is shown beside the reply
    std::shared_ptr<const Grader> grader;
    std::string grader_key;  // set id + pack id the grader was built for
    std::string error;       // why practice cannot run (a missing pack), or a failed set import

    PracticeSession session;                // the trainee's own attempts, saved in the browser
    std::optional<PracticeSession> review;  // an imported export, shown in the report instead
    std::string review_file;
    std::string import_error;  // of the last session or set import that failed

    std::string guideline_filter;
    Authoring authoring;
    std::vector<std::string> report_bars;  // the report's rule chart as last drawn, for state()
};

// The set the trainee practises, and its scenario, or null.
const LoadedScenarioSet* active_set(const AppState& state);
const Scenario* active_scenario(const AppState& state);
// Loads the built-in set (and any saved ones) at start.
void start_trainer(AppState& state);
bool import_scenario_set(AppState& state, const std::string& file_name, const std::string& json);
void select_scenario_set(AppState& state, const std::string& id);
void select_scenario(AppState& state, const std::string& id);
// Builds the grader for the active set and its pack when either changed; sets `error` when the
// set's pack is not loaded.
void prepare_practice(AppState& state);
// Grades the current reply and records the attempt in the session.
void submit_practice(AppState& state);
void retry_practice(AppState& state);
bool import_session(AppState& state, const std::string& file_name, const std::string& json);

// A file chosen in a picker or dropped on the page: a pack, a scenario set or a practice session,
// told apart by its content. On the authoring tab it opens in the editor instead.
void open_file(AppState& state, const std::string& file_name, const std::string& text);

// Authoring actions.
void author_load(AppState& state, AuthoringKind kind);  // the active pack or set, as JSON
void author_validate(AppState& state);
void author_run_examples(AppState& state);
void author_use(AppState& state);  // load it into the app (pack import or scenario set)

// Opens a rule example in the agent's tab, with its context, so a trainer can show it live.
void open_example(AppState& state, const RuleExample& example);

void draw_practice_tab(AppState& state);
void draw_guidelines_tab(AppState& state);
void draw_report_tab(AppState& state);
void draw_authoring_tab(AppState& state);

}  // namespace replycheck::ui
