#include "app.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "text/analysed_text.h"
#include "text/utf8.h"
#include "version.h"

namespace replycheck::ui {
namespace {

void remember_item(AppState& state, const char* name) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    state.widgets[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

}  // namespace

void analyse_draft(AppState& state) {
    DraftStats stats;
    if (!find_utf8_error(state.draft)) {
        AnalysedText text(state.draft, "en");
        stats.words = text.word_count();
        stats.sentences = text.sentences().size();
        stats.characters = grapheme_count(state.draft, "en");
        stats.folded = text.folded();
    }
    state.stats = std::move(stats);
    ++state.analyses;
}

void draw_app(AppState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kFill = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("ReplyCheck", nullptr, kFill);

    ImGui::Text("ReplyCheck %s", kVersion);
    ImGui::TextDisabled("Type or paste a draft reply. The core analyses it on every change.");
    ImGui::Spacing();

    const float stats_height = ImGui::GetTextLineHeightWithSpacing() * 6.0f;
    const ImVec2 editor_size(-FLT_MIN, ImGui::GetContentRegionAvail().y - stats_height);
    if (ImGui::InputTextMultiline("##draft", &state.draft, editor_size)) analyse_draft(state);
    remember_item(state, "draft_editor");

    ImGui::SeparatorText("What the core sees");
    ImGui::Text("%zu words   %zu sentences   %zu characters", state.stats.words, state.stats.sentences,
                state.stats.characters);
    ImGui::TextDisabled("NFKC_Casefold:");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(state.stats.folded.c_str(), state.stats.folded.c_str() + state.stats.folded.size());
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace replycheck::ui
