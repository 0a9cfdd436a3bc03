// The app's frame: the header, the mode tabs, the agent's tab layout and the keyboard shortcuts.
// What the shortcuts and buttons do is in app_actions.cpp.
#include "app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "panels.h"

namespace replycheck::ui {
namespace {

void handle_shortcuts(AppState& state) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    // Ctrl+Z/Y are the app's in every box of the Reply tab (the editors have no undo of their
    // own, the context's boxes have theirs switched off) except the template search.
    const ImGuiID active = ImGui::GetActiveID();
    const bool app_keys = active == 0 || ImGui::GetInputTextState(active) == nullptr ||
                          std::find(state.context_field_ids.begin(), state.context_field_ids.end(), active) !=
                              state.context_field_ids.end();
    if (app_keys && ctrl && ImGui::IsKeyPressed(ImGuiKey_Z) && !io.KeyShift) undo(state);
    if (app_keys && ctrl && (ImGui::IsKeyPressed(ImGuiKey_Y) || (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Z))))
        redo(state);
    if (ctrl && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)))
        copy_reply(state);
    if (io.KeyAlt && !ctrl && ImGui::IsKeyPressed(ImGuiKey_DownArrow)) step_finding(state, +1);
    if (io.KeyAlt && !ctrl && ImGui::IsKeyPressed(ImGuiKey_UpArrow)) step_finding(state, -1);
    if (io.KeyAlt && !ctrl && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)))
        apply_selected_fix(state);
}

const char* mode_help(AppMode mode) {
    switch (mode) {
        case AppMode::practice:
            return "Pick a scenario, write the reply you would post, submit. You see your score, the key points "
                   "you covered and a model answer; retry as often as you like.";
        case AppMode::guidelines: return "Every rule of the active pack: why it exists, with good and bad examples.";
        case AppMode::report: return "Your attempts and scores; export them for your trainer, or import a trainee's export.";
        case AppMode::authoring:
            return "Write or paste a pack or a scenario set (or drop a file), validate it and run its examples.";
        case AppMode::reply: break;
    }
    return "Paste the customer's post, write your reply, fix what is flagged, copy.  "
           "Ctrl+Enter copies, Alt+\u2193/\u2191 steps through findings, Alt+Enter applies the selected one's fix, "
           "Ctrl+Z/Ctrl+Y undo/redo.";
}

void draw_header(AppState& state) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 top = ImGui::GetCursorPos();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("ReplyCheck");
    const char* theme = state.dark ? "Light theme" : "Dark theme";
    const float theme_x = ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(theme).x - style.FramePadding.x * 2;
    ImGui::SameLine();
    // The help wraps in the room left of the theme button rather than run under it.
    ImGui::PushTextWrapPos(theme_x - style.ItemSpacing.x * 2);
    ImGui::TextDisabled("%s", mode_help(state.mode));
    ImGui::PopTextWrapPos();
    remember_item(state, "header_help");
    const float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(theme_x, top.y));
    if (ImGui::Button(theme)) {
        state.dark = !state.dark;
        apply_theme(state.dark);
        state.dirty = true;
    }
    remember_item(state, "theme_button");
    ImGui::SetCursorPosY(std::max(bottom, ImGui::GetCursorPosY()));
}

// Another tab saved newer work: say so above every tab until the agent chooses.
void draw_other_tab_banner(AppState& state) {
    if (!other_tab_waiting(state)) return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(palette().warning, "Another tab of ReplyCheck saved newer work. This tab saves nothing until you choose:");
    ImGui::SameLine();
    if (ImGui::Button("Load it here")) load_other_tab_work(state);
    remember_item(state, "other_tab_load");
    ImGui::SetItemTooltip("This tab's work stays one Ctrl+Z away");
    ImGui::SameLine();
    if (ImGui::Button("Keep this tab's")) keep_this_tab_work(state);
    remember_item(state, "other_tab_keep");
    ImGui::SetItemTooltip("Saves this tab's work over the other tab's");
}

}  // namespace

