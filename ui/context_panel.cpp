// Who the agent is replying to, where, and how the customer feels. Every change here is part of
// the work: typed text joins the app's undo history like the draft's, a channel or visibility
// switch is one step.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "panels.h"

namespace replycheck::ui {
namespace {

void context_changed(AppState& state, ReplyWork before, const char* field) {
    state.post_changed = true;
    note_typing(state, std::move(before), field);
}

const ImVec4& mood_colour(Mood mood) {
    switch (mood) {
        case Mood::upset: return palette().bad;
        case Mood::happy: return palette().good;
        case Mood::neutral: break;
    }
    return palette().muted;
}

// A one-line box of the context. Its Ctrl+Z is the app's (ImGui's own undo is off), so undo
// walks back through the context and the draft in the order they were changed.
using Field = std::string ReplyContext::*;

void context_field(AppState& state, const char* id, const char* hint, Field field, float width) {
    ImGui::SetNextItemWidth(width);
    std::string before = state.context.*field;
    if (ImGui::InputTextWithHint(id, hint, &(state.context.*field), ImGuiInputTextFlags_NoUndoRedo)) {
        ReplyWork old = current_work(state);
        old.context.*field = std::move(before);
        context_changed(state, std::move(old), id);
    }
    state.context_field_ids.push_back(ImGui::GetItemID());
    remember_item(state, id + 2);
}

// Two labelled text boxes side by side: labels on one row, boxes on the next, so both line up.
void two_fields(AppState& state, const char* label_a, const char* id_a, const char* hint_a, Field a,
                const char* label_b, const char* id_b, const char* hint_b, Field b, float width) {
    const float second = ImGui::GetCursorPosX() + width + ImGui::GetStyle().ItemSpacing.x;
    ImGui::TextUnformatted(label_a);
    ImGui::SameLine(second);
    ImGui::TextUnformatted(label_b);
    context_field(state, id_a, hint_a, a, width);
    ImGui::SameLine(second);
    context_field(state, id_b, hint_b, b, width);
}

// The customer's post wraps in the same editor as the draft; long posts scroll inside it.
void draw_post_box(AppState& state) {
    const float height = ImGui::GetFontSize() * 1.25f * 5 + ImGui::GetStyle().FramePadding.y * 2;
    std::string before = state.context.customer_post;
    const bool changed = TextEditor("##customer_post", state.context.customer_post, state.post_editor,
                                    state.pack->locale(), ImVec2(-FLT_MIN, height));
    remember_item(state, "customer_post");
    remember_composition(state, state.post_editor);
    if (changed) {
        ReplyWork old = current_work(state);
        old.context.customer_post = std::move(before);
        context_changed(state, std::move(old), "customer_post");
    }
}

}  // namespace

void draw_context_panel(AppState& state) {
    ReplyContext& c = state.context;
    ImGui::SeparatorText("Customer's post");
    draw_post_box(state);
    ImGui::TextDisabled("Mood:");
    ImGui::SameLine();
    ImGui::TextColored(mood_colour(state.result.post.mood), "%s", c.customer_post.empty() ? "no post yet" : std::string(to_string(state.result.post.mood)).c_str());

    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    two_fields(state, "Name", "##customer_name", "Maria", &ReplyContext::customer_name, "Handle", "##customer_handle",
               "@maria_k", &ReplyContext::customer_handle, half);
    ImGui::TextUnformatted("Channel");
    const ChannelSpec* current = default_channel(c.channel);
    ImGui::SetNextItemWidth(half);
    if (ImGui::BeginCombo("##channel", current ? current->display_name.c_str() : c.channel.c_str())) {
        for (const ChannelSpec& spec : default_channels()) {
            if (ImGui::Selectable(spec.display_name.c_str(), spec.id == c.channel)) {
                ReplyWork next = current_work(state);
                next.context.channel = spec.id;
                next.context.is_public = spec.default_visibility == Visibility::public_reply;
                change_work(state, std::move(next));
            }
        }
        ImGui::EndCombo();
    }
    remember_item(state, "channel");
    for (const bool is_public : {true, false}) {
        if (!is_public) ImGui::SameLine();
        if (ImGui::RadioButton(is_public ? "Public" : "Private", c.is_public == is_public)) {
            ReplyWork next = current_work(state);
            next.context.is_public = is_public;
            change_work(state, std::move(next));
        }
    }

    ImGui::SeparatorText("You");
    two_fields(state, "Your name", "##agent_name", "Sam", &ReplyContext::agent_name, "Initials", "##agent_initials", "SB",
               &ReplyContext::agent_initials, half);
}

}  // namespace replycheck::ui
