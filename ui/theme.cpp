// Light and dark themes. Both keep ImGui's stock palette and only soften the geometry: the app is
// open all day, so it should look calm rather than like a debug tool.
#include "theme.h"

namespace replycheck::ui {
namespace {

Palette current;  // set by apply_theme, which start_app calls before the first frame

// The colours that mean something. The status hues are mid-tones that read on the light and the
// dark background alike, so both themes share them; the rest follow ImGui's style of the theme.
Palette palette_of(const ImGuiStyle& style) {
    Palette p;
    p.error = ImVec4(0.86f, 0.15f, 0.15f, 1.0f);
    p.warning = ImVec4(0.90f, 0.55f, 0.05f, 1.0f);
    p.suggestion = ImVec4(0.20f, 0.45f, 0.90f, 1.0f);
    p.good = ImVec4(0.15f, 0.60f, 0.30f, 1.0f);
    p.bad = ImVec4(0.85f, 0.20f, 0.20f, 1.0f);
    p.overflow = ImVec4(p.error.x, p.error.y, p.error.z, 0.18f);
    p.muted = style.Colors[ImGuiCol_TextDisabled];
    p.chart_line = style.Colors[ImGuiCol_PlotLines];
    p.chart_bars = style.Colors[ImGuiCol_PlotHistogram];
    p.chart_grid = style.Colors[ImGuiCol_Separator];
    p.chart_grid.w *= 0.6f;
    return p;
}

}  // namespace

const ImVec4& Palette::severity(Severity s) const {
    switch (s) {
        case Severity::error: return error;
        case Severity::warning: return warning;
        case Severity::suggestion: break;
    }
    return suggestion;
}

void apply_theme(bool dark) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (dark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(0.14f, 0.15f, 0.17f, 1.0f);
        style.Colors[ImGuiCol_FrameBg] = ImVec4(0.19f, 0.20f, 0.23f, 1.0f);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.94f, 0.94f, 0.95f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        style.Colors[ImGuiCol_FrameBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
        style.Colors[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.14f);
    }
    style.WindowPadding = ImVec2(10, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 7);
    style.ChildRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.FrameBorderSize = 1.0f;
    style.ScrollbarSize = 12.0f;
    current = palette_of(style);
}

const Palette& palette() { return current; }

ImU32 severity_colour(Severity severity, float alpha) {
    ImVec4 colour = current.severity(severity);
    colour.w *= alpha;
    return ImGui::GetColorU32(colour);
}

}  // namespace replycheck::ui
