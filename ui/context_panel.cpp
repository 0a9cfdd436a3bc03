// Who the agent is replying to, where, and how the customer feels.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "panels.h"

namespace replycheck::ui {
namespace {

void context_changed(AppState& state) {
    state.needs_check = state.post_changed = state.dirty = true;
    state.notice.clear();
}

const ImVec4& mood_colour(Mood mood) {
    switch (mood) {
        case Mood::upset: return palette().bad;
        case Mood::happy: return palette().good;
        case Mood::neutral: break;
    }
    return palette().muted;
}

// Two labelled text boxes side by side: labels on one row, boxes on the next, so both line up.
void two_fields(AppState& state, const char* label_a, const char* id_a, const char* hint_a, std::string* a,
                const char* label_b, const char* id_b, const char* hint_b, std::string* b, float width) {
    const float second = ImGui::GetCursorPosX() + width + ImGui::GetStyle().ItemSpacing.x;
    ImGui::TextUnformatted(label_a);
    ImGui::SameLine(second);
    ImGui::TextUnformatted(label_b);
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint(id_a, hint_a, a)) context_changed(state);
    remember_item(state, id_a + 2);
    ImGui::SameLine(second);
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint(id_b, hint_b, b)) context_changed(state);
    remember_item(state, id_b + 2);
}

}  // namespace

void draw_context_panel(AppState& state) {
    ReplyContext& c = state.context;
    ImGui::SeparatorText("Customer's post");
    const float post_height = ImGui::GetTextLineHeight() * 5 + ImGui::GetStyle().FramePadding.y * 2;
    if (ImGui::InputTextMultiline("##customer_post", &c.customer_post, ImVec2(-FLT_MIN, post_height)))
        context_changed(state);
    remember_item(state, "customer_post");
    ImGui::TextDisabled("Mood:");
    ImGui::SameLine();
    ImGui::TextColored(mood_colour(state.result.post.mood), "%s", c.customer_post.empty() ? "no post yet" : std::string(to_string(state.result.post.mood)).c_str());

    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    two_fields(state, "Name", "##customer_name", "Maria", &c.customer_name, "Handle", "##customer_handle", "@maria_k",
               &c.customer_handle, half);
    ImGui::TextUnformatted("Channel");
    const ChannelSpec* current = default_channel(c.channel);
    ImGui::SetNextItemWidth(half);
    if (ImGui::BeginCombo("##channel", current ? current->display_name.c_str() : c.channel.c_str())) {
        for (const ChannelSpec& spec : default_channels()) {
            if (ImGui::Selectable(spec.display_name.c_str(), spec.id == c.channel)) {
                c.channel = spec.id;
                c.is_public = spec.default_visibility == Visibility::public_reply;
                context_changed(state);
            }
        }
        ImGui::EndCombo();
    }
    remember_item(state, "channel");
    if (ImGui::RadioButton("Public", c.is_public)) {
        c.is_public = true;
        context_changed(state);
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Private", !c.is_public)) {
        c.is_public = false;
        context_changed(state);
    }

    ImGui::SeparatorText("You");
    two_fields(state, "Your name", "##agent_name", "Sam", &c.agent_name, "Initials", "##agent_initials", "SB",
               &c.agent_initials, half);
}

}  // namespace replycheck::ui
