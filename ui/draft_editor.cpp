// The reply: score and status above, the editor with its marks, the channel's length counter. A
// thread's posts are drawn by thread_editor.cpp with the same marks.
#include <imgui.h>

#include <algorithm>

#include "panels.h"
#include "text_editor.h"
#include "thread_text.h"

namespace replycheck::ui {
namespace {

// The draft range past the channel's limit: to the end of the draft, or of the thread's post
// that does not fit.
std::pair<std::size_t, std::size_t> overflow_range(const AppState& state) {
    const LengthReport& length = state.result.length;
    if (length.fits || length.overflow_utf8 >= state.draft.size()) return {0, 0};
    std::size_t end = state.draft.size();
    if (!state.thread.empty()) {
        const std::size_t part = thread_post_at(state.thread, length.overflow_utf8);
        end = thread_starts(state.thread)[part] + state.thread[part].size();
    }
    return {length.overflow_utf8, end};
}

// The pointer over an underline: its card opens (findings_panel.cpp); a click selects it.
void note_pointer(AppState& state, int finding, ImVec2 a, ImVec2 b) {
    const WidgetRect rect{a.x, a.y, b.x - a.x, b.y - a.y};
    state.marks.push_back({finding, rect});
    if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
    if (!ImGui::IsMouseHoveringRect(a, b, false) || ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
    state.hover_candidate = finding;
    state.hover_candidate_rect = rect;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) select_finding(state, finding, false);
}

}  // namespace

void draw_finding_marks(AppState& state, const TextCanvas& canvas, std::size_t base, std::size_t size) {
    ImDrawList* draw = canvas.draw_list;
    const std::size_t end = base + size;
    // Offsets into the draft, clipped to this editor's text and made local to it.
    const auto local = [&](std::size_t offset) { return std::clamp(offset, base, end) - base; };
    if (const auto [a, b] = overflow_range(state); a < b && a < end && b > base)
        canvas.for_each_row(local(a), local(b), [&](ImVec2 p, ImVec2 q) {
            draw->AddRectFilled(p, q, ImGui::GetColorU32(palette().overflow));
        });

    const auto& findings = state.result.findings;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const int index = static_cast<int>(i);
        const bool selected = index == state.selected_finding || index == state.hover_card;
        if (f.start == f.end) {
            if (f.start < base || f.start > end) continue;
            // A point (something missing here): a small wedge under the place.
            const ImVec2 p = canvas.point(local(f.start));
            const float h = canvas.line_height;
            draw->AddTriangleFilled(ImVec2(p.x, p.y + h - 5), ImVec2(p.x - 4, p.y + h + 1), ImVec2(p.x + 4, p.y + h + 1),
                                    severity_colour(f.severity));
            note_pointer(state, index, ImVec2(p.x - 5, p.y), ImVec2(p.x + 5, p.y + h));
            continue;
        }
        if (f.end <= base || f.start >= end) continue;
        canvas.for_each_row(local(f.start), local(f.end), [&](ImVec2 a, ImVec2 b) {
            if (selected) draw->AddRectFilled(a, b, severity_colour(f.severity, 0.22f), 2.0f);
            draw->AddLine(ImVec2(a.x, b.y - 1.0f), ImVec2(b.x, b.y - 1.0f), severity_colour(f.severity, 0.9f), 2.0f);
            note_pointer(state, index, a, b);
        });
    }
}

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
    // A thread is copied post by post: the button says which one is next.
    const std::string label = state.thread.empty() ? std::string("Copy reply")
                                                   : "Copy " + std::to_string(std::min(state.thread_copy_next, state.thread.size() - 1) + 1) +
                                                         "/" + std::to_string(state.thread.size());
    const float button_width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    if (!state.notice.empty()) {
        ImGui::SameLine();
        ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - button_width - ImGui::GetStyle().ItemSpacing.x);
        ImGui::TextDisabled("%s", state.notice.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
    } else {
        ImGui::SameLine();
    }
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - button_width));
    if (ImGui::Button((label + "##copy").c_str())) copy_reply(state);
    remember_item(state, "copy_button");
    ImGui::SetItemTooltip(state.thread.empty() ? "Copies the reply to the clipboard (Ctrl+Enter)"
                                               : "Copies the next post of the thread (Ctrl+Enter)");
}

void draw_draft_editor(AppState& state, float height) {
    if (!state.thread.empty()) {
        draw_thread_editor(state, height);
        return;
    }
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
        draw_finding_marks(state, canvas, 0, state.draft.size());
    };
    state.editor_id = ImGui::GetID("##draft");
    state.editor_ids.push_back(state.editor_id);
    const bool changed = TextEditor("##draft", state.draft, editor, state.pack->locale(), ImVec2(-FLT_MIN, height), marks);
    remember_item(state, "draft_editor");
    remember_composition(state, editor);
    if (changed) {
        note_typing(state, ReplyWork{std::move(before), state.context, {}}, "draft");
        if (checked) state.needs_check = false;
    }
}

}  // namespace replycheck::ui
