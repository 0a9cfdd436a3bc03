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
    c.is_public = text_field(*ctx, "visibility", "public") != "private";
    c.agent_name = text_field(*ctx, "agent_name", "");
    c.agent_initials = text_field(*ctx, "agent_initials", "");
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
    const json saved = json::parse(saved_state, nullptr, false);
    if (saved.is_object() && saved.value("v", 0) == kSavedVersion) {
        restore_state(state, saved);
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
        {"context",
         {{"customer_post", c.customer_post},
          {"customer_name", c.customer_name},
          {"customer_handle", c.customer_handle},
          {"channel", c.channel},
          {"visibility", c.is_public ? "public" : "private"},
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
