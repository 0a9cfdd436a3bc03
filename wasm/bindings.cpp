// The JS-facing API. web/glue.js wraps these as window.replycheck.*; strings cross as UTF-8
// JSON, so the JS side needs no knowledge of C++ layouts.
#include <emscripten.h>

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>
#include <string>

#include <algorithm>

#include "engine/json_io.h"
#include "text/utf8.h"
#include "thread_text.h"
#include "web_app.h"

namespace {

// Trainer mode, for tests: the scenario, the answer, and the grade of the last submit.
nlohmann::json practice_json(const replycheck::ui::AppState& app) {
    const auto& t = app.trainer;
    const replycheck::Scenario* scenario = replycheck::ui::active_scenario(app);
    nlohmann::json out = {
        {"set", t.set_id},
        {"scenario", scenario != nullptr ? scenario->id : ""},
        {"reply", scenario != nullptr && t.replies.count(scenario->id) ? t.replies.at(scenario->id) : ""},
        {"trainee", t.trainee},
        {"error", t.error},
        {"import_error", t.import_error},
        {"attempts", t.session.attempts.size()},
        {"reviewing", t.review ? nlohmann::json(t.review_file) : nlohmann::json(nullptr)},
        {"review_attempts", t.review ? t.review->attempts.size() : 0},
        {"grade", nullptr},
    };
    if (t.grade && t.grade->check.ok()) {
        nlohmann::json points = nlohmann::json::array();
        for (const auto& k : t.grade->key_points) points.push_back({{"id", k.id}, {"covered", k.covered}});
        nlohmann::json rules = nlohmann::json::array();
        for (const auto& f : t.grade->check.findings) rules.push_back(f.rule);
        out["grade"] = {{"grade", t.grade->grade},   {"passed", t.grade->passed},
                        {"score", t.grade->check.score}, {"ready", t.grade->check.ready},
                        {"covered", t.grade->covered}, {"key_points", points},
                        {"rules", rules}};
    }
    return out;
}

nlohmann::json authoring_json(const replycheck::ui::AppState& app) {
    const auto& a = app.trainer.authoring;
    return {{"kind", a.kind == replycheck::ui::AuthoringKind::pack ? "pack" : "scenarios"},
            {"file", a.file_name},
            {"length", a.text.size()},
            {"checked", a.checked},
            {"valid", a.valid},
            {"issues", a.issues},
            {"examples_ran", a.examples_ran},
            {"examples_passed", a.examples_passed},
            {"results", a.results},
            {"caret_line", a.caret_line},
            {"caret_column", a.caret_column},
            {"first_visible_line", a.first_visible_line},
            {"last_visible_line", a.last_visible_line}};
}

// A thread: each post as it is posted, its length as the channel counts it, and where its text
// is in the draft (UTF-16); null for a single post.
nlohmann::json thread_json(const replycheck::ui::AppState& app, const replycheck::Utf16OffsetMap& offsets) {
    if (app.thread.empty()) return nullptr;
    nlohmann::json parts = nlohmann::json::array();
    const std::vector<std::uint32_t> starts = replycheck::ui::thread_starts(app.thread);
    for (std::size_t k = 0; k < app.thread.size(); ++k) {
        const bool measured = k < app.result.thread_lengths.size();
        const replycheck::LengthReport length = measured ? app.result.thread_lengths[k] : replycheck::LengthReport{};
        parts.push_back({{"text", replycheck::ui::thread_post_text(app, k)},
                         {"body", app.thread[k]},
                         {"count", length.count},
                         {"limit", length.limit},
                         {"fits", measured && length.fits},
                         {"start", offsets.to_utf16(starts[k])},
                         {"end", offsets.to_utf16(starts[k] + app.thread[k].size())}});
    }
    return {{"parts", parts}, {"next_copy", app.thread_copy_next}};
}

// Every visual row of an editor as drawn, left to right (right-to-left runs reversed, Arabic
// joined, emoji sequences folded).
nlohmann::json visual_rows(const replycheck::ui::TextLayout& layout) {
    nlohmann::json rows = nlohmann::json::array();
    for (int row = 0; row < layout.line_count(); ++row) rows.push_back(layout.visual_text(row));
    return rows;
}

}  // namespace