void draw_mode_tabs(AppState& state) {
    struct Tab {
        AppMode mode;
        const char* label;
    };
    static constexpr Tab kTabs[] = {{AppMode::reply, "Reply"},
                                    {AppMode::practice, "Practice"},
                                    {AppMode::guidelines, "Guidelines"},
                                    {AppMode::report, "Report"},
                                    {AppMode::authoring, "Authoring"}};
    if (!ImGui::BeginTabBar("##modes")) return;
    for (const Tab& tab : kTabs) {
        // A switch made by code is pushed to the tab bar until it shows; until then the bar's
        // own selection must not overwrite it.
        const bool forced = state.select_mode_tab && state.mode == tab.mode;
        const bool open = ImGui::BeginTabItem(tab.label, nullptr, forced ? ImGuiTabItemFlags_SetSelected : 0);
        remember_item(state, std::string("tab_") + mode_name(tab.mode));
        if (!open) continue;
        if (state.select_mode_tab && state.mode == tab.mode) state.select_mode_tab = false;
        if (!state.select_mode_tab && state.mode != tab.mode) {
            state.mode = tab.mode;
            state.dirty = true;
        }
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

namespace {

// The agent's tab: context and packs | reply | findings, or two columns when narrow.
void draw_reply_tab(AppState& state) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (width >= 1000.0f) {
        const float left = std::clamp(width * 0.26f, 280.0f, 380.0f);
        const float right = std::clamp(width * 0.32f, 320.0f, 480.0f);
        begin_column(state, "context_column", left);
        draw_context_panel(state);
        draw_packs_panel(state);
        draw_templates_panel(state);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column(state, "draft_column", width - left - right - 2 * gap);
        draw_status_bar(state);
        draw_draft_editor(state, -FLT_MIN);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column(state, "findings_column", 0);
        draw_findings_panel(state);
        ImGui::EndChild();
    } else {
        // Narrow windows and high zoom: the reply and its context on the left, help on the right.
        const float left = std::floor(width * 0.55f);
        begin_column(state, "draft_column", left);
        draw_status_bar(state);
        draw_draft_editor(state, std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().y * 0.45f));
        ImGui::Spacing();
        draw_context_panel(state);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column(state, "findings_column", 0);
        draw_findings_panel(state);
        draw_templates_panel(state);
        draw_packs_panel(state);
        ImGui::EndChild();
    }
}

}  // namespace

void draw_app(AppState& state) {
    // The app has no menus: Alt pressed alone must not move the keyboard to ImGui's menu layer,
    // which takes it from the editor (and Alt+arrows step through findings).
    ImGui::SetKeyOwner(ImGuiMod_Alt, ImGui::GetID("##app_keys"));
    if (state.mode == AppMode::reply) handle_shortcuts(state);
    if (state.needs_check) recheck(state);

    state.widgets.clear();
    state.marks.clear();
    state.editor_ids.clear();
    state.context_field_ids.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kFill = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("ReplyCheck", nullptr, kFill);
    draw_header(state);
    draw_other_tab_banner(state);
    draw_mode_tabs(state);
    switch (state.mode) {
        case AppMode::reply: draw_reply_tab(state); break;
        case AppMode::practice: draw_practice_tab(state); break;
        case AppMode::guidelines: draw_guidelines_tab(state); break;
        case AppMode::report: draw_report_tab(state); break;
        case AppMode::authoring: draw_authoring_tab(state); break;
    }
    ImGui::End();
    if (state.mode == AppMode::reply) {
        draw_hover_card(state);
        draw_template_prompt(state);
    }
    // Edits made while drawing (a suggestion, a template) are checked before the next frame,
    // so the findings never lag the text by more than the frame that changed it.
    if (state.needs_check) recheck(state);
}

}  // namespace replycheck::ui
