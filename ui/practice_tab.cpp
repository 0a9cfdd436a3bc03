// Practice: the trainee picks a scenario, writes the reply they would post and submits it; they
// get the grade, the key points they covered, the findings with the reasons behind them, and the
// model answer beside their own.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <map>

#include "panels.h"

namespace replycheck::ui {
namespace {

std::string situation_label(const std::string& situation) {
    std::string label = situation;
    std::replace(label.begin(), label.end(), '_', ' ');
    if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    return label;
}

// The channel as the grading pack sets it, which may override the built-in one.
const ChannelSpec* scenario_channel(const AppState& state, const CheckRequest& request) {
    return state.trainer.grader ? state.trainer.grader->pack().channel(request.channel) : default_channel(request.channel);
}

std::string channel_label(const AppState& state, const CheckRequest& request) {
    const ChannelSpec* spec = scenario_channel(state, request);
    const Visibility fallback = spec != nullptr ? spec->default_visibility : Visibility::public_reply;
    const bool is_public = request.visibility.value_or(fallback) == Visibility::public_reply;
    return (spec != nullptr ? spec->display_name : request.channel) + (is_public ? ", public reply" : ", private message");
}

void draw_set_picker(AppState& state) {
    TrainerState& t = state.trainer;
    const LoadedScenarioSet* current = active_set(state);
    ImGui::SeparatorText("Scenario set");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##scenario_set", current != nullptr ? current->set.name.c_str() : "none")) {
        for (const LoadedScenarioSet& s : t.sets) {
            const std::string label = s.set.name + "##" + s.set.id;
            if (ImGui::Selectable(label.c_str(), current == &s)) select_scenario_set(state, s.set.id);
        }
        ImGui::EndCombo();
    }
    remember_item(state, "scenario_set_combo");
    if (ImGui::Button("Import set…") && state.pick_json_file) state.pick_json_file();
    remember_item(state, "import_set_button");
    ImGui::SameLine();
    ImGui::TextDisabled("or drop a .json file");
    if (!t.import_error.empty()) {
        wrapped_problem(t.import_error);
        if (ImGui::SmallButton("Dismiss")) t.import_error.clear();
    }
    ImGui::TextUnformatted("Your name");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##trainee", "shown on your report", &t.trainee)) {
        t.session.trainee = t.trainee;
        state.dirty = true;
    }
    remember_item(state, "trainee_name");
}

void draw_scenario_list(AppState& state) {
    const LoadedScenarioSet* loaded = active_set(state);
    if (loaded == nullptr) return;
    // Best grade and pass per scenario, from this session's attempts.
    std::map<std::string, std::pair<int, bool>> best;
    for (const PracticeAttempt& a : state.trainer.session.attempts) {
        if (a.scenario_id.empty() || state.trainer.session.set_id != loaded->set.id) continue;
        auto& [grade, passed] = best[a.scenario_id];
        grade = std::max(grade, a.grade);
        passed = passed || a.passed;
    }
    ImGui::SeparatorText(("Scenarios (" + std::to_string(loaded->set.scenarios.size()) + ")").c_str());
    const Scenario* current = active_scenario(state);
    const float right = ImGui::GetContentRegionAvail().x;
    int index = 0;
    for (const Scenario& s : loaded->set.scenarios) {
        ImGui::PushID(s.id.c_str());
        const auto it = best.find(s.id);
        const char* mark = it == best.end() ? "   " : it->second.second ? "\u2714 " : "\u2022 ";
        if (ImGui::Selectable((std::string(mark) + s.title).c_str(), current == &s)) select_scenario(state, s.id);
        remember_item(state, "scenario_" + std::to_string(index++));
        ImGui::SetItemTooltip("%s (%s)", s.title.c_str(), situation_label(s.situation).c_str());
        if (it != best.end()) {
            const std::string grade = std::to_string(it->second.first);
            ImGui::SameLine(right - ImGui::CalcTextSize(grade.c_str()).x);
            ImGui::TextColored(it->second.second ? palette().good : palette().muted, "%s",
                               grade.c_str());
        }
        ImGui::PopID();
    }
}

