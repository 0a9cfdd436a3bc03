// A reply posted as a thread: each post its own editor, with the channel's count for it as posted
// (mention and numbering included, from the core) and its own Copy button. The findings' marks
// are the draft editor's, placed in the post they fall in.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "panels.h"
#include "text_editor.h"
#include "thread_text.h"

namespace replycheck::ui {
namespace {

// Selections and focus asked for in draft offsets go to the post that holds them.
void route_selection(AppState& state) {
    const std::vector<std::uint32_t> starts = thread_starts(state.thread);
    if (state.sync_editor) {
        for (TextEditorState& e : state.thread_editors) e.anchor = e.caret.offset;
        state.sync_editor = false;
    }
    if (state.select_start >= 0) {
        const auto start = static_cast<std::size_t>(state.select_start);
        const std::size_t end = std::max(start, static_cast<std::size_t>(std::max(state.select_end, 0)));
        const std::size_t part = thread_post_at(state.thread, start);
        const std::size_t base = starts[part], size = state.thread[part].size();
        state.thread_editors[part].select(std::min(start - base, size), std::min(end - base, size));
        state.thread_focus = part;
        state.select_start = state.select_end = -1;
    }
    if (state.focus_editor) {
        state.thread_editors[std::min(state.thread_focus, state.thread.size() - 1)].activate();
        state.focus_editor = false;
    }
}

void draw_post_header(AppState& state, std::size_t k) {
    const std::size_t n = state.thread.size();
    const std::string number = std::to_string(k + 1) + "/" + std::to_string(n);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(("Post " + number).c_str());
    if (k < state.result.thread_lengths.size()) {
        const LengthReport& length = state.result.thread_lengths[k];
        ImGui::SameLine();
        ImGui::TextColored(length.fits ? palette().muted : palette().bad, "%u / %u", length.count, length.limit);
        remember_item(state, "thread_count_" + std::to_string(k));
    }
    const std::string label = "Copy " + number;
    const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - width));
    if (ImGui::Button(label.c_str())) {
        state.thread_copy_next = k;
        copy_reply(state);
    }
    remember_item(state, "copy_part_" + std::to_string(k));
    ImGui::SetItemTooltip("%s", "Copies this post as it is posted, with the mention and numbering");
}

}  // namespace

void draw_thread_editor(AppState& state, float height) {
    const std::size_t n = state.thread.size();
    state.thread_editors.resize(n);
    route_selection(state);

    ImGui::AlignTextToFramePadding();
    ImGui::Text("Your reply, as a thread of %zu posts", n);
    ImGui::SameLine();
    if (ImGui::SmallButton("Split again")) split_into_thread(state);
    remember_item(state, "thread_resplit");
    ImGui::SetItemTooltip("Splits the posts' text afresh for the channel; a thread that fits stays as it is");
    ImGui::SameLine();
    if (ImGui::SmallButton("One post")) {
        join_thread_posts(state);
        return;
    }
    remember_item(state, "thread_join");
    ImGui::SetItemTooltip("Joins the posts back into one reply");

    ImGui::BeginChild("##thread_posts", ImVec2(-FLT_MIN, height < 0 ? 0.0f : height), ImGuiChildFlags_None);
    const std::vector<std::uint32_t> starts = thread_starts(state.thread);
    const float pad = ImGui::GetStyle().FramePadding.y * 2;
    for (std::size_t k = 0; k < n && k < state.thread.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        draw_post_header(state, k);
        TextEditorState& editor = state.thread_editors[k];
        // As tall as its text, at least two rows: the posts are short and read one under another.
        const float row = editor.line_height > 0 ? editor.line_height : ImGui::GetFontSize() * 1.25f;
        const float box = std::max(2, editor.layout.line_count()) * row + pad + 2;
        const std::string before = state.thread[k];
        bool checked = false;
        const auto marks = [&](const TextCanvas& canvas) {
            if (state.thread[k] != before) {
                state.draft = join_thread(state.thread);
                recheck(state);
                checked = true;
            }
            draw_finding_marks(state, canvas, starts[k], state.thread[k].size());
        };
        const ImGuiID id = ImGui::GetID("##post");
        state.editor_ids.push_back(id);
        const bool changed = TextEditor("##post", state.thread[k], editor, state.pack->locale(), ImVec2(-FLT_MIN, box), marks);
        remember_item(state, "thread_part_" + std::to_string(k));
        remember_composition(state, editor);
        if (ImGui::GetActiveID() == id) state.thread_focus = k;
        if (changed) {
            std::vector<std::string> old = state.thread;
            old[k] = before;
            state.draft = join_thread(state.thread);
            note_typing(state, ReplyWork{join_thread(old), state.context, std::move(old)}, ("post " + std::to_string(k)).c_str());
            if (checked) state.needs_check = false;
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace replycheck::ui
