// What the panels share (panels.h): widget records, wrapped labels, columns, names.
#include <imgui.h>

#include "panels.h"

namespace replycheck::ui {

void remember_item(AppState& state, const std::string& name) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    state.widgets[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

ImU32 severity_colour(Severity severity, float alpha) {
    switch (severity) {
        case Severity::error: return ImGui::GetColorU32(ImVec4(0.86f, 0.15f, 0.15f, alpha));
        case Severity::warning: return ImGui::GetColorU32(ImVec4(0.90f, 0.55f, 0.05f, alpha));
        case Severity::suggestion: break;
    }
    return ImGui::GetColorU32(ImVec4(0.20f, 0.45f, 0.90f, alpha));
}

const char* severity_title(Severity severity) {
    switch (severity) {
        case Severity::error: return "Errors";
        case Severity::warning: return "Warnings";
        case Severity::suggestion: break;
    }
    return "Suggestions";
}

const char* mood_name(Mood mood) {
    switch (mood) {
        case Mood::upset: return "upset";
        case Mood::happy: return "happy";
        case Mood::neutral: break;
    }
    return "neutral";
}

void wrapped_text(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
}

void wrapped_note(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    wrapped_text(text);
    ImGui::PopStyleColor();
}

void begin_column(const char* id, float width) {
    ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_Border);
}

}  // namespace replycheck::ui
