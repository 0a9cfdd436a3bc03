#pragma once
// The Dear ImGui app: the agent's tab. It shows and edits state and asks core/ for every
// judgement; it never decides itself what is wrong with a reply. draw_app and the layout are in
// app.cpp, the actions below (recheck, packs, draft edits, undo) in app_actions.cpp.
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "channel/channels.h"
#include "check/check.h"
#include "engine/checker.h"
#include "engine/templates.h"
#include "pack/pack_registry.h"
#include "text_editor.h"
#include "trainer.h"

namespace replycheck::ui {

// Where a widget was drawn, in CSS pixels; published for tests and integrations.
struct WidgetRect {
    float x = 0, y = 0, w = 0, h = 0;
};

// Who the reply is for and where it goes. Saved with the draft.
struct ReplyContext {
    std::string customer_post;
    std::string customer_name;
    std::string customer_handle;
    std::string channel = "x";
    bool is_public = true;
    std::string agent_name;
    std::string agent_initials;

    Visibility visibility() const { return is_public ? Visibility::public_reply : Visibility::private_reply; }
};

// Snapshots of the draft for Ctrl+Z / Ctrl+Y. ImGui's own per-widget undo is switched off: it
// cannot see suggestions and templates, which replace the text from outside the editor.
struct DraftHistory {
    std::vector<std::string> undo;
    std::vector<std::string> redo;
    double last_typing = -1e9;  // ImGui time of the last keystroke of the current burst
    bool in_burst = false;
};

struct ImportedPack {
    std::string file_name;
    std::string id;
    std::string json;
};

struct AppState {
    // Saved in the browser (state_io.cpp).
    ReplyContext context;
    std::string draft;
    std::string pack_id{kDefaultPackId};
    bool dark = false;
    std::vector<ImportedPack> imported;

    // Derived from the above by the core.
    PackRegistry packs;
    std::shared_ptr<const CompiledPack> pack;
    CheckResult result;
    std::vector<TemplateSuggestion> ranked_templates;

    // What the agent is doing right now.
    int selected_finding = -1;
    std::string template_filter;
    std::vector<std::string> pack_errors;  // of the last import that failed
    std::string pack_errors_file;
    std::string notice;  // a one-line confirmation ("Copied"), cleared by the next edit
    DraftHistory history;

    // The draft editor (text_editor.h) edits `draft` in place; these carry changes made from
    // outside (suggestions, undo, templates) and selections (clicked findings) into its caret.
    TextEditorState editor;  // caret, selection and visual rows
    bool sync_editor = false;
    int select_start = -1, select_end = -1;  // UTF-8 offsets to select in the editor
    bool focus_editor = false;
    unsigned editor_id = 0;  // the ImGuiID of the draft editor, once drawn

    bool needs_check = true;
    bool post_changed = true;
    bool dirty = false;        // state to save
    bool packs_dirty = false;  // imported packs to save (larger, so saved apart)
    std::size_t checks = 0;
    double last_check_ms = 0;
    std::map<std::string, WidgetRect> widgets;

    // Which tab is shown. Code that switches tabs (a dropped file, "Try in editor") calls
    // request_mode so the tab bar follows on the next frame.
    AppMode mode = AppMode::reply;
    bool select_mode_tab = false;
    void request_mode(AppMode next) {
        mode = next;
        select_mode_tab = true;
        dirty = true;
    }
    TrainerState trainer;
    bool focus_practice_reply = false;
    bool focus_authoring_editor = false;

    // Platform hooks (wasm/): a file picker for JSON files (packs, scenario sets, practice
    // sessions; the picked file goes to open_file) and a download for exports.
    std::function<void()> pick_json_file;
    std::function<void(const std::string& file_name, const std::string& text)> save_file;
};

// Restores saved JSON (either may be empty), or sets up the first-run example.
void start_app(AppState& state, std::string_view saved_state, std::string_view saved_packs);
std::string saved_state_json(const AppState& state);
std::string saved_packs_json(const AppState& state);

CheckRequest make_request(const AppState& state);
// Runs the core on the current draft and context; called after every edit.
void recheck(AppState& state);

// Loads a pack file; on success it becomes the active pack, otherwise its issues are kept in
// pack_errors and nothing else changes. Returns whether it loaded.
bool import_pack(AppState& state, const std::string& file_name, const std::string& json);
bool switch_pack(AppState& state, const std::string& id);
std::string pack_json(const AppState& state, const std::string& id);

// Draft edits from outside the editor; each is one undo step.
void replace_draft(AppState& state, std::string text);
void apply_suggestion(AppState& state, const Suggestion& suggestion);
void apply_safe_fixes(AppState& state);
bool undo(AppState& state);
bool redo(AppState& state);
void select_finding(AppState& state, int index);
void copy_reply(AppState& state);


// Draws one frame of the whole app into the current ImGui context.
void draw_app(AppState& state);

}  // namespace replycheck::ui
