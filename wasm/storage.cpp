// The browser's side of persistence and pack files: the agent's work (draft, context, settings)
// in localStorage (small; its `storage` event tells other tabs), the undo history, trainer mode's
// work (practice session, scenario sets, answers) and imported packs in IndexedDB (far larger
// quota; saves announced to other tabs on a BroadcastChannel), a file picker and drag-and-drop
// for importing, a download for exporting. A save that fails says so at once in the app's notice,
// and the work stays in memory; saved text that cannot be read is set aside under "<key>.bad" and
// the app starts clean. The JS halves are in web/glue.js (Module.rc*).
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include <algorithm>

#include "json/json_tree.h"
#include "training/practice_report.h"
#include "training/scenario_set.h"
#include "pack/pack_loader.h"
#include "web_app.h"

namespace replycheck::web {
namespace {

constexpr const char* kStateKey = "replycheck.state";
constexpr const char* kPacksKey = "replycheck.packs";
constexpr const char* kHistoryKey = "replycheck.history";
constexpr const char* kTrainerKey = "replycheck.trainer";

// Trainer mode's work as last saved: it changes with the state (the same dirty flag) but far less
// often, and is megabytes with scenario sets, so it is written only when its text changed.
std::string last_saved_trainer;

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
// Moves the saved text of `key` to "<key>.bad", where it is kept but never loaded.
EM_JS(void, js_set_aside, (const char* key), { Module.rcSetAside(UTF8ToString(key)); });
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

void add_problem(std::string& problems, const std::string& problem) {
    if (!problems.empty()) problems += "; ";
    problems += problem;
}

// The saved text of `key`, or nothing when it is not well-formed JSON within the strict reader's
// bounds (json/json_tree.h: nesting at most 64 deep, valid UTF-8): a session nested 100k deep
// once made every start fail. Such text is set aside and named in `problems`.
std::string load_readable(const char* key, std::string& problems) {
    std::string text = load(key);
    if (text.empty()) return text;
    const replycheck::json::ParseResult parsed = replycheck::json::parse(text);
    if (parsed.value) return text;
    js_set_aside(key);
    add_problem(problems, std::string(key) + " (byte " + std::to_string(parsed.error.offset) + ": " +
                              parsed.error.message + ") is kept as " + key + ".bad");
    return {};
}

const char* what_is_saved(const std::string& key) {
    if (key == kPacksKey) return "the imported packs";
    if (key == kHistoryKey) return "the undo history";
    if (key == kTrainerKey) return "the practice session and scenario sets";
    return "your work";
}

}  // namespace

void start_with_saved_work() {
    auto& state = app();
    state.pick_json_file = [] { js_pick_json_file(); };
    state.save_file = [](const std::string& name, const std::string& text) { js_download(name.c_str(), text.c_str()); };
    state.dark = js_prefers_dark() != 0;
    std::string problems;
    const std::string saved_state = load_readable(kStateKey, problems);
    const std::string saved_packs = load_readable(kPacksKey, problems);
    const std::string saved_history = load_readable(kHistoryKey, problems);
    const std::string saved_trainer = load_readable(kTrainerKey, problems);
    const replycheck::ui::RestoreReport restored =
        replycheck::ui::start_app(state, {saved_state, saved_packs, saved_history, saved_trainer});
    const char* trainer_key = restored.trainer_moved ? kStateKey : kTrainerKey;
    if (!restored.unrestored.empty()) {
        // Kept as it was saved; what did restore is saved anew at the next change.
        js_set_aside(trainer_key);
        add_problem(problems, restored.unrestored + " is kept as " + trainer_key + ".bad");
        state.dirty = true;
    } else if (!restored.trainer_moved) {
        // Written only once it changes (a first run writes none); moved from an older state at once.
        last_saved_trainer = replycheck::ui::saved_trainer_json(state);
    }
    if (!problems.empty()) state.notice = "Saved work could not be read and was set aside: " + problems;
}

void save_changed_work() {
    auto& state = app();
    if (state.packs_dirty) js_save(kPacksKey, replycheck::ui::saved_packs_json(state).c_str());
    state.packs_dirty = false;
    // Another tab saved newer work: nothing of this tab's goes over it until the agent chooses.
    if (replycheck::ui::other_tab_waiting(state)) return;
    if (state.dirty) {
        js_save(kStateKey, replycheck::ui::saved_state_json(state).c_str());
        std::string trainer = replycheck::ui::saved_trainer_json(state);
        if (trainer != last_saved_trainer) js_save(kTrainerKey, trainer.c_str());
        last_saved_trainer = std::move(trainer);
    }
    if (state.history_dirty) js_save(kHistoryKey, replycheck::ui::saved_history_json(state).c_str());
    state.dirty = state.history_dirty = false;
}

void other_tab_changed(const std::string& key, const std::string& text) {
    auto& state = app();
    if (key == kStateKey) replycheck::ui::other_tab_saved(state, text);
    else if (key == kTrainerKey) replycheck::ui::other_tab_saved_trainer(state, text);
    else if (key == kPacksKey) replycheck::ui::other_tab_saved_packs(state, text);
}

}  // namespace replycheck::web

extern "C" {

// A JSON file chosen in the picker or dropped on the page: a pack, a scenario set or a practice
// session (ui::open_file tells them apart).
EMSCRIPTEN_KEEPALIVE void rc_open_file(const char* file_name, const char* text) {
    replycheck::ui::open_file(replycheck::web::app(), file_name, text);
}

// A save failed (storage full, private mode): say so now; the work stays in memory, and the next
// change tries again.
EMSCRIPTEN_KEEPALIVE void rc_save_failed(const char* key, const char* reason) {
    auto& state = replycheck::web::app();
    state.notice = std::string("Could not save ") + replycheck::web::what_is_saved(key) + " in this browser (" + reason +
                   "); it stays here until this page is closed";
}

// A one-line notice from the page (a refused file).
EMSCRIPTEN_KEEPALIVE void rc_notice(const char* text) { replycheck::web::app().notice = text; }

// The largest JSON file the page reads, the largest of the documents' own limits (a practice
// session's); each loader then applies its own.
EMSCRIPTEN_KEEPALIVE unsigned rc_max_file_bytes() {
    return static_cast<unsigned>(std::max({replycheck::PackLimits::max_document_bytes,
                                            replycheck::ScenarioLimits::max_document_bytes,
                                            replycheck::SessionLimits::max_document_bytes}));
}

// Another tab of the app wrote `key` (web/glue.js forwards localStorage's `storage` event and
// IndexedDB saves announced on a BroadcastChannel).
EMSCRIPTEN_KEEPALIVE void rc_storage_changed(const char* key, const char* text) {
    replycheck::web::other_tab_changed(key, text);
}

}  // extern "C"