extern "C" {

// The app's state for tests and integrations. Finding offsets are UTF-16 code units into the
// draft, so JS can slice it. The returned pointer stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* rc_state_json() {
    static std::string out;
    const auto& app = replycheck::web::app();
    const replycheck::Utf16OffsetMap offsets(app.draft);
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : app.result.findings) {
        nlohmann::json labels = nlohmann::json::array();
        for (const auto& s : f.suggestions) labels.push_back(s.label);
        findings.push_back({{"rule", f.rule},
                            {"severity", replycheck::to_string(f.severity)},
                            {"start", offsets.to_utf16(f.start)},
                            {"end", offsets.to_utf16(f.end)},
                            {"message", f.message},
                            {"because", f.because},
                            {"suggestions", f.suggestions.size()},
                            {"fix_labels", labels}});
    }
    nlohmann::json marks = nlohmann::json::array();
    for (const auto& m : app.marks)
        marks.push_back({{"finding", m.finding}, {"x", m.rect.x}, {"y", m.rect.y}, {"w", m.rect.w}, {"h", m.rect.h}});
    const auto& ids = app.editor_ids;
    const bool editor_active = std::find(ids.begin(), ids.end(), ImGui::GetActiveID()) != ids.end() && ImGui::GetActiveID() != 0;
    nlohmann::json pack_ids = nlohmann::json::array();
    for (const auto& id : app.packs.ids()) pack_ids.push_back(id);
    // Where the editor's visual rows start (UTF-16), so tests can tell where a click lands.
    const replycheck::Utf16OffsetMap laid_out(app.editor.layout.text());  // the draft as last drawn
    nlohmann::json editor_line_starts = nlohmann::json::array();
    for (const auto& line : app.editor.layout.lines()) editor_line_starts.push_back(laid_out.to_utf16(line.begin));
    const auto& c = app.context;
    nlohmann::json state = {
        {"draft", app.draft},
        {"customer_post", c.customer_post},
        {"customer_name", c.customer_name},
        {"customer_handle", c.customer_handle},
        {"channel", c.channel},
        {"visibility", std::string(replycheck::to_string(c.visibility()))},
        {"agent_name", c.agent_name},
        {"agent_initials", c.agent_initials},
        {"mood", std::string(replycheck::to_string(app.result.post.mood))},
        {"pack", app.pack_id},
        {"packs", pack_ids},
        {"pack_errors", app.pack_errors},
        {"error", app.result.error_code.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.result.error_code)},
        {"score", app.result.score},
        {"ready", app.result.ok() && app.result.ready},
        {"findings", findings},
        {"selected_finding", app.selected_finding},
        {"length", {{"count", app.result.length.count}, {"limit", app.result.length.limit}, {"fits", app.result.length.fits}}},
        {"undo_depth", app.history.undo.size()},
        {"redo_depth", app.history.redo.size()},
        {"dark", app.dark},
        {"notice", app.notice},
        {"editor_active", editor_active},
        {"editor_lines", app.editor.layout.line_count()},
        {"editor_visual", visual_rows(app.editor.layout)},
        {"customer_post_lines", app.post_editor.layout.line_count()},
        {"findings_shown", replycheck::ui::findings_in_display_order(app.result)},
        {"marks", marks},
        {"hover_card", app.hover_card},
        {"composition", replycheck::ui::input_composition()},
        {"template_prompt", app.template_prompt ? nlohmann::json(app.template_prompt->title) : nlohmann::json(nullptr)},
        {"other_tab", replycheck::ui::other_tab_waiting(app)},
        {"editor_line_starts", editor_line_starts},
        {"editor_line_height", app.editor.line_height},
        {"checks", app.checks},
        {"last_check_ms", app.last_check_ms},
    };
    state["mode"] = replycheck::ui::mode_name(app.mode);
    state["practice"] = practice_json(app);
    state["authoring"] = authoring_json(app);
    state["thread"] = thread_json(app, offsets);
    state["report_bars"] = app.trainer.report_bars;
    nlohmann::json widgets = nlohmann::json::object();
    for (const auto& [name, r] : app.widgets) widgets[name] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
    state["widgets"] = std::move(widgets);
    state["fonts"] = replycheck::web::font_report(app);  // the atlas: CJK glyphs on demand, missing glyphs
    out = state.dump();
    return out.c_str();
}

// The longest request rc_check reads, so JS can refuse a longer one before copying it.
EMSCRIPTEN_KEEPALIVE unsigned rc_max_request_bytes() { return static_cast<unsigned>(replycheck::kMaxRequestBytes); }

// One check of a request in the JSON I/O format (core/engine/json_io.h), against the active pack.
EMSCRIPTEN_KEEPALIVE const char* rc_check(const char* request_json) {
    static std::string out;
    const auto& app = replycheck::web::app();
    const replycheck::ParsedRequest parsed = replycheck::request_from_json(request_json);
    if (!parsed.ok()) {
        out = replycheck::error_to_json("bad_request", parsed.error, parsed.id_json);
        return out.c_str();
    }
    const replycheck::CheckResult result = replycheck::check(parsed.request, *app.pack);
    std::vector<replycheck::TemplateSuggestion> templates;
    if (parsed.want_templates) templates = replycheck::suggest_templates(parsed.request, *app.pack);
    out = replycheck::result_to_json(result, parsed.request, parsed.id_json, parsed.want_templates ? &templates : nullptr);
    return out.c_str();
}

}  // extern "C"
