// What the browser keeps between visits: the work (draft, context, thread) and the settings in one
// small document saved on every change; the undo history, trainer mode's work (practice session,
// scenario sets, answers) and the imported packs, each up to megabytes, in documents of their own.
// Also what happens when another tab of the app saves: its newer work is offered, never
// overwritten unseen.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "app.h"
#include "panels.h"
#include "thread_text.h"

namespace replycheck::ui {
namespace {

using nlohmann::json;

constexpr int kSavedVersion = 1;

// A newcomer sees findings at once: an upset post and a reply with typical mistakes.
constexpr const char* kExamplePost =
    "@SkyWayHelp my flight to Lisbon was delayed 5 hours and nobody told us anything. Absolutely furious!!";
constexpr const char* kExampleDraft =
    "Hi, we're sorry for any inconvenience caused. It is not our fault, the weather did this. "
    "Please send us your booking reference and phone number here.";

std::string text_field(const json& object, const char* key, const std::string& fallback) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

ReplyContext read_context(const json& saved) {
    ReplyContext c;
    if (!saved.is_object()) return c;
    c.customer_post = text_field(saved, "customer_post", "");
    c.customer_name = text_field(saved, "customer_name", "");
    c.customer_handle = text_field(saved, "customer_handle", "");
    c.channel = text_field(saved, "channel", "x");
    if (default_channel(c.channel) == nullptr) c.channel = "x";
    c.is_public = parse_visibility(text_field(saved, "visibility", "public")) != Visibility::private_reply;
    c.agent_name = text_field(saved, "agent_name", "");
    c.agent_initials = text_field(saved, "agent_initials", "");
    return c;
}

json context_json(const ReplyContext& c) {
    return {{"customer_post", c.customer_post},
            {"customer_name", c.customer_name},
            {"customer_handle", c.customer_handle},
            {"channel", c.channel},
            {"visibility", std::string(to_string(c.visibility()))},
            {"agent_name", c.agent_name},
            {"agent_initials", c.agent_initials}};
}

// The work as saved: the draft, its context and, for a thread, its posts' texts (the draft is
// then their join, kept for older readers).
ReplyWork read_work(const json& saved) {
    ReplyWork work;
    work.draft = text_field(saved, "draft", "");
    if (const auto ctx = saved.find("context"); ctx != saved.end()) work.context = read_context(*ctx);
    if (const auto thread = saved.find("thread"); thread != saved.end() && thread->is_array()) {
        for (const json& text : *thread)
            if (text.is_string()) work.thread.push_back(text.get<std::string>());
        if (work.thread.size() < 2) work.thread.clear();
        else work.draft = join_thread(work.thread);
    }
    return work;
}

json work_json(const ReplyWork& work) {
    json out = {{"draft", work.draft}, {"context", context_json(work.context)}};
    if (!work.thread.empty()) out["thread"] = work.thread;
    return out;
}

void restore_state(AppState& state, const json& saved) {
    ReplyWork work = read_work(saved);
    state.draft = std::move(work.draft);
    state.context = std::move(work.context);
    state.thread = std::move(work.thread);
    state.thread_editors.resize(state.thread.size());
    state.pack_id = text_field(saved, "pack", std::string(kDefaultPackId));
    if (const auto it = saved.find("dark"); it != saved.end() && it->is_boolean()) state.dark = it->get<bool>();
}

// Undo and redo steps, oldest first; whatever does not read is dropped.
void restore_history(AppState& state, const json& saved) {
    if (!saved.is_object()) return;
    for (const auto& [key, steps] : {std::pair{"undo", &state.history.undo}, std::pair{"redo", &state.history.redo}}) {
        const auto it = saved.find(key);
        if (it == saved.end() || !it->is_array()) continue;
        for (const json& step : *it)
            if (step.is_object()) steps->push_back(read_work(step));
    }
}

AppMode mode_from_name(const std::string& name) {
    for (const AppMode mode : {AppMode::practice, AppMode::guidelines, AppMode::report, AppMode::authoring})
        if (name == mode_name(mode)) return mode;
    return AppMode::reply;
}

// Trainer mode's work: imported scenario sets, the answers being written, the session's attempts
// and the authoring text. Anything that no longer loads is skipped, not fatal; a session that does
// not load is named in the answer, so that its saved text can be set aside and reported.
std::string restore_trainer(AppState& state, const json& saved) {
    std::string problem;
    TrainerState& t = state.trainer;
    if (const auto sets = saved.find("sets"); sets != saved.end() && sets->is_array())
        for (const json& entry : *sets)
            if (entry.is_object()) import_scenario_set(state, text_field(entry, "file", "set.json"), text_field(entry, "json", ""));
    t.import_error.clear();
    state.notice.clear();
    select_scenario_set(state, text_field(saved, "set", t.set_id));
    t.scenario_id = text_field(saved, "scenario", "");
    t.trainee = text_field(saved, "trainee", "");
    if (const auto replies = saved.find("replies"); replies != saved.end() && replies->is_object())
        for (const auto& [id, text] : replies->items())
            if (text.is_string()) t.replies[id] = text.get<std::string>();
    if (const auto session = saved.find("session"); session != saved.end() && session->is_object()) {
        SessionLoadResult loaded = session_from_json(session->dump());
        if (loaded.ok()) t.session = std::move(*loaded.session);
        else if (loaded.issues.empty()) problem = "the practice session (unreadable)";
        else problem = "the practice session (" + loaded.issues.front().to_string() + ")";
    }
    if (const auto authoring = saved.find("authoring"); authoring != saved.end() && authoring->is_object()) {
        t.authoring.text = text_field(*authoring, "text", "");
        t.authoring.file_name = text_field(*authoring, "file", "pack.json");
        t.authoring.kind = text_field(*authoring, "kind", "pack") == "scenarios" ? AuthoringKind::scenarios : AuthoringKind::pack;
    }
    return problem;
}

json saved_trainer(const AppState& state) {
    const TrainerState& t = state.trainer;
    json sets = json::array();
    for (const LoadedScenarioSet& s : t.sets)
        if (!s.file_name.empty()) sets.push_back({{"file", s.file_name}, {"json", s.json}});
    json replies = json::object();
    for (const auto& [id, text] : t.replies)
        if (!text.empty()) replies[id] = text;
    return {{"sets", std::move(sets)},
            {"set", t.set_id},
            {"scenario", t.scenario_id},
            {"trainee", t.trainee},
            {"replies", std::move(replies)},
            {"session", json::parse(session_to_json(t.session), nullptr, false)},
            {"authoring",
             {{"text", t.authoring.text},
              {"file", t.authoring.file_name},
              {"kind", t.authoring.kind == AuthoringKind::scenarios ? "scenarios" : "pack"}}}};
}

void restore_packs(AppState& state, const json& saved) {
    std::vector<PackSource> sources;
    for (const json& entry : saved) {
        if (!entry.is_object()) continue;
        sources.push_back({text_field(entry, "file", "pack.json"), text_field(entry, "json", "")});
    }
    const std::vector<PackLoadResult> results = state.packs.load_all(sources);
    for (std::size_t i = 0; i < results.size(); ++i)
        if (results[i].ok()) state.imported.push_back({sources[i].name, results[i].pack->id, sources[i].json});
}

}  // namespace

RestoreReport start_app(AppState& state, const SavedWork& saved_work) {
    const json packs = json::parse(saved_work.packs, nullptr, false);
    if (packs.is_array()) restore_packs(state, packs);
    start_trainer(state);
    const json saved = json::parse(saved_work.state, nullptr, false);
    const bool readable = saved.is_object() && saved.value("v", 0) == kSavedVersion;
    if (readable) {
        restore_state(state, saved);
        state.mode = mode_from_name(text_field(saved, "mode", "reply"));
        state.select_mode_tab = state.mode != AppMode::reply;
        restore_history(state, json::parse(saved_work.history, nullptr, false));
    } else {
        state.context.customer_post = kExamplePost;
        state.context.customer_name = "Maria";
        state.context.customer_handle = "@maria_k";
        state.context.agent_name = "Sam";
        state.context.agent_initials = "SB";
        state.draft = kExampleDraft;
        state.dirty = true;
    }
    // Trainer mode's work has its own document; older saves kept it inside the state, and the
    // next save moves it out.
    RestoreReport report;
    const json trainer = json::parse(saved_work.trainer, nullptr, false);
    if (trainer.is_object()) {
        report.unrestored = restore_trainer(state, trainer);
    } else if (readable && saved.contains("trainer") && saved.at("trainer").is_object()) {
        report.unrestored = restore_trainer(state, saved.at("trainer"));
        report.trainer_moved = state.dirty = true;
    }
    if (!switch_pack(state, state.pack_id)) switch_pack(state, std::string(kDefaultPackId));
    apply_theme(state.dark);
    state.sync_editor = true;
    recheck(state);
    return report;
}

std::string saved_state_json(const AppState& state) {
    json saved = work_json(current_work(state));
    saved["v"] = kSavedVersion;
    saved["pack"] = state.pack_id;
    saved["dark"] = state.dark;
    saved["mode"] = mode_name(state.mode);
    return saved.dump();
}

std::string saved_trainer_json(const AppState& state) { return saved_trainer(state).dump(); }

std::string saved_history_json(const AppState& state) {
    // The most recent steps: enough to walk back a working session, small enough to save often.
    constexpr std::size_t kSavedSteps = 100;
    json out = json::object();
    for (const auto& [key, steps] : {std::pair{"undo", &state.history.undo}, std::pair{"redo", &state.history.redo}}) {
        json list = json::array();
        const std::size_t first = steps->size() > kSavedSteps ? steps->size() - kSavedSteps : 0;
        for (std::size_t i = first; i < steps->size(); ++i) list.push_back(work_json((*steps)[i]));
        out[key] = std::move(list);
    }
    return out.dump();
}

// --- another tab ----------------------------------------------------------------------------

namespace {

// A saved state without what each tab may show differently (the tab shown, the theme).
json comparable(json saved) {
    if (saved.is_object()) {
        saved.erase("mode");
        saved.erase("dark");
    }
    return saved;
}

}  // namespace

void other_tab_saved(AppState& state, const std::string& saved) {
    const json theirs = json::parse(saved, nullptr, false);
    if (!theirs.is_object() || theirs.value("v", 0) != kSavedVersion) return;
    if (comparable(theirs) == comparable(json::parse(saved_state_json(state)))) {
        state.other_tab_work.clear();  // the same work: nothing to choose between
        return;
    }
    state.other_tab_work = saved;
}

void other_tab_saved_trainer(AppState& state, const std::string& saved) {
    const json theirs = json::parse(saved, nullptr, false);
    if (!theirs.is_object()) return;
    if (theirs == saved_trainer(state)) state.other_tab_trainer.clear();
    else state.other_tab_trainer = saved;
}

void other_tab_saved_packs(AppState& state, const std::string& saved) {
    const json packs = json::parse(saved, nullptr, false);
    if (!packs.is_array()) return;
    for (const json& entry : packs) {
        if (!entry.is_object()) continue;
        const std::string text = text_field(entry, "json", "");
        const bool known = std::any_of(state.imported.begin(), state.imported.end(),
                                       [&](const ImportedPack& p) { return p.json == text; });
        if (known) continue;
        PackLoadResult loaded = state.packs.load(text);
        if (!loaded.ok()) continue;
        std::erase_if(state.imported, [&](const ImportedPack& p) { return p.id == loaded.pack->id; });
        state.imported.push_back({text_field(entry, "file", "pack.json"), loaded.pack->id, text});
        // The active pack was replaced by its newer version: use that one.
        if (loaded.pack->id == state.pack_id) switch_pack(state, state.pack_id);
    }
}

void load_other_tab_work(AppState& state) {
    const json theirs = json::parse(state.other_tab_work, nullptr, false);
    const json their_trainer = json::parse(state.other_tab_trainer, nullptr, false);
    state.other_tab_work.clear();
    state.other_tab_trainer.clear();
    if (theirs.is_object()) {
        change_work(state, read_work(theirs));
        switch_pack(state, text_field(theirs, "pack", state.pack_id));
    }
    if (their_trainer.is_object()) restore_trainer(state, their_trainer);
    else if (theirs.is_object() && theirs.contains("trainer") && theirs.at("trainer").is_object())
        restore_trainer(state, theirs.at("trainer"));  // a tab of an older version
    state.dirty = state.history_dirty = true;
    state.notice = "Loaded the other tab's work; Ctrl+Z brings this tab's back";
}

void keep_this_tab_work(AppState& state) {
    state.other_tab_work.clear();
    state.other_tab_trainer.clear();
    state.dirty = state.history_dirty = true;
    state.notice = "Kept this tab's work";
}

std::string saved_packs_json(const AppState& state) {
    json packs = json::array();
    for (const ImportedPack& p : state.imported) packs.push_back({{"file", p.file_name}, {"json", p.json}});
    return packs.dump();
}

}  // namespace replycheck::ui