void draw_scenario_card(AppState& state, const Scenario& s) {
    ImGui::SeparatorText(s.title.c_str());
    ImGui::TextDisabled("%s  \u00b7  %s", situation_label(s.situation).c_str(), channel_label(state, s.request).c_str());
    std::string who = s.request.customer_name;
    if (!s.request.customer_handle.empty()) who += (who.empty() ? "" : " ") + s.request.customer_handle;
    ImGui::TextUnformatted((who.empty() ? std::string("The customer") : who).append(" wrote:").c_str());
    ImGui::BeginChild("##scenario_post", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_FrameStyle | ImGuiChildFlags_AutoResizeY);
    wrapped_text(s.request.customer_post);
    ImGui::EndChild();
    remember_item(state, "scenario_post");
    if (!s.facts.empty()) {
        ImGui::TextUnformatted("What you know:");
        for (const std::string& fact : s.facts) {
            ImGui::Bullet();
            wrapped_text(fact);
        }
    }
    if (!state.trainer.grade)
        ImGui::TextDisabled("A good reply covers %zu key points; you see them after you submit.", s.key_points.size());
}

void draw_reply_box(AppState& state, const Scenario& s, float height) {
    TrainerState& t = state.trainer;
    std::string& reply = t.replies[s.id];
    ImGui::SeparatorText("Your reply");
    if (state.focus_practice_reply) {
        t.reply_editor.activate();
        state.focus_practice_reply = false;
    }
    // The reply is graded with the scenario set's pack, so its text follows that pack's locale.
    const char* locale = t.grader ? t.grader->pack().locale() : state.pack->locale();
    if (TextEditor("##practice_reply", reply, t.reply_editor, locale, ImVec2(-FLT_MIN, height))) state.dirty = true;
    remember_item(state, "practice_reply");

    const bool can_submit = !reply.empty() && t.grader != nullptr;
    ImGui::BeginDisabled(!can_submit);
    if (ImGui::Button("Submit")) submit_practice(state);
    ImGui::EndDisabled();
    remember_item(state, "practice_submit");
    ImGui::SetItemTooltip("Ctrl+Enter");
    if (t.grade) {
        ImGui::SameLine();
        if (ImGui::Button("Try again")) retry_practice(state);
        remember_item(state, "practice_retry");
    }
    if (const ChannelSpec* spec = scenario_channel(state, s.request); spec != nullptr && !reply.empty()) {
        const LengthReport length = measure_length(reply, *spec);
        ImGui::SameLine();
        ImGui::TextColored(length.fits ? palette().muted : palette().bad, "%u/%u",
                           length.count, spec->limit);
    }
}

void draw_key_points(const Grade& g) {
    ImGui::SeparatorText(("Key points: " + std::to_string(g.covered) + " of " + std::to_string(g.key_points.size())).c_str());
    for (const KeyPointResult& k : g.key_points) {
        ImGui::TextColored(k.covered ? palette().good : palette().bad, "%s", k.covered ? "\u2714" : "\u2716");
        ImGui::SameLine();
        wrapped_text(k.label);
        if (!k.covered && !k.hint.empty()) {
            ImGui::Indent();
            wrapped_note(k.hint);
            ImGui::Unindent();
        }
    }
}

void draw_graded_findings(AppState& state, const Grade& g) {
    ImGui::SeparatorText(("Findings (" + std::to_string(g.check.findings.size()) + ")").c_str());
    if (g.check.findings.empty()) ImGui::TextDisabled("None: the reply is clean.");
    const Pack* pack = state.trainer.grader ? &state.trainer.grader->pack().pack() : nullptr;
    const ImGuiStyle& style = ImGui::GetStyle();
    for (const Finding& f : g.check.findings) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(severity_colour(f.severity)));
        ImGui::TextUnformatted("\u2022");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        wrapped_text(f.message);
        ImGui::Indent(ImGui::CalcTextSize("\u2022").x + style.ItemSpacing.x);
        if (pack != nullptr)
            if (const auto it = pack->rules.find(f.rule); it != pack->rules.end() && !it->second.why.empty())
                wrapped_note(it->second.why);
        if (!f.suggestions.empty()) wrapped_note("Try: " + f.suggestions.front().label);
        ImGui::Unindent(ImGui::CalcTextSize("\u2022").x + style.ItemSpacing.x);
    }
}

