// The session report: attempts and grades per scenario, how often each rule fired, the two
// charts, export (JSON, CSV) and review of a trainee's imported export.
#include <imgui.h>

#include <cctype>

#include "charts.h"
#include "panels.h"

namespace replycheck::ui {
namespace {

std::string export_name(const PracticeSession& session, const char* extension) {
    std::string slug;
    for (const char c : session.trainee) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) slug += static_cast<char>(std::tolower(u));
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return "replycheck-practice" + (slug.empty() ? std::string() : "-" + slug) + extension;
}

// The scenario's title when its set is loaded, else its id (an imported session may come from a
// set this browser does not have).
std::string scenario_title(const AppState& state, const PracticeSession& session, const std::string& id) {
    for (const LoadedScenarioSet& s : state.trainer.sets)
        if (s.set.id == session.set_id)
            if (const Scenario* scenario = s.set.find(id)) return scenario->title;
    return id;
}

void draw_toolbar(AppState& state, const PracticeSession& session, bool reviewing) {
    TrainerState& t = state.trainer;
    ImGui::AlignTextToFramePadding();
    if (reviewing) {
        ImGui::Text("Reviewing %s%s%s", t.review_file.c_str(), session.trainee.empty() ? "" : ": ",
                    session.trainee.c_str());
        ImGui::SameLine();
        if (ImGui::Button("Back to my session")) t.review.reset();
        remember_item(state, "report_back_button");
    } else {
        ImGui::Text("Your session%s%s", session.trainee.empty() ? "" : ": ", session.trainee.c_str());
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(session.attempts.empty());
    if (ImGui::Button("Export JSON") && state.save_file) state.save_file(export_name(session, ".json"), session_to_json(session));
    remember_item(state, "export_session_json");
    ImGui::SameLine();
    if (ImGui::Button("Export CSV") && state.save_file) state.save_file(export_name(session, ".csv"), session_to_csv(session));
    remember_item(state, "export_session_csv");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Import a session…") && state.pick_json_file) state.pick_json_file();
    remember_item(state, "import_session_button");
    ImGui::SetItemTooltip("A trainee's JSON export, to review here; or drop the file on the page");
    if (!reviewing && !session.attempts.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Clear…")) ImGui::OpenPopup("clear_session");
        if (ImGui::BeginPopup("clear_session")) {
            ImGui::TextUnformatted("Delete every attempt of this session? Export it first to keep it.");
            if (ImGui::Button("Delete attempts")) {
                t.session.attempts.clear();
                state.dirty = true;
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    }
    if (!t.import_error.empty()) {
        wrapped_problem(t.import_error);
        if (ImGui::SmallButton("Dismiss")) t.import_error.clear();
    }
}

void draw_scenario_table(AppState& state, const PracticeSession& session, const SessionSummary& summary) {
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##scenarios", 6, kFlags)) return;
    ImGui::TableSetupColumn("Scenario", ImGuiTableColumnFlags_WidthStretch, 4.0f);
    for (const char* name : {"Attempts", "First", "Best", "Last", "Passed"})
        ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const ScenarioSummary& s : summary.scenarios) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        wrapped_text(scenario_title(state, session, s.scenario_id));
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.attempts);
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.first_grade);
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.best_grade);
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.last_grade);
        ImGui::TableNextColumn();
        ImGui::TextColored(s.passed ? palette().good : palette().bad, "%s", s.passed ? "\u2714" : "\u2716");
    }
    ImGui::EndTable();
    remember_item(state, "report_table");
}

void draw_attempts(AppState& state, const PracticeSession& session) {
    if (!ImGui::CollapsingHeader("Every attempt, with the reply")) return;
    int index = 0;
    for (const PracticeAttempt& a : session.attempts) {
        ImGui::PushID(index++);
        const std::string label = scenario_title(state, session, a.scenario_id) + ", attempt " + std::to_string(a.attempt) +
                                  ": " + std::to_string(a.grade) + (a.passed ? " (passed)" : "");
        if (ImGui::TreeNode(label.c_str())) {
            wrapped_text(a.reply);
            std::string rules;
            for (const std::string& r : a.rules) rules += (rules.empty() ? "" : ", ") + r;
            std::string missed;
            for (const std::string& m : a.missed) missed += (missed.empty() ? "" : ", ") + m;
            wrapped_note("Key points " + std::to_string(a.covered) + "/" + std::to_string(a.key_points) +
                         (missed.empty() ? "" : "; missed: " + missed) + (rules.empty() ? "; no findings" : "; findings: " + rules));
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

void draw_charts(AppState& state, const PracticeSession& session, const SessionSummary& summary) {
    ImGui::SeparatorText("Grade over attempts");
    std::vector<ChartPoint> points;
    for (const PracticeAttempt& a : session.attempts)
        points.push_back({static_cast<float>(a.grade), ImGui::GetColorU32(a.passed ? palette().good : palette().bad),
                          scenario_title(state, session, a.scenario_id) + ", attempt " + std::to_string(a.attempt) + ": " +
                              std::to_string(a.grade)});
    line_chart("##grades_chart", points, ImVec2(0, ImGui::GetFontSize() * 9));
    remember_item(state, "grades_chart");
    ImGui::SeparatorText("Findings per rule");
    if (summary.rules.empty()) ImGui::TextDisabled("No findings in any attempt.");
    std::vector<ChartBar> bars;
    state.trainer.report_bars.clear();
    for (const RuleCount& r : summary.rules) {
        // Rules by the title the pack gives them; the id stays in the tooltip.
        const auto spec = state.pack->pack().rules.find(r.rule);
        const std::string title = spec != state.pack->pack().rules.end() && !spec->second.title.empty() ? spec->second.title : r.rule;
        bars.push_back({title, static_cast<float>(r.findings),
                        r.rule + ": " + std::to_string(r.findings) + " findings in " + std::to_string(r.attempts) + " attempts"});
        state.trainer.report_bars.push_back(title);
    }
    bar_chart("##rules_chart", bars, ImGui::GetColorU32(palette().chart_bars));
    if (!bars.empty()) remember_item(state, "rules_chart");
}

}  // namespace

void draw_report_tab(AppState& state) {
    TrainerState& t = state.trainer;
    const bool reviewing = t.review.has_value();
    const PracticeSession& session = reviewing ? *t.review : t.session;
    draw_toolbar(state, session, reviewing);
    ImGui::BeginChild("##report", ImVec2(0, 0), ImGuiChildFlags_Border);
    if (session.attempts.empty()) {
        wrapped_note("No attempts yet. Answer a scenario on the Practice tab and your grades appear here.");
        ImGui::EndChild();
        return;
    }
    const SessionSummary summary = summarise(session);
    ImGui::Text("%d attempts  \u00b7  %d of %zu scenarios passed  \u00b7  average grade %.0f", summary.attempts,
                summary.passed_scenarios, summary.scenarios.size(), summary.average_grade);
    remember_item(state, "report_summary");
    const float width = ImGui::GetContentRegionAvail().x;
    if (width >= 900.0f) {
        ImGui::BeginChild("##report_left", ImVec2(width * 0.55f, 0), ImGuiChildFlags_AutoResizeY);
        draw_scenario_table(state, session, summary);
        draw_attempts(state, session);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##report_right", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY);
        draw_charts(state, session, summary);
        ImGui::EndChild();
    } else {
        draw_charts(state, session, summary);
        draw_scenario_table(state, session, summary);
        draw_attempts(state, session);
    }
    ImGui::EndChild();
}

}  // namespace replycheck::ui
