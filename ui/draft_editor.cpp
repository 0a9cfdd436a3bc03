// The reply: score and status above, the editor with its marks, the channel's length counter.
#include <imgui.h>

#include <algorithm>

#include "panels.h"
#include "text_editor.h"

namespace replycheck::ui {
namespace {

// Typing joins the previous undo step while the agent keeps typing; a pause starts a new one.
void record_typing(AppState& state, std::string before) {
    constexpr double kBurstSeconds = 1.0;
    const double now = ImGui::GetTime();
    if (!state.history.in_burst || now - state.history.last_typing > kBurstSeconds) {
        state.history.undo.push_back(std::move(before));
        state.history.redo.clear();
        state.history.in_burst = true;
    }
    state.history.last_typing = now;
}

// Finding marks under the editor's text: an underline per row a span covers, coloured by
// severity, a wash over the selected finding, and a shade over what runs past the channel's limit.
void draw_marks(const AppState& state, const TextCanvas& canvas) {
    ImDrawList* draw = canvas.draw_list;
    const std::size_t overflow = state.result.length.overflow_utf8;
    if (!state.result.length.fits && overflow < state.draft.size())
        canvas.for_each_row(overflow, state.draft.size(), [&](ImVec2 a, ImVec2 b) {
            draw->AddRectFilled(a, b, ImGui::GetColorU32(palette().overflow));
        });

    const auto& findings = state.result.findings;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const bool selected = static_cast<int>(i) == state.selected_finding;
        if (f.start == f.end) {
            // A point (something missing here): a small wedge under the place.
            const ImVec2 p = canvas.point(f.start);
            const float h = canvas.line_height;
            draw->AddTriangleFilled(ImVec2(p.x, p.y + h - 5), ImVec2(p.x - 4, p.y + h + 1), ImVec2(p.x + 4, p.y + h + 1),
                                    severity_colour(f.severity));
            continue;
        }
        canvas.for_each_row(f.start, f.end, [&](ImVec2 a, ImVec2 b) {
            if (selected) draw->AddRectFilled(a, b, severity_colour(f.severity, 0.22f), 2.0f);
            draw->AddLine(ImVec2(a.x, b.y - 1.0f), ImVec2(b.x, b.y - 1.0f), severity_colour(f.severity, 0.9f), 2.0f);
        });
    }
}

}  // namespace

void draw_status_bar(AppState& state) {
    const CheckResult& r = state.result;
    ImGui::AlignTextToFramePadding();
    if (r.error_code == "empty_draft") {
        ImGui::TextDisabled("Write a reply to check it.");
    } else if (!r.ok()) {
        ImGui::TextColored(palette().bad, "Cannot check: %s", r.error.c_str());
    } else {
        std::size_t errors = 0;
        for (const Finding& f : r.findings) errors += f.severity == Severity::error;
        ImGui::Text("Score %d", r.score);
        ImGui::SameLine();
        if (errors == 0) ImGui::TextColored(palette().good, "Ready to post");
        else ImGui::TextColored(palette().bad, "Fix %zu error%s first", errors, errors == 1 ? "" : "s");
    }
    remember_item(state, "status");
    const char* label = "Copy reply";
    const float button_width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
    if (!state.notice.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", state.notice.c_str());
    }
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - button_width));
    if (ImGui::Button(label)) copy_reply(state);
    remember_item(state, "copy_button");
    ImGui::SetItemTooltip("Copies the reply to the clipboard (Ctrl+Enter)");
}

void draw_draft_editor(AppState& state, float height) {
    ImGui::TextUnformatted("Your reply");
    if (state.result.length.limit > 0) {
        // The count and limit come from the core, in the channel's own unit (X weights URLs and emoji).
        const bool over = state.result.length.count > state.result.length.limit;
        char counter[64];
        std::snprintf(counter, sizeof counter, "%u / %u", state.result.length.count, state.result.length.limit);
        ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(counter).x);
        if (over) ImGui::TextColored(palette().bad, "%s", counter);
        else ImGui::TextDisabled("%s", counter);
        remember_item(state, "length_counter");
    }
    // Carry changes made outside the editor into it: replaced text drops the selection (the
    // editor fits the caret to the new text), a clicked finding selects its span.
    TextEditorState& editor = state.editor;
    if (state.sync_editor) {
        editor.anchor = editor.caret.offset;
        state.sync_editor = false;
    }
    if (state.select_start >= 0) {
        editor.select(static_cast<std::size_t>(state.select_start), static_cast<std::size_t>(std::max(state.select_start, state.select_end)));
        state.select_start = state.select_end = -1;
    }
    if (state.focus_editor) {
        editor.activate();
        state.focus_editor = false;
    }
    std::string before = state.draft;
    bool checked = false;
    const auto marks = [&](const TextCanvas& canvas) {
        // The editor has applied this frame's keys by now: check the new text so the marks fit it.
        if (state.draft != before) {
            recheck(state);
            checked = true;
        }
        draw_marks(state, canvas);
    };
    state.editor_id = ImGui::GetID("##draft");
    const bool changed = TextEditor("##draft", state.draft, editor, state.pack->locale(), ImVec2(-FLT_MIN, height), marks);
    remember_item(state, "draft_editor");
    if (changed) {
        record_typing(state, std::move(before));
        state.dirty = true;
        state.notice.clear();
        if (!checked) state.needs_check = true;
    }
}

}  // namespace replycheck::ui
