#pragma once
// Shared between the wasm translation units: the one app instance and the hooks the JS glue
// (web/glue.js) calls. Everything here runs on the browser's main thread.
#include <nlohmann/json_fwd.hpp>

#include <string>

#include "app.h"

namespace replycheck::web {

replycheck::ui::AppState& app();

// Builds the font atlas and its GL texture for the current device pixel ratio, with the CJK
// glyphs shown texts have needed so far (wasm/fonts.cpp). Only between frames.
void load_fonts(float pixel_ratio);
// Looks for CJK code points in the shown texts; true when the atlas lacks some (call
// load_fonts between frames). Cheap enough for every frame.
bool fonts_need_glyphs(const replycheck::ui::AppState& app);
// The atlas for state(): glyph counts, rebuilds, and the shown code points that have no glyph.
nlohmann::json font_report(const replycheck::ui::AppState& app);

// Restores the agent's work from localStorage and IndexedDB (or sets up the first run) and wires
// the pack file hooks; saves what changed after each frame (wasm/storage.cpp).
void start_with_saved_work();
void save_changed_work();
// Another tab saved `key` of the app's saved work (localStorage or IndexedDB) as `text`.
void other_tab_changed(const std::string& key, const std::string& text);

// Routes ImGui's clipboard and IME position to the browser (wasm/web_input.cpp).
void install_browser_io();

}  // namespace replycheck::web
