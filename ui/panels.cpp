// What the panels share (panels.h): widget records, wrapped labels, columns, names.
#include <imgui.h>

#include "panels.h"

namespace replycheck::ui {

void remember_item(AppState& state, const std::string& name) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    state.widgets[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

void remember_composition(AppState& state, const TextEditorState& editor) {
    if (!editor.composing) return;
    const ImVec2 a = editor.composition_min, b = editor.composition_max;
    state.widgets["composition"] = WidgetRect{a.x, a.y, b.x - a.x, b.y - a.y};
}

const char* severity_title(Severity severity) {
    switch (severity) {
        case Severity::error: return "Errors";
        case Severity::warning: return "Warnings";
        case Severity::suggestion: break;
    }
    return "Suggestions";
}

void wrapped_text(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
}

namespace {

void wrapped_in(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrapped_text(text);
    ImGui::PopStyleColor();
}

}  // namespace

void wrapped_note(const std::string& text) { wrapped_in(palette().muted, text); }

void wrapped_problem(const std::string& text) { wrapped_in(palette().bad, text); }

void begin_column(AppState& state, const char* name, float width) {
    ImGui::BeginChild((std::string("##") + name).c_str(), ImVec2(width, 0), ImGuiChildFlags_Border);
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state.widgets[name] = WidgetRect{pos.x, pos.y, size.x, size.y};
}

void suggestion_tooltip(AppState& state, const Suggestion& suggestion) {
    if (suggestion.text.empty() || !ImGui::BeginItemTooltip()) return;
    constexpr std::size_t kShown = 160;
    std::string text = suggestion.text;
    if (text.size() > kShown) {
        std::size_t cut = kShown;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = text.substr(0, cut) + "\u2026";
    }
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state.widgets["tooltip"] = WidgetRect{pos.x, pos.y, size.x, size.y};
    ImGui::EndTooltip();
}

}  // namespace replycheck::ui
