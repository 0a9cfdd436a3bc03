#pragma once
// The panels of the agent's tab, one file each, and what they share.
#include <imgui.h>

#include "app.h"
#include "theme.h"

namespace replycheck::ui {

// Records the last item's rectangle under `name` for state().widgets.
void remember_item(AppState& state, const std::string& name);

const char* severity_title(Severity severity);
// The channel's limits and counting: the active pack's override, else the built-in table.
// Labels wrap to the panel; long customer posts must never widen a column.
void wrapped_text(const std::string& text);
// A bordered column of the layout; end it with ImGui::EndChild().
void begin_column(const char* id, float width);
// Secondary text (reasons, notes), wrapped, in the palette's muted colour.
void wrapped_note(const std::string& text);
// A problem (a file that did not load, a reply that could not be graded), wrapped, in `bad`.
void wrapped_problem(const std::string& text);

void draw_context_panel(AppState& state);
void draw_draft_editor(AppState& state, float height);
void draw_status_bar(AppState& state);
void draw_findings_panel(AppState& state);
void draw_templates_panel(AppState& state);
void draw_packs_panel(AppState& state);
// Reply | Practice | Guidelines | Report | Authoring.
void draw_mode_tabs(AppState& state);

}  // namespace replycheck::ui
