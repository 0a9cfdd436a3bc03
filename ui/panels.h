#pragma once
// The panels of the agent's tab, one file each, and what they share.
#include <imgui.h>

#include "app.h"
#include "theme.h"

namespace replycheck::ui {

// Records the last item's rectangle under `name` for state().widgets.
void remember_item(AppState& state, const std::string& name);
// Records where an editor draws the text an input method is composing, as "composition".
void remember_composition(AppState& state, const TextEditorState& editor);

const char* severity_title(Severity severity);
// The channel's limits and counting: the active pack's override, else the built-in table.
// Labels wrap to the panel; long customer posts must never widen a column.
void wrapped_text(const std::string& text);
// A bordered column of the layout, recorded in widgets under `name`; end it with ImGui::EndChild().
void begin_column(AppState& state, const char* name, float width);
// A fix button's tooltip: what it puts in, wrapped and cut short, so it never covers the editor.
void suggestion_tooltip(AppState& state, const Suggestion& suggestion);
// Secondary text (reasons, notes), wrapped, in the palette's muted colour.
void wrapped_note(const std::string& text);
// A problem (a file that did not load, a reply that could not be graded), wrapped, in `bad`.
void wrapped_problem(const std::string& text);

void draw_context_panel(AppState& state);
void draw_draft_editor(AppState& state, float height);
void draw_status_bar(AppState& state);
void draw_findings_panel(AppState& state);
// The card of the finding whose underline the pointer is on (Grammarly-style), over everything.
void draw_hover_card(AppState& state);
// The fix buttons of a finding, flowing like words; `name` prefixes their widget names. True
// when one was used (the findings are then out of date).
bool draw_fix_buttons(AppState& state, const Finding& finding, const std::string& name, int& number);
// Finding marks under an editor's text: underlines, the selected wash, the overflow shade.
// `base` is where the editor's text starts in the draft (a thread's post), `size` its length.
void draw_finding_marks(AppState& state, const TextCanvas& canvas, std::size_t base, std::size_t size);
// The posts of a thread, each its own editor with its count and Copy button.
void draw_thread_editor(AppState& state, float height);
void draw_templates_panel(AppState& state);
// "Use" on a draft that is not empty: insert at the caret, replace, or cancel.
void draw_template_prompt(AppState& state);
void draw_packs_panel(AppState& state);
// Reply | Practice | Guidelines | Report | Authoring.
void draw_mode_tabs(AppState& state);

}  // namespace replycheck::ui
