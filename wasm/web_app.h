#pragma once
// Shared between the wasm translation units: the one app instance and the hooks the JS glue
// (web/glue.js) calls. Everything here runs on the browser's main thread.
#include "app.h"

namespace replycheck::web {

replycheck::ui::AppState& app();

// Builds the font atlas for the current device pixel ratio (wasm/fonts.cpp).
void load_fonts(float pixel_ratio);

// Restores the agent's work from localStorage (or sets up the first run) and wires the pack
// file hooks; saves what changed after each frame (wasm/storage.cpp).
void start_with_saved_work();
void save_changed_work();

// Routes ImGui's clipboard and IME position to the browser (wasm/web_input.cpp).
void install_browser_io();

}  // namespace replycheck::web
