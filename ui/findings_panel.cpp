// What the core found, worst first, each with the pack's reason, examples and one-click fixes.
#include <imgui.h>

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
    const RuleSpec* rule = nullptr;
    if (const auto it = state.pack->pack().rules.find(f.rule); it != state.pack->pack().rules.end()) rule = &it->second;
    if (rule != nullptr && !rule->why.empty()) wrapped_note(rule->why);
    if (selected && rule != nullptr) {
        if (!rule->good.empty()) draw_example("Good:", palette().good, rule->good.front());
        if (!rule->bad.empty()) draw_example("Bad:", palette().bad, rule->bad.front());
    }

    // Suggestion buttons flow like words: as many on a line as fit.
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < f.suggestions.size(); ++i) {
        const Suggestion& s = f.suggestions[i];
        ImGui::PushID(static_cast<int>(i));
        const float width = ImGui::CalcTextSize(s.label.c_str()).x + style.FramePadding.x * 2;
        if (i > 0 && ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
        bool applied = false;
        if (ImGui::Button(s.label.c_str())) applied = true;
        remember_item(state, "suggestion_" + std::to_string(suggestion_number++));
        if (!s.text.empty()) ImGui::SetItemTooltip("%s", s.text.c_str());
        ImGui::PopID();
        if (applied) {
            // The findings this button belongs to are replaced by the edit; stop drawing them.
            apply_suggestion(state, s);
            break;
        }
    }
    ImGui::Unindent(bar + style.ItemSpacing.x);
    ImGui::PopID();
    ImGui::Spacing();
}

}  // namespace

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

}  // namespace replycheck::ui
