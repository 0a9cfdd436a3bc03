// The pack's reply templates: the ones the core ranks for this post first, then the rest, all
// searchable. Using one fills in the names; the core flags whatever {placeholder} is left. On a
// draft that is not empty, the agent chooses: insert at the caret or replace.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cctype>

#include "panels.h"

namespace replycheck::ui {
namespace {

std::string lower_ascii(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool matches(const ReplyTemplate& t, const std::string& needle) {
    if (needle.empty()) return true;
    std::string haystack = t.title + ' ' + t.intent + ' ' + t.text;
    for (const std::string& k : t.keywords) haystack += ' ' + k;
    return lower_ascii(haystack).find(needle) != std::string::npos;
}

}  // namespace

void draw_templates_panel(AppState& state) {
    if (!ImGui::CollapsingHeader("Templates", ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##template_search", "Search templates", &state.template_filter);
    remember_item(state, "template_search");
    const std::string needle = lower_ascii(state.template_filter);

    // Ranked ones first, in the core's order, then the pack's order.
    std::vector<const ReplyTemplate*> list;
    const auto& all = state.pack->pack().templates;
    for (const TemplateSuggestion& s : state.ranked_templates)
        for (const ReplyTemplate& t : all)
            if (t.id == s.id) list.push_back(&t);
    const std::size_t ranked = list.size();
    for (const ReplyTemplate& t : all)
        if (std::find(list.begin(), list.end(), &t) == list.end()) list.push_back(&t);

    // The column's right edge: titles wrap there, and "fits this post" moves to the next row
    // rather than be cut.
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    state.widgets["templates_column"] =
        WidgetRect{ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y, ImGui::GetContentRegionAvail().x, 0};
    const ImGuiStyle& style = ImGui::GetStyle();
    int shown = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const ReplyTemplate& t = *list[i];
        if (!matches(t, needle)) continue;
        const std::string number = std::to_string(shown++);
        ImGui::PushID(t.id.c_str());
        if (ImGui::SmallButton("Use")) use_template(state, t);
        remember_item(state, "template_" + number);
        if (ImGui::BeginItemTooltip()) {
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22);
            ImGui::TextUnformatted(t.text.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::SameLine();
        const float title_x = ImGui::GetCursorPosX();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(t.title.c_str());
        ImGui::PopTextWrapPos();
        remember_item(state, "template_title_" + number);
        if (i < ranked) {
            const char* fits = "fits this post";
            if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + ImGui::CalcTextSize(fits).x <= right &&
                ImGui::GetItemRectSize().y <= ImGui::GetTextLineHeight() + 1)
                ImGui::SameLine();
            else
                ImGui::SetCursorPosX(title_x);
            ImGui::TextColored(palette().good, "%s", fits);
            remember_item(state, "template_fits_" + number);
        }
        ImGui::PopID();
    }
    if (shown == 0) ImGui::TextDisabled("No template matches.");
}

void draw_template_prompt(AppState& state) {
    constexpr const char* kTitle = "Use the template?";
    if (state.template_prompt && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(ImGui::GetFontSize() * 34, FLT_MAX));
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    if (!state.template_prompt) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    ImGui::Text("\u201c%s\u201d: your reply is not empty.", state.template_prompt->title.c_str());
    wrapped_note(state.template_prompt->text);
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Insert at the caret")) insert_template(state);
    remember_item(state, "template_insert_button");
    ImGui::SameLine();
    if (ImGui::Button("Replace my reply")) replace_with_template(state);
    remember_item(state, "template_replace_button");
    ImGui::SetItemTooltip("Ctrl+Z brings your reply back");
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) state.template_prompt.reset();
    remember_item(state, "template_cancel_button");
    if (!state.template_prompt) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace replycheck::ui
