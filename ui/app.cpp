// The app's frame: the header, the mode tabs, the agent's tab layout and the keyboard shortcuts.
// What the shortcuts and buttons do is in app_actions.cpp.
#include "app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "panels.h"

namespace replycheck::ui {
namespace {

// Findings in the order the panel lists them: by severity, worst first, then by place.
std::vector<int> display_order(const AppState& state) {
    std::vector<int> order(state.result.findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return state.result.findings[a].severity > state.result.findings[b].severity;
    });
    return order;
}

void step_finding(AppState& state, int direction) {
    const std::vector<int> order = display_order(state);
    if (order.empty()) return;
    const auto at = std::find(order.begin(), order.end(), state.selected_finding);
    int pos = at == order.end() ? (direction > 0 ? -1 : 0) : static_cast<int>(at - order.begin());
    pos = (pos + direction + static_cast<int>(order.size())) % static_cast<int>(order.size());
    select_finding(state, order[pos]);
}

void handle_shortcuts(AppState& state) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    // While another text box (the customer's post, a name) is being edited, Ctrl+Z/Y are its own.
    const ImGuiID active = ImGui::GetActiveID();
    const bool draft_keys = active == 0 || active == state.editor_id || ImGui::GetInputTextState(active) == nullptr;
    if (draft_keys && ctrl && ImGui::IsKeyPressed(ImGuiKey_Z) && !io.KeyShift) undo(state);
    if (draft_keys && ctrl && (ImGui::IsKeyPressed(ImGuiKey_Y) || (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Z))))
        redo(state);
    if (ctrl && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)))
        copy_reply(state);
    if (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_DownArrow)) step_finding(state, +1);
    if (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_UpArrow)) step_finding(state, -1);
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
           "Ctrl+Enter copies, Alt+\u2193/\u2191 steps through findings, Ctrl+Z/Ctrl+Y undo/redo.";
}

void draw_header(AppState& state) {
    ImGui::AlignTextToFramePadding();
    ImGui::Text("ReplyCheck");
    const char* theme = state.dark ? "Light theme" : "Dark theme";
    const float theme_x = ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(theme).x - ImGui::GetStyle().FramePadding.x * 2;
    const char* help = mode_help(state.mode);
    ImGui::SameLine();
    // The help line gives way to the theme button on narrow screens rather than run under it.
    const ImVec2 help_min = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(help_min, ImVec2(ImGui::GetWindowPos().x + theme_x - 8, help_min.y + ImGui::GetFrameHeight()), true);
    ImGui::TextDisabled("%s", help);
    ImGui::PopClipRect();
    ImGui::SameLine(theme_x);
    if (ImGui::Button(theme)) {
        state.dark = !state.dark;
        apply_theme(state.dark);
        state.dirty = true;
    }
    remember_item(state, "theme_button");
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
        begin_column("##context_column", left);
        draw_context_panel(state);
        draw_packs_panel(state);
        draw_templates_panel(state);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column("##draft_column", width - left - right - 2 * gap);
        draw_status_bar(state);
        draw_draft_editor(state, -FLT_MIN);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column("##findings_column", 0);
        draw_findings_panel(state);
        ImGui::EndChild();
    } else {
        // Narrow windows and high zoom: the reply and its context on the left, help on the right.
        const float left = std::floor(width * 0.55f);
        begin_column("##draft_column", left);
        draw_status_bar(state);
        draw_draft_editor(state, std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().y * 0.45f));
        ImGui::Spacing();
        draw_context_panel(state);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column("##findings_column", 0);
        draw_findings_panel(state);
        draw_templates_panel(state);
        draw_packs_panel(state);
        ImGui::EndChild();
    }
}

}  // namespace

void draw_app(AppState& state) {
    if (state.mode == AppMode::reply) handle_shortcuts(state);
    if (state.needs_check) recheck(state);

    state.widgets.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kFill = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("ReplyCheck", nullptr, kFill);
    draw_header(state);
    draw_mode_tabs(state);
    switch (state.mode) {
        case AppMode::reply: draw_reply_tab(state); break;
        case AppMode::practice: draw_practice_tab(state); break;
        case AppMode::guidelines: draw_guidelines_tab(state); break;
        case AppMode::report: draw_report_tab(state); break;
        case AppMode::authoring: draw_authoring_tab(state); break;
    }
    ImGui::End();
    // Edits made while drawing (a suggestion, a template) are checked before the next frame,
    // so the findings never lag the text by more than the frame that changed it.
    if (state.needs_check) recheck(state);
}

}  // namespace replycheck::ui
