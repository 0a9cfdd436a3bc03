#pragma once
// The Dear ImGui app: the agent's tab. It shows and edits state and asks core/ for every
// judgement; it never decides itself what is wrong with a reply. draw_app and the layout are in
// app.cpp, the actions below (recheck, packs, draft edits, undo) in app_actions.cpp.
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
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
    bool operator==(const ReplyContext&) const = default;
};

// Everything the agent works on in the Reply tab, taken whole: the unit of undo, and what
// another tab's newer save is compared by.
struct ReplyWork {
    std::string draft;
    ReplyContext context;
    std::vector<std::string> thread;  // the posts' texts while the reply is a thread (thread_text.h)
    bool operator==(const ReplyWork&) const = default;
};

// Snapshots of the work for Ctrl+Z / Ctrl+Y, saved with it so they survive a reload. ImGui's own
// per-widget undo is switched off: it cannot see fixes, templates, examples and threads, which
// change the text from outside the widgets.
struct WorkHistory {
    std::vector<ReplyWork> undo;
    std::vector<ReplyWork> redo;
    double last_typing = -1e9;  // ImGui time of the last keystroke of the current burst
    bool in_burst = false;
    std::string burst_field;    // which text box the burst is typed in
};

// A template whose "Use" waits for the agent: insert at the caret, or replace the draft.
struct TemplatePrompt {
    std::string title;
    std::string text;  // filled in
};

struct ImportedPack {
    std::string file_name;
    std::string id;
    std::string json;
};

struct AppState {
    // Saved in the browser (state_io.cpp): the work (see ReplyWork), the settings, the history.
    ReplyContext context;
    std::string draft;  // while a thread: join_thread(thread), which the core checks
    std::vector<std::string> thread;
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
    WorkHistory history;
    bool history_dirty = false;  // history to save (apart: it is larger and changes less often)
    std::optional<TemplatePrompt> template_prompt;
    std::size_t thread_copy_next = 0;  // the post "Copy" copies next
    // Another tab of the app saved newer work (its saved state); until the agent chooses to
    // load it or keep this tab's, this tab saves nothing over it.
    std::string other_tab_work;
    std::string other_tab_trainer;  // and its trainer mode's work, saved apart

    // The draft editor (text_editor.h) edits `draft` in place; these carry changes made from
    // outside (suggestions, undo, templates) and selections (clicked findings) into its caret.
    TextEditorState editor;  // caret, selection and visual rows
    std::vector<TextEditorState> thread_editors;  // one per post of a thread
    std::size_t thread_focus = 0;                 // the post whose editor was used last
    TextEditorState post_editor;                  // the customer's post
    bool sync_editor = false;
    int select_start = -1, select_end = -1;  // UTF-8 offsets into the draft to select in the editor
    bool focus_editor = false;
    unsigned editor_id = 0;  // the ImGuiID of the draft editor, once drawn
    std::vector<unsigned> editor_ids;         // and of every editor of the reply (a thread's posts)
    std::vector<unsigned> context_field_ids;  // the context's one-line boxes, whose Ctrl+Z is the app's

