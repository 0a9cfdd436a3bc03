// What the agent's clicks, keys and edits do to the app's state: run the core, switch packs,
// change the work as one undo step (fixes, templates, threads), select and copy. The layout that
// calls these is in app.cpp; what is saved, and another tab's newer work, in state_io.cpp.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>

#include "channel/thread_split.h"
#include "panels.h"
#include "text/utf8.h"
#include "thread_text.h"

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
    if (!state.thread.empty()) request.thread_starts = thread_starts(state.thread);
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
    if (state.hover_card >= static_cast<int>(state.result.findings.size())) state.hover_card = -1;
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
        // An earlier "Loaded pack" must not stand above this file's errors.
        state.notice = file_name + " was not loaded";
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

// --- the work and its history --------------------------------------------------------------

namespace {

constexpr std::size_t kMaxHistory = 200;

void push_undo(AppState& state, ReplyWork before) {
    state.history.undo.push_back(std::move(before));
    if (state.history.undo.size() > kMaxHistory) state.history.undo.erase(state.history.undo.begin());
    state.history.redo.clear();
    state.history_dirty = true;
}

// Puts `work` in place. The editors keep their carets (snapped to the new text) and drop their
// selections; a one-line box being edited lets go, since ImGui keeps its own copy of the text.
void restore_work(AppState& state, ReplyWork work) {
    const bool context_changed = !(work.context == state.context);
    state.draft = std::move(work.draft);
    state.context = std::move(work.context);
    state.thread = std::move(work.thread);
    state.thread_editors.resize(state.thread.size());
    for (TextEditorState& e : state.thread_editors) e.anchor = e.caret.offset;
    state.post_editor.anchor = state.post_editor.caret.offset;
    state.thread_focus = std::min(state.thread_focus, state.thread.empty() ? 0 : state.thread.size() - 1);
    state.thread_copy_next = 0;
    state.sync_editor = true;
    state.needs_check = state.dirty = true;
    state.post_changed |= context_changed;
    state.history.in_burst = false;
    state.notice.clear();
    if (ImGui::GetCurrentContext() != nullptr && ImGui::GetInputTextState(ImGui::GetActiveID()) != nullptr)
        ImGui::ClearActiveID();
}

bool step_history(AppState& state, std::vector<ReplyWork>& from, std::vector<ReplyWork>& to) {
    if (from.empty()) return false;
    to.push_back(current_work(state));
    ReplyWork work = std::move(from.back());
    from.pop_back();
    restore_work(state, std::move(work));
    state.history_dirty = true;
    return true;
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

const ChannelSpec* reply_channel(const AppState& state) {
    return state.pack ? state.pack->channel(state.context.channel) : default_channel(state.context.channel);
}

// The channel.too_long finding offers the whole reply as a numbered thread; the app makes it a
// real thread (its posts apart) instead of pasting the numbered posts into one text.
bool is_thread_split(const AppState& state, const Finding& finding, const Suggestion& suggestion) {
    return finding.rule == "channel.too_long" && suggestion.start == 0 && suggestion.end >= state.draft.size();
}

}  // namespace

ReplyWork current_work(const AppState& state) { return ReplyWork{state.draft, state.context, state.thread}; }

void change_work(AppState& state, ReplyWork next) {
    if (next == current_work(state)) return;
    push_undo(state, current_work(state));
    restore_work(state, std::move(next));
}

void note_typing(AppState& state, ReplyWork before, const char* field) {
    constexpr double kBurstSeconds = 1.0;
    WorkHistory& h = state.history;
    const double now = ImGui::GetTime();
    if (!h.in_burst || h.burst_field != field || now - h.last_typing > kBurstSeconds) {
        push_undo(state, std::move(before));
        h.in_burst = true;
        h.burst_field = field;
    }
    h.last_typing = now;
    state.dirty = state.needs_check = true;
    state.notice.clear();
}

bool undo(AppState& state) { return step_history(state, state.history.undo, state.history.redo); }

bool redo(AppState& state) { return step_history(state, state.history.redo, state.history.undo); }

// --- edits on the agent's behalf ------------------------------------------------------------

void replace_draft(AppState& state, std::string text) {
    ReplyWork next = current_work(state);
    next.draft = std::move(text);
    next.thread.clear();
    change_work(state, std::move(next));
}

void edit_draft(AppState& state, std::size_t start, std::size_t end, const std::string& text) {
    if (start > end || end > state.draft.size()) return;
    ReplyWork next = current_work(state);
    if (next.thread.empty()) {
        next.draft.replace(start, end - start, text);
    } else {
        next.thread = edit_thread(next.thread, start, end, text);
        next.draft = join_thread(next.thread);
    }
    change_work(state, std::move(next));
}

void use_suggestion(AppState& state, const Finding& finding, const Suggestion& suggestion, bool keep_typing) {
    state.selected_finding = -1;
    state.hover_card = -1;
    if (is_thread_split(state, finding, suggestion)) {
        split_into_thread(state);
        return;
    }
    const Suggestion s = suggestion;  // the finding goes stale with the edit
    edit_draft(state, s.start, s.end, s.text);
    const auto inserted_end = static_cast<int>(s.start + s.text.size());
    // After a click the fix is shown selected; after the fix key typing goes on after it.
    state.select_start = keep_typing ? inserted_end : static_cast<int>(s.start);
    state.select_end = inserted_end;
    if (keep_typing) state.focus_editor = true;
}

void apply_selected_fix(AppState& state) {
    const int index = state.selected_finding;
    if (index < 0 || index >= static_cast<int>(state.result.findings.size())) return;
    const Finding finding = state.result.findings[index];
    if (finding.suggestions.empty()) return;
    use_suggestion(state, finding, finding.suggestions.front(), true);
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
    ReplyWork next = current_work(state);
    std::uint32_t limit = static_cast<std::uint32_t>(next.draft.size()) + 1;
    for (const Suggestion* s : fixes) {
        if (s->end > limit || s->end > next.draft.size() || s->start > s->end) continue;
        if (next.thread.empty()) {
            next.draft.replace(s->start, s->end - s->start, s->text);
        } else {
            next.thread = edit_thread(next.thread, s->start, s->end, s->text);
            next.draft = join_thread(next.thread);
        }
        limit = s->start;
    }
    change_work(state, std::move(next));
    state.selected_finding = -1;
}

// --- findings ------------------------------------------------------------------------------

std::vector<int> findings_in_display_order(const CheckResult& result) {
    std::vector<int> order(result.findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return result.findings[a].severity > result.findings[b].severity; });
    return order;
}

