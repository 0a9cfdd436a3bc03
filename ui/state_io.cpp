// What the browser keeps between visits: the draft, the context and the settings in one small
// document saved on every change, and the imported packs (up to megabytes) in another, saved only
// when they change.
#include <nlohmann/json.hpp>

#include "app.h"
#include "panels.h"

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

void restore_state(AppState& state, const json& saved) {
    state.draft = text_field(saved, "draft", "");
    state.pack_id = text_field(saved, "pack", std::string(kDefaultPackId));
    if (const auto it = saved.find("dark"); it != saved.end() && it->is_boolean()) state.dark = it->get<bool>();
    const auto ctx = saved.find("context");
    if (ctx == saved.end() || !ctx->is_object()) return;
    ReplyContext& c = state.context;
    c.customer_post = text_field(*ctx, "customer_post", "");
    c.customer_name = text_field(*ctx, "customer_name", "");
    c.customer_handle = text_field(*ctx, "customer_handle", "");
    c.channel = text_field(*ctx, "channel", "x");
    if (default_channel(c.channel) == nullptr) c.channel = "x";
    c.is_public = parse_visibility(text_field(*ctx, "visibility", "public")) != Visibility::private_reply;
    c.agent_name = text_field(*ctx, "agent_name", "");
    c.agent_initials = text_field(*ctx, "agent_initials", "");
}

AppMode mode_from_name(const std::string& name) {
    for (const AppMode mode : {AppMode::practice, AppMode::guidelines, AppMode::report, AppMode::authoring})
        if (name == mode_name(mode)) return mode;
    return AppMode::reply;
}

// Trainer mode's work: imported scenario sets, the answers being written, the session's attempts
// and the authoring text. Anything that no longer loads is skipped, not fatal.
void restore_trainer(AppState& state, const json& saved) {
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
    }
    if (const auto authoring = saved.find("authoring"); authoring != saved.end() && authoring->is_object()) {
        t.authoring.text = text_field(*authoring, "text", "");
        t.authoring.file_name = text_field(*authoring, "file", "pack.json");
        t.authoring.kind = text_field(*authoring, "kind", "pack") == "scenarios" ? AuthoringKind::scenarios : AuthoringKind::pack;
    }
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

void start_app(AppState& state, std::string_view saved_state, std::string_view saved_packs) {
    const json packs = json::parse(saved_packs, nullptr, false);
    if (packs.is_array()) restore_packs(state, packs);
    start_trainer(state);
    const json saved = json::parse(saved_state, nullptr, false);
    if (saved.is_object() && saved.value("v", 0) == kSavedVersion) {
        restore_state(state, saved);
        if (const auto trainer = saved.find("trainer"); trainer != saved.end() && trainer->is_object())
            restore_trainer(state, *trainer);
        state.mode = mode_from_name(text_field(saved, "mode", "reply"));
        state.select_mode_tab = state.mode != AppMode::reply;
    } else {
        state.context.customer_post = kExamplePost;
        state.context.customer_name = "Maria";
        state.context.customer_handle = "@maria_k";
        state.context.agent_name = "Sam";
        state.context.agent_initials = "SB";
        state.draft = kExampleDraft;
        state.dirty = true;
    }
    if (!switch_pack(state, state.pack_id)) switch_pack(state, std::string(kDefaultPackId));
    apply_theme(state.dark);
    state.sync_editor = true;
    recheck(state);
}

std::string saved_state_json(const AppState& state) {
    const ReplyContext& c = state.context;
    const json saved = {
        {"v", kSavedVersion},
        {"draft", state.draft},
        {"pack", state.pack_id},
        {"dark", state.dark},
        {"mode", mode_name(state.mode)},
        {"trainer", saved_trainer(state)},
        {"context",
         {{"customer_post", c.customer_post},
          {"customer_name", c.customer_name},
          {"customer_handle", c.customer_handle},
          {"channel", c.channel},
          {"visibility", std::string(to_string(c.visibility()))},
          {"agent_name", c.agent_name},
          {"agent_initials", c.agent_initials}}},
    };
    return saved.dump();
}

std::string saved_packs_json(const AppState& state) {
    json packs = json::array();
    for (const ImportedPack& p : state.imported) packs.push_back({{"file", p.file_name}, {"json", p.json}});
    return packs.dump();
}

}  // namespace replycheck::ui
