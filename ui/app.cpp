#include "app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>

#include "panels.h"
#include "sentiment/sentiment.h"
#include "text/analysed_text.h"
#include "text/utf8.h"

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

const ChannelSpec* channel_spec(const AppState& state) {
    if (state.pack) {
        const auto& overrides = state.pack->pack().channels;
        if (const auto it = overrides.find(state.context.channel); it != overrides.end()) return &it->second;
    }
    return default_channel(state.context.channel);
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

CheckRequest make_request(const AppState& state) {
    CheckRequest request;
    request.draft = state.draft;
    request.customer_post = state.context.customer_post;
    request.customer_name = state.context.customer_name;
    request.customer_handle = state.context.customer_handle;
    request.channel = state.context.channel;
    request.visibility = state.context.is_public ? Visibility::public_reply : Visibility::private_reply;
    request.agent_name = state.context.agent_name;
    request.agent_initials = state.context.agent_initials;
    return request;
}

void recheck(AppState& state) {
    const auto started = std::chrono::steady_clock::now();
    if (!state.pack) state.pack = state.packs.default_pack();
    const CheckRequest request = make_request(state);
    state.result = check(request, *state.pack);
    state.length = {};
    if (const ChannelSpec* spec = channel_spec(state); spec != nullptr && !find_utf8_error(state.draft))
        state.length = measure_length(state.draft, *spec);
    if (state.post_changed) {
        AnalysedText post(state.context.customer_post, state.pack->locale());
        state.mood = mood_of(score_sentiment(post).compound);
        state.ranked_templates = suggest_templates(request, *state.pack, 3);
        state.post_changed = false;
    }
    if (state.selected_finding >= static_cast<int>(state.result.findings.size())) state.selected_finding = -1;
    state.needs_check = false;
    ++state.checks;
    state.last_check_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

bool switch_pack(AppState& state, const std::string& id) {
    auto pack = state.packs.find(id);
    if (!pack) return false;
    state.pack = std::move(pack);
    state.pack_id = id;
    state.needs_check = state.post_changed = state.dirty = true;
    return true;
}

bool import_pack(AppState& state, const std::string& file_name, const std::string& json) {
    PackLoadResult loaded = state.packs.load(json);
    if (!loaded.ok()) {
        state.pack_errors.clear();
        for (const DocumentIssue& issue : loaded.issues)
            if (!issue.warning) state.pack_errors.push_back(issue.to_string());
        state.pack_errors_file = file_name;
        return false;
    }
    const std::string id = loaded.pack->id;
    std::erase_if(state.imported, [&](const ImportedPack& p) { return p.id == id; });
    state.imported.push_back({file_name, id, json});
    state.pack_errors.clear();
    state.packs_dirty = true;
    state.notice = "Loaded pack \"" + id + "\"";
    return switch_pack(state, id);
}

std::string pack_json(const AppState& state, const std::string& id) {
    for (const ImportedPack& p : state.imported)
        if (p.id == id) return p.json;
    return id == kDefaultPackId ? std::string(builtin_pack_json()) : std::string();
}

namespace {

constexpr std::size_t kMaxHistory = 200;

void push_undo(AppState& state, std::string before) {
    state.history.undo.push_back(std::move(before));
    if (state.history.undo.size() > kMaxHistory) state.history.undo.erase(state.history.undo.begin());
    state.history.redo.clear();
}

void set_draft(AppState& state, std::string text) {
    state.draft = std::move(text);
    state.sync_editor = true;
    state.needs_check = state.dirty = true;
    state.history.in_burst = false;
    state.notice.clear();
}

// Findings in the order the panel lists them: by severity, worst first, then by place.
std::vector<int> display_order(const AppState& state) {
    std::vector<int> order(state.result.findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return state.result.findings[a].severity > state.result.findings[b].severity;
    });
    return order;
}

void step_finding(AppState& state, int direction) {
    const std::vector<int> order = display_order(state);
    if (order.empty()) return;
    const auto at = std::find(order.begin(), order.end(), state.selected_finding);
    int pos = at == order.end() ? (direction > 0 ? -1 : 0) : static_cast<int>(at - order.begin());
    pos = (pos + direction + static_cast<int>(order.size())) % static_cast<int>(order.size());
    select_finding(state, order[pos]);
}

void handle_shortcuts(AppState& state) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    // While another text box (the customer's post, a name) is being edited, Ctrl+Z/Y are its own.
    const ImGuiID active = ImGui::GetActiveID();
    const bool draft_keys = active == 0 || active == state.editor_id || ImGui::GetInputTextState(active) == nullptr;
    if (draft_keys && ctrl && ImGui::IsKeyPressed(ImGuiKey_Z) && !io.KeyShift) undo(state);
    if (draft_keys && ctrl && (ImGui::IsKeyPressed(ImGuiKey_Y) || (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Z))))
        redo(state);
    if (ctrl && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)))
        copy_reply(state);
    if (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_DownArrow)) step_finding(state, +1);
    if (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_UpArrow)) step_finding(state, -1);
}

}  // namespace

