// Text, clipboard and IME between the browser and ImGui. Emscripten's GLFW leaves the clipboard
// as empty stubs and only reports characters from `keypress`, which never fires for dead keys,
// IME composition or emoji pickers; web/glue.js therefore forwards a hidden textarea's `input`,
// `compositionend` and `paste` events here.
#include <emscripten.h>
#include <imgui.h>

#include <string>

#include "web_app.h"

namespace replycheck::web {
namespace {

std::string g_clipboard;  // the last text pasted into, or copied from, the app

EM_JS(void, js_write_clipboard, (const char* text), {
    Module.rcWriteClipboard(UTF8ToString(text));
});

EM_JS(void, js_place_text_input, (float x, float y, float line_height), {
    Module.rcPlaceTextInput(x, y, line_height);
});

const char* get_clipboard(void*) { return g_clipboard.c_str(); }

void set_clipboard(void*, const char* text) {
    g_clipboard = text;
    js_write_clipboard(text);
}

// Keeps the hidden textarea under ImGui's caret so IME candidate windows open next to the text.
void place_ime(ImGuiViewport*, ImGuiPlatformImeData* data) {
    if (data->WantVisible) js_place_text_input(data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

}  // namespace

void install_browser_io() {
    ImGuiIO& io = ImGui::GetIO();
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;
    io.SetPlatformImeDataFn = place_ime;
}

}  // namespace replycheck::web

extern "C" {

// Committed text from typing, dead keys, IME composition or an emoji picker.
EMSCRIPTEN_KEEPALIVE void rc_input_text(const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); }

// The text an input method is composing, shown inline until it is committed; empty when it ends.
EMSCRIPTEN_KEEPALIVE void rc_composition(const char* utf8) { replycheck::ui::set_input_composition(utf8); }

// Text from a browser `paste` event. The glue keeps Ctrl+V's keydown away from GLFW, so ImGui
// sees a single Ctrl+V here, after the text is known, and pastes it as one undoable edit.
EMSCRIPTEN_KEEPALIVE void rc_paste(const char* utf8) {
    replycheck::web::g_clipboard = utf8;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
}

}  // extern "C"
