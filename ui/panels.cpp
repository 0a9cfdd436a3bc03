// What the panels share (panels.h): widget records, wrapped labels, columns, names.
#include <imgui.h>

#include "panels.h"

namespace replycheck::ui {

void remember_item(AppState& state, const std::string& name) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    state.widgets[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
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

void begin_column(const char* id, float width) {
    ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_Border);
}

}  // namespace replycheck::ui
