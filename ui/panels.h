#pragma once
// The panels of the agent's tab, one file each, and what they share.
#include <imgui.h>

#include "app.h"

namespace replycheck::ui {

// Records the last item's rectangle under `name` for state().widgets.
void remember_item(AppState& state, const std::string& name);

ImU32 severity_colour(Severity severity, float alpha = 1.0f);
const char* severity_title(Severity severity);
// The channel's limits and counting: the active pack's override, else the built-in table.
const ChannelSpec* channel_spec(const AppState& state);
// Labels wrap to the panel; long customer posts must never widen a column.
void wrapped_text(const std::string& text);
// A bordered column of the layout; end it with ImGui::EndChild().
void begin_column(const char* id, float width);
// Text in the disabled colour, wrapped.
void wrapped_note(const std::string& text);

void apply_theme(bool dark);

void draw_context_panel(AppState& state);
void draw_draft_editor(AppState& state, float height);
void draw_status_bar(AppState& state);
void draw_findings_panel(AppState& state);
void draw_templates_panel(AppState& state);
void draw_packs_panel(AppState& state);
// Reply | Practice | Guidelines | Report | Authoring.
void draw_mode_tabs(AppState& state);

}  // namespace replycheck::ui