    // Findings as the agent meets them: the underlines drawn this frame, the card shown for the
    // one under the pointer, and a request to scroll the selected card into view.
    struct Mark {
        int finding;
        WidgetRect rect;
    };
    std::vector<Mark> marks;
    int hover_candidate = -1;  // the finding whose underline the pointer is on this frame
    WidgetRect hover_candidate_rect;
    int hover_card = -1;
    WidgetRect hover_anchor;  // the underline the card belongs to
    WidgetRect hover_card_rect;
    double hover_left_at = 0;  // when the pointer last left both, for a short grace
    bool scroll_to_selected = false;

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

// The saved documents, each as its own JSON text (any may be empty).
struct SavedWork {
    std::string_view state;    // the work and the settings (small, saved on every change)
    std::string_view packs;    // imported packs
    std::string_view history;  // undo and redo steps
    std::string_view trainer;  // trainer mode: practice session, scenario sets, answers, authoring
};
struct RestoreReport {
    std::string unrestored;      // what was saved but could not be restored (a practice session
                                 // that no longer loads), empty when all of it was
    bool trainer_moved = false;  // trainer mode's work came from an older save's state
};
// Restores saved work, or sets up the first-run example (in the theme state.dark holds when
// called: the system's preference).
RestoreReport start_app(AppState& state, const SavedWork& saved);
std::string saved_state_json(const AppState& state);
std::string saved_packs_json(const AppState& state);
std::string saved_history_json(const AppState& state);
std::string saved_trainer_json(const AppState& state);

// Another tab saved: `saved` is its saved state. Newer work than this tab's is held in
// other_tab_work for the agent to load or dismiss; the same work is ignored.
void other_tab_saved(AppState& state, const std::string& saved);
// Another tab saved trainer mode's work: held in other_tab_trainer in the same way.
void other_tab_saved_trainer(AppState& state, const std::string& saved);
inline bool other_tab_waiting(const AppState& state) {
    return !state.other_tab_work.empty() || !state.other_tab_trainer.empty();
}
// Another tab imported packs: the ones this tab lacks are loaded (the active one stays).
void other_tab_saved_packs(AppState& state, const std::string& saved);
void load_other_tab_work(AppState& state);  // one undo step brings this tab's work back
void keep_this_tab_work(AppState& state);   // saves this tab's work over the other's

CheckRequest make_request(const AppState& state);
// Runs the core on the current draft and context; called after every edit.
void recheck(AppState& state);

// Loads a pack file; on success it becomes the active pack, otherwise its issues are kept in
// pack_errors and nothing else changes. Returns whether it loaded.
bool import_pack(AppState& state, const std::string& file_name, const std::string& json);
bool switch_pack(AppState& state, const std::string& id);
std::string pack_json(const AppState& state, const std::string& id);

// The work as one value, and a change to it as one undo step (nothing when it is the same).
ReplyWork current_work(const AppState& state);
void change_work(AppState& state, ReplyWork next);
// After the agent typed in `field` (changing the work from `before`): typing joins the previous
// undo step while the agent keeps typing in the same box; a pause starts a new one.
void note_typing(AppState& state, ReplyWork before, const char* field);

// Draft edits from outside the editor; each is one undo step. replace_draft replaces the whole
// reply (a thread becomes one post); edit_draft replaces [start, end) of the draft, inside the
// thread's posts when it is one.
void replace_draft(AppState& state, std::string text);
void edit_draft(AppState& state, std::size_t start, std::size_t end, const std::string& text);
// A finding's fix button: the suggestion's edit, or for the thread split the thread itself.
// `keep_typing` leaves the caret after the fix with the editor taking keys (the fix key).
void use_suggestion(AppState& state, const Finding& finding, const Suggestion& suggestion, bool keep_typing = false);
void apply_selected_fix(AppState& state);  // the selected finding's first fix
void apply_safe_fixes(AppState& state);
bool undo(AppState& state);
bool redo(AppState& state);
// Selects a finding; `select_span` also selects its text in the editor (a click on its card),
// otherwise the caret stays where it is (stepping with Alt+arrows, a click on its underline).
void select_finding(AppState& state, int index, bool select_span = true);
void step_finding(AppState& state, int direction);
// Findings in the order the panel lists them: by severity, worst first, then by place.
std::vector<int> findings_in_display_order(const CheckResult& result);
void copy_reply(AppState& state);

// Threads: the posts of the reply split for its channel (idempotent), back to one post, and a
// post as it is posted (mention and numbering).
void split_into_thread(AppState& state);
void join_thread_posts(AppState& state);
std::string thread_post_text(const AppState& state, std::size_t part);
// A template: used at once on an empty draft, otherwise it waits in template_prompt.
void use_template(AppState& state, const ReplyTemplate& t);
void insert_template(AppState& state);   // at the caret
void replace_with_template(AppState& state);


// Draws one frame of the whole app into the current ImGui context.
void draw_app(AppState& state);

}  // namespace replycheck::ui
