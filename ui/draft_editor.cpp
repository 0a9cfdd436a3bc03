// The reply: score and status above, the editor with its marks, the channel's length counter.
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "panels.h"

namespace replycheck::ui {
namespace {

// Runs every frame the editor is active: carries text changed from outside (suggestions, undo)
// into ImGui's edit buffer, and selects a clicked finding's span.
int editor_callback(ImGuiInputTextCallbackData* data) {
    AppState& state = *static_cast<AppState*>(data->UserData);
    if (state.sync_editor) {
        state.sync_editor = false;
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, state.draft.c_str(), state.draft.c_str() + state.draft.size());
        data->CursorPos = data->SelectionStart = data->SelectionEnd = std::min(data->CursorPos, data->BufTextLen);
    }
    if (state.select_start >= 0) {
        const int end = std::min(state.select_end, data->BufTextLen);
        data->SelectionStart = std::min(state.select_start, end);
        data->SelectionEnd = data->CursorPos = end;
        state.select_start = state.select_end = -1;
    }
    return 0;
}

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

// Marks drawn over the editor's text. ImGui's multiline editor does not wrap, so a byte offset
// maps to (line, width of the line's text before it); the editor lays lines out FontSize apart.
struct TextLayout {
    const std::string& text;
    ImVec2 origin;  // top-left of the first line, scroll applied
    float line_height;

    ImVec2 position(std::size_t offset, int* line_out = nullptr) const {
        offset = std::min(offset, text.size());
        const std::size_t line_start = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;
        const int line = static_cast<int>(std::count(text.begin(), text.begin() + line_start, '\n'));
        if (line_out) *line_out = line;
        const float x = ImGui::GetFont()->CalcTextSizeA(line_height, FLT_MAX, 0.0f, text.c_str() + line_start,
                                                        text.c_str() + offset).x;
        return ImVec2(origin.x + x, origin.y + line * line_height);
    }

    // Calls draw(min, max) for the part of [start, end) on each line.
    template <typename Draw>
    void for_each_line(std::size_t start, std::size_t end, Draw draw) const {
        while (start < end) {
            const std::size_t line_end = std::min(end, std::min(text.find('\n', start), text.size()));
            const ImVec2 a = position(start);
            const ImVec2 b = position(line_end);
            draw(a, ImVec2(std::max(b.x, a.x + 4.0f), a.y + line_height));
            start = line_end + 1;
        }
    }
};

void draw_marks(AppState& state, ImGuiID id) {
    ImGuiWindow* parent = ImGui::GetCurrentWindow();
    if (parent->DC.ChildWindows.empty()) return;
    ImGuiWindow* child = parent->DC.ChildWindows.back();  // the editor's scrolling region
    const ImGuiInputTextState* edit = ImGui::GetInputTextState(id);
    const float scroll_x = edit != nullptr && ImGui::GetActiveID() == id ? edit->ScrollX : 0.0f;
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const TextLayout layout{state.draft,
                            ImVec2(child->Pos.x + padding.x - scroll_x, child->Pos.y + padding.y - child->Scroll.y),
                            ImGui::GetFontSize()};
    ImDrawList* draw = child->DrawList;
    draw->PushClipRect(child->InnerClipRect.Min, child->InnerClipRect.Max, true);

    const std::size_t overflow = state.length.overflow_utf8;
    if (!state.length.fits && overflow < state.draft.size())
        layout.for_each_line(overflow, state.draft.size(), [&](ImVec2 a, ImVec2 b) {
            draw->AddRectFilled(a, b, severity_colour(Severity::error, 0.18f));
        });

    const auto& findings = state.result.findings;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const bool selected = static_cast<int>(i) == state.selected_finding;
        if (f.start == f.end) {
            // A point (something missing here): a small wedge under the place.
            const ImVec2 p = layout.position(f.start);
            const float h = layout.line_height;
            draw->AddTriangleFilled(ImVec2(p.x, p.y + h - 5), ImVec2(p.x - 4, p.y + h + 1), ImVec2(p.x + 4, p.y + h + 1),
                                    severity_colour(f.severity));
            continue;
        }
        layout.for_each_line(f.start, f.end, [&](ImVec2 a, ImVec2 b) {
            if (selected) draw->AddRectFilled(a, b, severity_colour(f.severity, 0.22f), 2.0f);
            draw->AddLine(ImVec2(a.x, b.y - 1.0f), ImVec2(b.x, b.y - 1.0f), severity_colour(f.severity, 0.9f), 2.0f);
        });
    }
    draw->PopClipRect();
}

}  // namespace

void draw_status_bar(AppState& state) {
    const CheckResult& r = state.result;
    const ImVec4 ok(0.15f, 0.60f, 0.30f, 1.0f);
    const ImVec4 bad(0.85f, 0.18f, 0.18f, 1.0f);
    ImGui::AlignTextToFramePadding();
    if (r.error_code == "empty_draft") {
        ImGui::TextDisabled("Write a reply to check it.");
    } else if (!r.ok()) {
        ImGui::TextColored(bad, "Cannot check: %s", r.error.c_str());
    } else {
        std::size_t errors = 0;
        for (const Finding& f : r.findings) errors += f.severity == Severity::error;
        ImGui::Text("Score %d", r.score);
        ImGui::SameLine();
        if (errors == 0) ImGui::TextColored(ok, "Ready to post");
        else ImGui::TextColored(bad, "Fix %zu error%s first", errors, errors == 1 ? "" : "s");
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
    if (state.length.limit > 0) {
        // The count and limit come from the core, in the channel's own unit (X weights URLs and emoji).
        const bool over = state.length.count > state.length.limit;
        char counter[64];
        std::snprintf(counter, sizeof counter, "%u / %u", state.length.count, state.length.limit);
        ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(counter).x);
        if (over) ImGui::TextColored(ImVec4(0.85f, 0.18f, 0.18f, 1.0f), "%s", counter);
        else ImGui::TextDisabled("%s", counter);
        remember_item(state, "length_counter");
    }
    std::string before = state.draft;
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_CallbackAlways;
    const bool changed =
        ImGui::InputTextMultiline("##draft", &state.draft, ImVec2(-FLT_MIN, height), flags, editor_callback, &state);
    const ImGuiID id = ImGui::GetItemID();
    state.editor_id = id;
    remember_item(state, "draft_editor");
    if (state.focus_editor) {
        // Activated as keyboard navigation would, so it opens for typing; the callback then
        // replaces the select-all that comes with that by the finding's span.
        ImGuiContext& g = *ImGui::GetCurrentContext();
        g.NavNextActivateId = id;
        g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState;
        state.focus_editor = false;
    }
    if (!ImGui::IsItemActive()) state.sync_editor = false;  // it reloads the draft when activated
    if (changed && state.draft != before) {
        record_typing(state, std::move(before));
        state.dirty = true;
        state.notice.clear();
        recheck(state);  // the marks below must match the text just typed
    }
    draw_marks(state, id);
}

}  // namespace replycheck::ui
