// What the core found, worst first, each with the pack's reason, examples and one-click fixes;
// and the same card at the text when the pointer is on a finding's underline.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "panels.h"

namespace replycheck::ui {
namespace {

void draw_example(const char* label, const ImVec4& colour, const RuleExample& example) {
    ImGui::TextColored(colour, "%s", label);
    ImGui::SameLine();
    wrapped_text(example.request.draft);
    if (!example.note.empty()) {
        ImGui::Indent();
        wrapped_note(example.note);
        ImGui::Unindent();
    }
}

const RuleSpec* rule_spec(const AppState& state, const Finding& f) {
    const auto it = state.pack->pack().rules.find(f.rule);
    return it == state.pack->pack().rules.end() ? nullptr : &it->second;
}

// One finding: a clickable message with a severity bar, then the reason, examples and fixes.
void draw_finding(AppState& state, int index, int& suggestion_number, int shown) {
    const Finding& f = state.result.findings[index];
    const bool selected = index == state.selected_finding;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float bar = 4.0f;
    const float wrap = ImGui::GetContentRegionAvail().x - bar - style.ItemSpacing.x;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const ImVec2 text_size = ImGui::CalcTextSize(f.message.c_str(), nullptr, false, wrap);

    ImGui::PushID(index);
    if (ImGui::Selectable("##finding", selected, 0, ImVec2(0, text_size.y))) select_finding(state, index);
    remember_item(state, "finding_" + std::to_string(shown));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(top, ImVec2(top.x + bar, top.y + text_size.y), severity_colour(f.severity), 2.0f);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(top.x + bar + style.ItemSpacing.x, top.y),
                  ImGui::GetColorU32(ImGuiCol_Text), f.message.c_str(), nullptr, wrap);

    ImGui::Indent(bar + style.ItemSpacing.x);
    if (!f.because.empty()) wrapped_note("Because: " + f.because);
    const RuleSpec* rule = rule_spec(state, f);
    if (rule != nullptr && !rule->why.empty()) wrapped_note(rule->why);
    if (selected && rule != nullptr) {
        if (!rule->good.empty()) draw_example("Good:", palette().good, rule->good.front());
        if (!rule->bad.empty()) draw_example("Bad:", palette().bad, rule->bad.front());
    }
    const Finding copy = f;  // a fix replaces the findings
    draw_fix_buttons(state, copy, "suggestion_", suggestion_number);
    ImGui::Unindent(bar + style.ItemSpacing.x);
    ImGui::PopID();

    // The whole card, for tests and for scrolling it into view when it is selected by key.
    const ImVec2 bottom = ImGui::GetCursorScreenPos();
    const ImRect card(top, ImVec2(top.x + ImGui::GetContentRegionAvail().x, bottom.y));
    state.widgets["card_" + std::to_string(shown)] = WidgetRect{card.Min.x, card.Min.y, card.GetWidth(), card.GetHeight()};
    if (selected && state.scroll_to_selected) {
        ImGui::ScrollToRect(ImGui::GetCurrentWindow(), card, ImGuiScrollFlags_KeepVisibleEdgeY);
        state.scroll_to_selected = false;
    }
    ImGui::Spacing();
}

}  // namespace

bool draw_fix_buttons(AppState& state, const Finding& finding, const std::string& name, int& number) {
    // Suggestion buttons flow like words: as many on a line as fit.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < finding.suggestions.size(); ++i) {
        const Suggestion& s = finding.suggestions[i];
        ImGui::PushID(static_cast<int>(i));
        const float width = ImGui::CalcTextSize(s.label.c_str()).x + style.FramePadding.x * 2;
        if (i > 0 && ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
        const bool applied = ImGui::Button(s.label.c_str());
        remember_item(state, name + std::to_string(number++));
        suggestion_tooltip(state, s);
        ImGui::PopID();
        if (applied) {
            // The findings this button belongs to are replaced by the edit; stop drawing them.
            use_suggestion(state, finding, s);
            return true;
        }
    }
    return false;
}

