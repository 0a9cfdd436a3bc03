// The browser's side of persistence and pack files: localStorage for the agent's work and its undo
// history, another tab's saves (the `storage` event), a file picker and drag-and-drop for
// importing packs, a download for exporting them. The JS halves are in web/glue.js (Module.rc*).
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "web_app.h"

namespace replycheck::web {
namespace {

constexpr const char* kStateKey = "replycheck.state";
constexpr const char* kPacksKey = "replycheck.packs";
constexpr const char* kHistoryKey = "replycheck.history";

// Returns a malloc'd copy of the stored text, or null when there is none.
EM_JS(char*, js_load, (const char* key), {
    var text = Module.rcLoad(UTF8ToString(key));
    if (text === null) return 0;
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});
EM_JS(void, js_save, (const char* key, const char* text), { Module.rcSave(UTF8ToString(key), UTF8ToString(text)); });
EM_JS(void, js_pick_json_file, (), { Module.rcPickJsonFile(); });
// The system's colour scheme, for the first run's theme.
EM_JS(int, js_prefers_dark, (), { return Module.rcPrefersDark && Module.rcPrefersDark() ? 1 : 0; });
EM_JS(void, js_download, (const char* name, const char* text), {
    Module.rcDownload(UTF8ToString(name), UTF8ToString(text));
});

std::string load(const char* key) {
    char* text = js_load(key);
    if (text == nullptr) return {};
    std::string out(text);
    std::free(text);
    return out;
}

}  // namespace

void start_with_saved_work() {
    auto& state = app();
    state.pick_json_file = [] { js_pick_json_file(); };
    state.save_file = [](const std::string& name, const std::string& text) { js_download(name.c_str(), text.c_str()); };
    state.dark = js_prefers_dark() != 0;
    replycheck::ui::start_app(state, load(kStateKey), load(kPacksKey), load(kHistoryKey));
}

void save_changed_work() {
    auto& state = app();
    if (state.packs_dirty) js_save(kPacksKey, replycheck::ui::saved_packs_json(state).c_str());
    state.packs_dirty = false;
    // Another tab saved newer work: nothing of this tab's goes over it until the agent chooses.
    if (!state.other_tab_work.empty()) return;
    if (state.dirty) js_save(kStateKey, replycheck::ui::saved_state_json(state).c_str());
    if (state.history_dirty) js_save(kHistoryKey, replycheck::ui::saved_history_json(state).c_str());
    state.dirty = state.history_dirty = false;
}

void other_tab_changed(const std::string& key, const std::string& text) {
    auto& state = app();
    if (key == kStateKey) replycheck::ui::other_tab_saved(state, text);
    else if (key == kPacksKey) replycheck::ui::other_tab_saved_packs(state, text);
}

}  // namespace replycheck::web

extern "C" {

// A JSON file chosen in the picker or dropped on the page: a pack, a scenario set or a practice
// session (ui::open_file tells them apart).
EMSCRIPTEN_KEEPALIVE void rc_open_file(const char* file_name, const char* text) {
    replycheck::ui::open_file(replycheck::web::app(), file_name, text);
}

// Another tab of the app wrote `key` (web/glue.js forwards localStorage's `storage` event).
EMSCRIPTEN_KEEPALIVE void rc_storage_changed(const char* key, const char* text) {
    replycheck::web::other_tab_changed(key, text);
}

}  // extern "C"
