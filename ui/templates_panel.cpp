// The pack's reply templates: the ones the core ranks for this post first, then the rest, all
// searchable. Using one fills in the names; the core flags whatever {placeholder} is left.
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

    int shown = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const ReplyTemplate& t = *list[i];
        if (!matches(t, needle)) continue;
        ImGui::PushID(t.id.c_str());
        if (ImGui::SmallButton("Use")) replace_draft(state, fill_template(t.text, make_request(state)));
        remember_item(state, "template_" + std::to_string(shown++));
        ImGui::SetItemTooltip("%s", t.text.c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(t.title.c_str());
        if (i < ranked) {
            ImGui::SameLine();
            ImGui::TextColored(palette().good, "fits this post");
        }
        ImGui::PopID();
    }
    if (shown == 0) ImGui::TextDisabled("No template matches.");
}

}  // namespace replycheck::ui
