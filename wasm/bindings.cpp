// The JS-facing API. web/glue.js wraps these as window.replycheck.*; strings cross as UTF-8
// JSON, so the JS side needs no knowledge of C++ layouts.
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "text/utf8.h"
#include "web_app.h"

extern "C" {

// The app's state for tests and integrations. The returned pointer stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* rc_state_json() {
    static std::string out;
    const auto& app = replycheck::web::app();
    nlohmann::json state = {
        {"draft", app.draft},
        {"draft_utf16_length", replycheck::utf16_length(app.draft, app.draft.size())},
        {"words", app.stats.words},
        {"sentences", app.stats.sentences},
        {"characters", app.stats.characters},
        {"folded", app.stats.folded},
        {"analyses", app.analyses},
    };
    nlohmann::json widgets = nlohmann::json::object();
    for (const auto& [name, r] : app.widgets) widgets[name] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
    state["widgets"] = std::move(widgets);
    out = state.dump();
    return out.c_str();
}

}  // extern "C"
