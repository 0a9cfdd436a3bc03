// The browser entry point. Frames are drawn on demand: web/glue.js calls rc_frame() from
// requestAnimationFrame only after input, a resize or a state change, so an idle tab draws nothing.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>

#include "web_app.h"

namespace replycheck::web {
namespace {

GLFWwindow* g_window = nullptr;
float g_css_width = 1024.0f, g_css_height = 768.0f;
float g_pixel_ratio = 1.0f;
float g_font_ratio = 0.0f;  // the ratio the current atlas was built for

// Emscripten's GLFW reports the cursor in canvas pixels; ImGui works in CSS pixels.
void on_cursor_pos(GLFWwindow* w, double x, double y) {
    ImGui_ImplGlfw_CursorPosCallback(w, x / g_pixel_ratio, y / g_pixel_ratio);
}

}  // namespace

replycheck::ui::AppState& app() {
    static replycheck::ui::AppState state;
    return state;
}

}  // namespace replycheck::web

using namespace replycheck::web;

extern "C" {

// Called by web/glue.js whenever the canvas's CSS size or devicePixelRatio changes.
EMSCRIPTEN_KEEPALIVE void rc_resize(float css_width, float css_height, float pixel_ratio) {
    g_css_width = css_width;
    g_css_height = css_height;
    g_pixel_ratio = pixel_ratio > 0.0f ? pixel_ratio : 1.0f;
}

// Draws one frame. Returns 1 when ImGui still has queued input to process, or the font atlas
// needs glyphs, so the glue must schedule another frame even though no new event arrived.
EMSCRIPTEN_KEEPALIVE int rc_frame() {
    // The atlas is rebuilt between frames only: for a new pixel ratio, or when a shown text
    // needs CJK glyphs it lacks (wasm/fonts.cpp adds them on demand).
    const bool glyphs_missing = fonts_need_glyphs(app());  // first: it also notes what is needed
    if (glyphs_missing || g_font_ratio != g_pixel_ratio) {
        load_fonts(g_pixel_ratio);
        g_font_ratio = g_pixel_ratio;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(g_css_width, g_css_height);
    io.DisplayFramebufferScale = ImVec2(g_pixel_ratio, g_pixel_ratio);
    ImGui::NewFrame();
    replycheck::ui::draw_app(app());
    ImGui::Render();
    save_changed_work();
    // Text typed or pasted in this frame may need glyphs: ask for a frame that rebuilds the atlas.
    const bool needs_glyphs = fonts_need_glyphs(app());

    const int fb_width = static_cast<int>(std::lround(g_css_width * g_pixel_ratio));
    const int fb_height = static_cast<int>(std::lround(g_css_height * g_pixel_ratio));
    glViewport(0, 0, fb_width, fb_height);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return ImGui::GetCurrentContext()->InputEventsQueue.Size > 0 || needs_glyphs ? 1 : 0;
}

}  // extern "C"

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "ReplyCheck: GLFW could not start\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    g_window = glfwCreateWindow(static_cast<int>(g_css_width), static_cast<int>(g_css_height), "ReplyCheck",
                                nullptr, nullptr);
    if (g_window == nullptr) {
        std::fprintf(stderr, "ReplyCheck: WebGL 2 is not available in this browser\n");
        return 1;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; nothing to persist
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle

    // Callbacks are installed by hand: the cursor needs rescaling, and text arrives through the
    // glue's hidden textarea (IME, dead keys, emoji), so GLFW's keypress-based char callback stays off.
    ImGui_ImplGlfw_InitForOpenGL(g_window, false);
    glfwSetWindowFocusCallback(g_window, ImGui_ImplGlfw_WindowFocusCallback);
    glfwSetCursorEnterCallback(g_window, ImGui_ImplGlfw_CursorEnterCallback);
    glfwSetCursorPosCallback(g_window, on_cursor_pos);
    glfwSetMouseButtonCallback(g_window, ImGui_ImplGlfw_MouseButtonCallback);
    glfwSetKeyCallback(g_window, ImGui_ImplGlfw_KeyCallback);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    install_browser_io();

    start_with_saved_work();
    EM_ASM(if (Module.rcReady) Module.rcReady(););
    return 0;  // the runtime stays alive; frames come from the glue
}