void select_finding(AppState& state, int index, bool select_span) {
    if (index < 0 || index >= static_cast<int>(state.result.findings.size())) return;
    const Finding& f = state.result.findings[index];
    state.selected_finding = index;
    if (select_span) {
        state.select_start = static_cast<int>(f.start);
        state.select_end = static_cast<int>(f.end);
    }
    state.focus_editor = true;
    state.scroll_to_selected = true;
}

void step_finding(AppState& state, int direction) {
    const std::vector<int> order = findings_in_display_order(state.result);
    if (order.empty()) return;
    const auto at = std::find(order.begin(), order.end(), state.selected_finding);
    int pos = at == order.end() ? (direction > 0 ? -1 : 0) : static_cast<int>(at - order.begin());
    pos = (pos + direction + static_cast<int>(order.size())) % static_cast<int>(order.size());
    select_finding(state, order[pos], false);
}

void copy_reply(AppState& state) {
    std::size_t errors = 0;
    for (const Finding& f : state.result.findings) errors += f.severity == Severity::error;
    const std::string still =
        errors == 0 ? "" : "; it still has " + std::to_string(errors) + " error" + (errors == 1 ? "" : "s");
    if (state.thread.empty()) {
        ImGui::SetClipboardText(state.draft.c_str());
        state.notice = errors == 0 ? "Copied to the clipboard" : "Copied" + still;
        return;
    }
    // A thread is posted one post at a time: each Copy takes the next.
    const std::size_t n = state.thread.size();
    const std::size_t k = std::min(state.thread_copy_next, n - 1);
    ImGui::SetClipboardText(thread_post_text(state, k).c_str());
    const std::string total = "/" + std::to_string(n);
    state.notice = "Copied post " + std::to_string(k + 1) + total +
                   (k + 1 < n ? "; Copy again for " + std::to_string(k + 2) + total : "") + still;
    state.thread_copy_next = (k + 1) % n;
}

// --- threads --------------------------------------------------------------------------------

std::string thread_post_text(const AppState& state, std::size_t part) {
    const ChannelSpec* spec = reply_channel(state);
    if (spec == nullptr || part >= state.thread.size()) return {};
    return thread_post(state.thread[part], part + 1, state.thread.size(), *spec, state.context.customer_handle);
}

void split_into_thread(AppState& state) {
    const ChannelSpec* spec = reply_channel(state);
    if (spec == nullptr) return;
    std::vector<std::string> texts = split_thread_texts(state.draft, *spec, state.context.customer_handle);
    if (texts.size() < 2) {
        state.notice = texts.empty() ? "This reply cannot be split into posts" : "This reply fits in one post";
        return;
    }
    if (texts == state.thread) return;  // already this thread: splitting again changes nothing
    ReplyWork next = current_work(state);
    next.draft = join_thread(texts);
    next.thread = std::move(texts);
    change_work(state, std::move(next));
    state.notice = "A thread of " + std::to_string(state.thread.size()) + " posts: Copy takes them one by one";
}

void join_thread_posts(AppState& state) {
    if (state.thread.empty()) return;
    ReplyWork next = current_work(state);
    next.draft.clear();
    for (const std::string& text : next.thread)
        if (!blank(text)) next.draft += (next.draft.empty() ? "" : " ") + text;
    next.thread.clear();
    change_work(state, std::move(next));
}

// --- templates ------------------------------------------------------------------------------

void use_template(AppState& state, const ReplyTemplate& t) {
    std::string text = fill_template(t.text, make_request(state));
    if (blank(state.draft)) {
        replace_draft(state, std::move(text));
        return;
    }
    state.template_prompt = TemplatePrompt{t.title, std::move(text)};
}

void insert_template(AppState& state) {
    if (!state.template_prompt) return;
    std::string text = std::move(state.template_prompt->text);
    state.template_prompt.reset();
    // The caret of the editor used last: the draft's, or a post's in a thread.
    std::size_t at = std::min(state.editor.caret.offset, state.draft.size());
    if (!state.thread.empty()) {
        const std::size_t part = std::min(state.thread_focus, state.thread.size() - 1);
        const std::size_t caret = part < state.thread_editors.size() ? state.thread_editors[part].caret.offset : 0;
        at = thread_starts(state.thread)[part] + std::min(caret, state.thread[part].size());
    }
    const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    if (at > 0 && !space(state.draft[at - 1])) text.insert(text.begin(), ' ');
    if (at < state.draft.size() && !space(state.draft[at])) text += ' ';
    edit_draft(state, at, at, text);
    state.select_start = state.select_end = static_cast<int>(at + text.size());
    state.focus_editor = true;
}

void replace_with_template(AppState& state) {
    if (!state.template_prompt) return;
    std::string text = std::move(state.template_prompt->text);
    state.template_prompt.reset();
    replace_draft(state, std::move(text));
}

}  // namespace replycheck::ui
