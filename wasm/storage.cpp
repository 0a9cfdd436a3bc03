// The browser's side of persistence and pack files: localStorage for the agent's work, a file
// picker and drag-and-drop for importing packs, a download for exporting them. The JS halves are
// in web/glue.js (Module.rc*).
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "web_app.h"

namespace replycheck::web {
namespace {

constexpr const char* kStateKey = "replycheck.state";
constexpr const char* kPacksKey = "replycheck.packs";

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
    replycheck::ui::start_app(state, load(kStateKey), load(kPacksKey));
}

void save_changed_work() {
    auto& state = app();
    if (state.dirty) js_save(kStateKey, replycheck::ui::saved_state_json(state).c_str());
    if (state.packs_dirty) js_save(kPacksKey, replycheck::ui::saved_packs_json(state).c_str());
    state.dirty = state.packs_dirty = false;
}

}  // namespace replycheck::web

extern "C" {

// A JSON file chosen in the picker or dropped on the page: a pack, a scenario set or a practice
// session (ui::open_file tells them apart).
EMSCRIPTEN_KEEPALIVE void rc_open_file(const char* file_name, const char* text) {
    replycheck::ui::open_file(replycheck::web::app(), file_name, text);
}

}  // extern "C"