void replace_draft(AppState& state, std::string text) {
    if (text == state.draft) return;
    push_undo(state, state.draft);
    set_draft(state, std::move(text));
}

void apply_suggestion(AppState& state, const Suggestion& suggestion) {
    if (suggestion.start > suggestion.end || suggestion.end > state.draft.size()) return;
    std::string text = state.draft;
    text.replace(suggestion.start, suggestion.end - suggestion.start, suggestion.text);
    replace_draft(state, std::move(text));
    state.selected_finding = -1;
    state.select_start = static_cast<int>(suggestion.start);
    state.select_end = static_cast<int>(suggestion.start + suggestion.text.size());
}

void apply_safe_fixes(AppState& state) {
    // The first safe suggestion of each finding, applied from the end of the draft backwards so
    // earlier offsets stay valid; overlapping fixes after the first are left for the next check.
    std::vector<const Suggestion*> fixes;
    for (const Finding& f : state.result.findings)
        for (const Suggestion& s : f.suggestions)
            if (s.safe) {
                fixes.push_back(&s);
                break;
            }
    std::sort(fixes.begin(), fixes.end(), [](const Suggestion* a, const Suggestion* b) { return a->start > b->start; });
    std::string text = state.draft;
    std::uint32_t limit = static_cast<std::uint32_t>(text.size()) + 1;
    for (const Suggestion* s : fixes) {
        if (s->end > limit || s->end > text.size() || s->start > s->end) continue;
        text.replace(s->start, s->end - s->start, s->text);
        limit = s->start;
    }
    replace_draft(state, std::move(text));
    state.selected_finding = -1;
}

bool undo(AppState& state) {
    if (state.history.undo.empty()) return false;
    state.history.redo.push_back(state.draft);
    std::string text = std::move(state.history.undo.back());
    state.history.undo.pop_back();
    set_draft(state, std::move(text));
    return true;
}

bool redo(AppState& state) {
    if (state.history.redo.empty()) return false;
    state.history.undo.push_back(state.draft);
    std::string text = std::move(state.history.redo.back());
    state.history.redo.pop_back();
    set_draft(state, std::move(text));
    return true;
}

void select_finding(AppState& state, int index) {
    if (index < 0 || index >= static_cast<int>(state.result.findings.size())) return;
    const Finding& f = state.result.findings[index];
    state.selected_finding = index;
    state.select_start = static_cast<int>(f.start);
    state.select_end = static_cast<int>(f.end);
    state.focus_editor = true;
}

void copy_reply(AppState& state) {
    ImGui::SetClipboardText(state.draft.c_str());
    state.notice = "Copied to the clipboard";
}

