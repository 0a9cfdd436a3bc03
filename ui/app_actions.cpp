// What the agent's clicks, keys and edits do to the app's state: run the core, switch packs, edit
// the draft as one undo step, select and copy. The layout that calls these is in app.cpp.
#include <imgui.h>

#include <algorithm>
#include <chrono>

#include "panels.h"
#include "text/utf8.h"

namespace replycheck::ui {

CheckRequest make_request(const AppState& state) {
    CheckRequest request;
    request.draft = state.draft;
    request.customer_post = state.context.customer_post;
    request.customer_name = state.context.customer_name;
    request.customer_handle = state.context.customer_handle;
    request.channel = state.context.channel;
    request.visibility = state.context.visibility();
    request.agent_name = state.context.agent_name;
    request.agent_initials = state.context.agent_initials;
    return request;
}

void recheck(AppState& state) {
    const auto started = std::chrono::steady_clock::now();
    if (!state.pack) state.pack = state.packs.default_pack();
    const CheckRequest request = make_request(state);
    state.result = check(request, *state.pack);
    if (state.post_changed) {
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

namespace {

// Undo and redo: the draft goes onto one stack and the top of the other becomes the draft.
bool step_history(AppState& state, std::vector<std::string>& from, std::vector<std::string>& to) {
    if (from.empty()) return false;
    to.push_back(state.draft);
    std::string text = std::move(from.back());
    from.pop_back();
    set_draft(state, std::move(text));
    return true;
}

}  // namespace

bool undo(AppState& state) { return step_history(state, state.history.undo, state.history.redo); }

bool redo(AppState& state) { return step_history(state, state.history.redo, state.history.undo); }

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

}  // namespace replycheck::ui