void draw_findings_panel(AppState& state) {
    const CheckResult& r = state.result;
    std::size_t safe = 0;
    for (const Finding& f : r.findings)
        safe += std::any_of(f.suggestions.begin(), f.suggestions.end(), [](const Suggestion& s) { return s.safe; });

    ImGui::SeparatorText("Findings");
    if (safe > 0) {
        char label[64];
        std::snprintf(label, sizeof label, "Apply all safe fixes (%zu)", safe);
        if (ImGui::Button(label)) {
            apply_safe_fixes(state);
            return;
        }
        remember_item(state, "apply_safe_fixes");
        ImGui::SetItemTooltip("Spelling, brand terms, names and sign-offs: fixes that do not change the meaning");
    }
    if (r.ok() && r.findings.empty()) ImGui::TextDisabled("Nothing to fix.");

    int suggestion_number = 0;
    int shown = 0;
    for (const Severity severity : {Severity::error, Severity::warning, Severity::suggestion}) {
        const auto count = std::count_if(r.findings.begin(), r.findings.end(),
                                         [&](const Finding& f) { return f.severity == severity; });
        if (count == 0) continue;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(severity_colour(severity)));
        ImGui::SeparatorText((std::string(severity_title(severity)) + " (" + std::to_string(count) + ")").c_str());
        ImGui::PopStyleColor();
        for (std::size_t i = 0; i < r.findings.size(); ++i) {
            if (r.findings[i].severity != severity) continue;
            draw_finding(state, static_cast<int>(i), suggestion_number, shown++);
            if (state.needs_check) return;  // a fix was applied: the list is out of date until the next check
        }
    }
}

void draw_hover_card(AppState& state) {
    // The card follows the underline under the pointer; it stays while the pointer is on it (to
    // reach its buttons) and for a moment after it leaves both.
    constexpr double kGraceSeconds = 0.3;
    const double now = ImGui::GetTime();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const WidgetRect& c = state.hover_card_rect;
    const auto inside_card = [&](ImVec2 p) { return p.x >= c.x && p.x < c.x + c.w && p.y >= c.y - 2 && p.y < c.y + c.h; };
    const bool on_card = state.hover_card >= 0 && inside_card(mouse);
    // A press elsewhere (a click or a drag in the reply) closes the card: it must never stand over
    // the text the agent is selecting or clicking into.
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left) && !(state.hover_card >= 0 && inside_card(ImGui::GetIO().MouseClickedPos[0]))) {
        state.hover_card = -1;
        state.hover_candidate = -1;
        return;
    }
    if (state.hover_candidate >= 0 && !on_card) {
        if (state.hover_card != state.hover_candidate) state.hover_card_rect = WidgetRect{};
        state.hover_card = state.hover_candidate;
        state.hover_anchor = state.hover_candidate_rect;
        state.hover_left_at = now;
    } else if (on_card) {
        state.hover_left_at = now;
    } else if (state.hover_card >= 0 && now - state.hover_left_at > kGraceSeconds) {
        state.hover_card = -1;
    }
    state.hover_candidate = -1;
    if (state.hover_card < 0 || state.hover_card >= static_cast<int>(state.result.findings.size()) ||
        ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
        return;

    const Finding finding = state.result.findings[state.hover_card];
    const float width = ImGui::GetFontSize() * 22;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Under the underlined row, or above it when there is no room below; never past the edges.
    const WidgetRect& a = state.hover_anchor;
    const float card_h = state.hover_card_rect.h > 0 ? state.hover_card_rect.h : ImGui::GetFontSize() * 8;
    float y = a.y + a.h;
    if (y + card_h > viewport->WorkPos.y + viewport->WorkSize.y) y = std::max(viewport->WorkPos.y, a.y - card_h);
    const float x = std::clamp(a.x, viewport->WorkPos.x, viewport->WorkPos.x + viewport->WorkSize.x - width);
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    constexpr ImGuiWindowFlags kCard = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_PopupBg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    if (ImGui::Begin("##hover_card", nullptr, kCard)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(palette().severity(finding.severity), "%s", severity_title(finding.severity));
        ImGui::TextUnformatted(finding.message.c_str());
        if (!finding.because.empty()) ImGui::TextDisabled("Because: %s", finding.because.c_str());
        ImGui::PopTextWrapPos();
        if (const RuleSpec* rule = rule_spec(state, finding); rule != nullptr && !rule->why.empty()) wrapped_note(rule->why);
        int number = 0;
        // A fix applied from the card hands the keyboard back to the draft.
        if (draw_fix_buttons(state, finding, "hover_suggestion_", number)) state.focus_editor = true;
        if (finding.suggestions.empty()) ImGui::TextDisabled("No fix to apply: reword it yourself.");
        // A click on the card's text, not a button: the keyboard stays with the reply, so no key
        // typed next is lost on a window that takes no text.
        if (ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !ImGui::IsAnyItemHovered())
            state.focus_editor = true;
        const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        state.hover_card_rect = WidgetRect{pos.x, pos.y, size.x, size.y};
        state.widgets["hover_card"] = state.hover_card_rect;
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace replycheck::ui