namespace {

const char* mode_help(AppMode mode) {
    switch (mode) {
        case AppMode::practice:
            return "Pick a scenario, write the reply you would post, submit. You see your score, the key points "
                   "you covered and a model answer; retry as often as you like.";
        case AppMode::guidelines: return "Every rule of the active pack: why it exists, with good and bad examples.";
        case AppMode::report: return "Your attempts and scores; export them for your trainer, or import a trainee's export.";
        case AppMode::authoring:
            return "Write or paste a pack or a scenario set (or drop a file), validate it and run its examples.";
        case AppMode::reply: break;
    }
    return "Paste the customer's post, write your reply, fix what is flagged, copy.  "
           "Ctrl+Enter copies, Alt+\u2193/\u2191 steps through findings, Ctrl+Z/Ctrl+Y undo/redo.";
}

void draw_header(AppState& state) {
    ImGui::AlignTextToFramePadding();
    ImGui::Text("ReplyCheck");
    const char* theme = state.dark ? "Light theme" : "Dark theme";
    const float theme_x = ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(theme).x - ImGui::GetStyle().FramePadding.x * 2;
    const char* help = mode_help(state.mode);
    ImGui::SameLine();
    // The help line gives way to the theme button on narrow screens rather than run under it.
    const ImVec2 help_min = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(help_min, ImVec2(ImGui::GetWindowPos().x + theme_x - 8, help_min.y + ImGui::GetFrameHeight()), true);
    ImGui::TextDisabled("%s", help);
    ImGui::PopClipRect();
    ImGui::SameLine(theme_x);
    if (ImGui::Button(theme)) {
        state.dark = !state.dark;
        apply_theme(state.dark);
        state.dirty = true;
    }
    remember_item(state, "theme_button");
}

}  // namespace

void draw_mode_tabs(AppState& state) {
    struct Tab {
        AppMode mode;
        const char* label;
    };
    static constexpr Tab kTabs[] = {{AppMode::reply, "Reply"},
                                    {AppMode::practice, "Practice"},
                                    {AppMode::guidelines, "Guidelines"},
                                    {AppMode::report, "Report"},
                                    {AppMode::authoring, "Authoring"}};
    if (!ImGui::BeginTabBar("##modes")) return;
    for (const Tab& tab : kTabs) {
        // A switch made by code is pushed to the tab bar until it shows; until then the bar's
        // own selection must not overwrite it.
        const bool forced = state.select_mode_tab && state.mode == tab.mode;
        const bool open = ImGui::BeginTabItem(tab.label, nullptr, forced ? ImGuiTabItemFlags_SetSelected : 0);
        remember_item(state, std::string("tab_") + mode_name(tab.mode));
        if (!open) continue;
        if (state.select_mode_tab && state.mode == tab.mode) state.select_mode_tab = false;
        if (!state.select_mode_tab && state.mode != tab.mode) {
            state.mode = tab.mode;
            state.dirty = true;
        }
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

namespace {

// The agent's tab: context and packs | reply | findings, or two columns when narrow.
void draw_reply_tab(AppState& state) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (width >= 1000.0f) {
        const float left = std::clamp(width * 0.26f, 280.0f, 380.0f);
        const float right = std::clamp(width * 0.32f, 320.0f, 480.0f);
        begin_column("##context_column", left);
        draw_context_panel(state);
        draw_packs_panel(state);
        draw_templates_panel(state);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column("##draft_column", width - left - right - 2 * gap);
        draw_status_bar(state);
        draw_draft_editor(state, -FLT_MIN);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column("##findings_column", 0);
        draw_findings_panel(state);
        ImGui::EndChild();
    } else {
        // Narrow windows and high zoom: the reply and its context on the left, help on the right.
        const float left = std::floor(width * 0.55f);
        begin_column("##draft_column", left);
        draw_status_bar(state);
        draw_draft_editor(state, std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().y * 0.45f));
        ImGui::Spacing();
        draw_context_panel(state);
        ImGui::EndChild();
        ImGui::SameLine();
        begin_column("##findings_column", 0);
        draw_findings_panel(state);
        draw_templates_panel(state);
        draw_packs_panel(state);
        ImGui::EndChild();
    }
}

}  // namespace

void draw_app(AppState& state) {
    if (state.mode == AppMode::reply) handle_shortcuts(state);
    if (state.needs_check) recheck(state);

    state.widgets.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kFill = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("ReplyCheck", nullptr, kFill);
    draw_header(state);
    draw_mode_tabs(state);
    switch (state.mode) {
        case AppMode::reply: draw_reply_tab(state); break;
        case AppMode::practice: draw_practice_tab(state); break;
        case AppMode::guidelines: draw_guidelines_tab(state); break;
        case AppMode::report: draw_report_tab(state); break;
        case AppMode::authoring: draw_authoring_tab(state); break;
    }
    ImGui::End();
    // Edits made while drawing (a suggestion, a template) are checked before the next frame,
    // so the findings never lag the text by more than the frame that changed it.
    if (state.needs_check) recheck(state);
}

}  // namespace replycheck::ui