void draw_result(AppState& state) {
    TrainerState& t = state.trainer;
    if (!t.grade) {
        ImGui::SeparatorText("Result");
        wrapped_note("Submit your reply to see your grade, the key points you covered, what the checker found and "
                     "a model answer.");
        return;
    }
    const Grade& g = *t.grade;
    ImGui::SeparatorText("Result");
    if (!g.check.ok()) {
        wrapped_problem("Not graded: " + g.check.error);
        return;
    }
    ImGui::Text("Grade %d / 100", g.grade);
    remember_item(state, "practice_grade");
    ImGui::SameLine();
    if (g.passed) {
        ImGui::TextColored(palette().good, "Passed");
    } else {
        const std::size_t missed = g.key_points.size() - g.covered;
        std::string why = g.check.ready ? "" : "fix the errors";
        if (missed > 0) why += std::string(why.empty() ? "" : ", ") + "cover " + std::to_string(missed) + " more key point" + (missed == 1 ? "" : "s");
        ImGui::TextColored(palette().bad, "Not yet: %s", why.c_str());
    }
    ImGui::ProgressBar(static_cast<float>(g.grade) / 100.0f, ImVec2(-FLT_MIN, ImGui::GetFontSize() * 0.5f), "");
    ImGui::TextDisabled("Checker score %d, %s", g.check.score, g.check.ready ? "ready to post" : "not ready to post");
    draw_key_points(g);
    draw_graded_findings(state, g);
}

void draw_comparison(AppState& state, const Scenario& s) {
    TrainerState& t = state.trainer;
    if (!t.grade || s.model_answers.empty()) return;
    t.model_answer = std::clamp(t.model_answer, 0, static_cast<int>(s.model_answers.size()) - 1);
    ImGui::SeparatorText("Compare");
    if (ImGui::BeginTable("##compare", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupColumn("Your reply");
        std::string model = "Model answer";
        if (s.model_answers.size() > 1)
            model += " " + std::to_string(t.model_answer + 1) + " of " + std::to_string(s.model_answers.size());
        ImGui::TableSetupColumn(model.c_str());
        ImGui::TableHeadersRow();
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        wrapped_text(t.replies[s.id]);
        ImGui::TableNextColumn();
        wrapped_text(s.model_answers[t.model_answer]);
        remember_item(state, "model_answer");
        if (s.model_answers.size() > 1 && ImGui::SmallButton("Next model answer"))
            t.model_answer = (t.model_answer + 1) % static_cast<int>(s.model_answers.size());
        ImGui::EndTable();
    }
    if (!s.notes.empty()) {
        ImGui::TextUnformatted("What this scenario teaches:");
        wrapped_note(s.notes);
    }
}

}  // namespace

void draw_practice_tab(AppState& state) {
    start_trainer(state);
    prepare_practice(state);
    TrainerState& t = state.trainer;
    const ImGuiIO& io = ImGui::GetIO();
    if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGuiKey_Enter, false) && !t.replies[t.scenario_id].empty())
        submit_practice(state);

    const Scenario* scenario = active_scenario(state);
    if (scenario != nullptr && t.scenario_id != scenario->id) t.scenario_id = scenario->id;
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float reply_height = ImGui::GetTextLineHeight() * 7;
    const bool wide = width >= 1000.0f;
    const float left = wide ? std::clamp(width * 0.24f, 240.0f, 340.0f) : std::floor(width * 0.34f);
    begin_column(state, "practice_list", left);
    draw_set_picker(state);
    draw_scenario_list(state);
    ImGui::EndChild();
    ImGui::SameLine();
    const float right = wide ? std::clamp(width * 0.30f, 320.0f, 460.0f) : 0.0f;
    begin_column(state, "practice_reply_column", wide ? width - left - right - 2 * gap : 0.0f);
    if (!t.error.empty()) wrapped_problem(t.error);
    if (scenario != nullptr) {
        draw_scenario_card(state, *scenario);
        draw_reply_box(state, *scenario, reply_height);
        if (!wide) draw_result(state);
        draw_comparison(state, *scenario);
    }
    ImGui::EndChild();
    if (!wide) return;
    ImGui::SameLine();
    begin_column(state, "practice_result_column", 0);
    draw_result(state);
    ImGui::EndChild();
}

}  // namespace replycheck::ui
