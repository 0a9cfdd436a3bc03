// Authoring: a trainer writes or edits a pack or a scenario set (or drops a file in), validates
// it with line:column errors, runs its examples as tests and loads it into the app.
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "panels.h"

namespace replycheck::ui {
namespace {

// Byte offset of 1-based line:column in `text`, clamped to the line.
int offset_of(const std::string& text, int line, int column) {
    std::size_t at = 0;
    for (int l = 1; l < line; ++l) {
        const std::size_t next = text.find('\n', at);
        if (next == std::string::npos) return static_cast<int>(text.size());
        at = next + 1;
    }
    const std::size_t line_end = std::min(text.find('\n', at), text.size());
    return static_cast<int>(std::min(at + static_cast<std::size_t>(std::max(column - 1, 0)), line_end));
}

// While the editor is active: moves the caret to a clicked issue, and reports where it is.
int editor_callback(ImGuiInputTextCallbackData* data) {
    Authoring& a = *static_cast<Authoring*>(data->UserData);
    if (a.jump_line > 0) {
        const std::string text(data->Buf, data->BufTextLen);
        data->CursorPos = data->SelectionStart = data->SelectionEnd = offset_of(text, a.jump_line, a.jump_column);
        a.jump_line = a.jump_column = 0;
    }
    int line = 1, column = 1;
    for (int i = 0; i < data->CursorPos && i < data->BufTextLen; ++i) {
        if (data->Buf[i] == '\n') {
            ++line;
            column = 1;
        } else if ((data->Buf[i] & 0xC0) != 0x80) {
            ++column;
        }
    }
    a.caret_line = line;
    a.caret_column = column;
    return 0;
}

// Which lines the editor shows, from the scroll of the child window InputTextMultiline draws in
// (named as BeginChildEx names it), so state() can tell whether a jump scrolled to its line.
void note_visible_lines(Authoring& a, ImGuiID id) {
    const ImGuiWindow* parent = ImGui::GetCurrentWindow();
    char name[512];
    ImFormatString(name, sizeof name, "%s/%s_%08X", parent->Name, "##author_text", id);
    const ImGuiWindow* child = ImGui::FindWindowByName(name);
    if (child == nullptr) return;
    const float line = ImGui::GetTextLineHeight();
    const float top = child->Scroll.y, shown = child->Size.y - ImGui::GetStyle().FramePadding.y * 2;
    a.first_visible_line = 1 + static_cast<int>(top / line);
    a.last_visible_line = std::max(a.first_visible_line, static_cast<int>((top + shown) / line));
}

void draw_toolbar(AppState& state) {
    Authoring& a = state.trainer.authoring;
    int kind = a.kind == AuthoringKind::pack ? 0 : 1;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Editing a");
    ImGui::SameLine();
    bool kind_changed = ImGui::RadioButton("pack", &kind, 0);
    ImGui::SameLine();
    kind_changed |= ImGui::RadioButton("scenario set", &kind, 1);
    if (kind_changed) {
        a.kind = kind == 0 ? AuthoringKind::pack : AuthoringKind::scenarios;
        a.checked = false;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    if (ImGui::Button(a.kind == AuthoringKind::pack ? "Start from the active pack" : "Start from the active set"))
        author_load(state, a.kind);
    remember_item(state, "author_load_button");
    ImGui::SameLine();
    if (ImGui::Button("Open file…") && state.pick_json_file) state.pick_json_file();
    remember_item(state, "author_open_button");
    ImGui::SameLine();
    ImGui::BeginDisabled(a.text.empty());
    if (ImGui::Button("Validate")) author_validate(state);
    remember_item(state, "author_validate_button");
    ImGui::SameLine();
    if (ImGui::Button(a.kind == AuthoringKind::pack ? "Run examples" : "Test model answers")) author_run_examples(state);
    remember_item(state, "author_examples_button");
    ImGui::SetItemTooltip(a.kind == AuthoringKind::pack
                              ? "Every good example must raise no finding of its rule, every bad one at least one "
                                "(as `replycheck pack test`)"
                              : "Every model answer must be ready to post and cover every key point "
                                "(as `replycheck scenarios test`)");
    ImGui::SameLine();
    if (ImGui::Button("Use in the app")) author_use(state);
    remember_item(state, "author_use_button");
    ImGui::SameLine();
    if (ImGui::Button("Download") && state.save_file) state.save_file(a.file_name, a.text);
    remember_item(state, "author_download_button");
    ImGui::EndDisabled();
}

void draw_results(AppState& state) {
    Authoring& a = state.trainer.authoring;
    ImGui::SeparatorText("Problems");
    if (!a.checked) {
        wrapped_note(a.text.empty() ? "Start from the active pack or set, open a file, or paste JSON into the editor."
                                    : "Validate to see problems, each with its line:column and JSON path.");
    } else if (a.issues.empty()) {
        ImGui::TextColored(palette().good, "Valid.");
    } else {
        ImGui::TextColored(a.valid ? palette().good : palette().bad, "%s", a.valid ? "Valid, with warnings:" : "Not valid:");
        int index = 0;
        for (const std::string& issue : a.issues) {
            ImGui::PushID(index);
            ImGui::PushTextWrapPos(0.0f);
            if (ImGui::Selectable(issue.c_str())) {
                int line = 0, column = 0;
                if (std::sscanf(issue.c_str(), "%d:%d", &line, &column) == 2 || std::sscanf(issue.c_str(), "warning: %d:%d", &line, &column) == 2) {
                    a.jump_line = line;
                    a.jump_column = column;
                    state.focus_authoring_editor = true;
                }
            }
            ImGui::PopTextWrapPos();
            remember_item(state, "author_issue_" + std::to_string(index++));
            ImGui::PopID();
        }
        ImGui::TextDisabled("Click a problem to go to it.");
    }
    if (!a.results.empty()) {
        ImGui::SeparatorText(a.examples_ran ? "Tests" : "Result");
        if (a.examples_ran) ImGui::TextColored(a.examples_passed ? palette().good : palette().bad, "%s", a.examples_passed ? "All pass." : "Failures:");
        for (const std::string& line : a.results) wrapped_text(line);
        remember_item(state, "author_results");
    }
}

}  // namespace

void draw_authoring_tab(AppState& state) {
    Authoring& a = state.trainer.authoring;
    start_trainer(state);
    draw_toolbar(state);
    const float width = ImGui::GetContentRegionAvail().x;
    const bool wide = width >= 900.0f;
    begin_column(state, "author_editor_column", wide ? std::floor(width * 0.62f) : 0.0f);
    ImGui::Text("%s", a.file_name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("line %d, column %d", a.caret_line, a.caret_column);
    // A clicked problem activates the editor as keyboard navigation would (SetKeyboardFocusHere
    // does not once the mouse has focused the problems list); its callback then moves the caret.
    const ImGuiID editor_id = ImGui::GetID("##author_text");
    if (state.focus_authoring_editor) {
        ImGui::FocusWindow(ImGui::GetCurrentWindow());
        GImGui->NavNextActivateId = editor_id;
        GImGui->NavNextActivateFlags = ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState;
        state.focus_authoring_editor = false;
    }
    const float height = wide ? -FLT_MIN : ImGui::GetContentRegionAvail().y * 0.6f;
    if (ImGui::InputTextMultiline("##author_text", &a.text, ImVec2(-FLT_MIN, height),
                                  ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackAlways, editor_callback,
                                  &a))
        a.checked = a.examples_ran = false;
    remember_item(state, "author_editor");
    note_visible_lines(a, ImGui::GetItemID());
    if (!wide) draw_results(state);
    ImGui::EndChild();
    if (!wide) return;
    ImGui::SameLine();
    begin_column(state, "author_results_column", 0);
    draw_results(state);
    ImGui::EndChild();
}

}  // namespace replycheck::ui
