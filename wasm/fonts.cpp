// Fonts are subset at build time (wasm/CMakeLists.txt, pyftsubset) and embedded. The atlas is
// rasterised at the device pixel ratio and scaled back by FontGlobalScale, so text stays sharp on
// hi-DPI screens and at browser zoom levels.
#include <imgui.h>

#include "web_app.h"

extern "C" const unsigned char rc_font_text[];
extern "C" const unsigned long rc_font_text_size;
extern "C" const unsigned char rc_font_emoji[];
extern "C" const unsigned long rc_font_emoji_size;

namespace replycheck::web {
namespace {

constexpr float kFontSize = 16.0f;  // CSS pixels

// Ranges are pairs of inclusive bounds, zero-terminated. kTextRanges must match text_unicodes in
// wasm/CMakeLists.txt; the emoji ranges are generated there from Unicode's emoji data.
constexpr ImWchar kTextRanges[] = {
    0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A/B
    0x0300, 0x036F,  // combining diacritics (NFD input)
    0x0370, 0x03FF,  // Greek
    0x0400, 0x04FF,  // Cyrillic
    0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese, ...)
    0x2000, 0x206F,  // General Punctuation
    0x20A0, 0x20CF,  // currency
    0x2100, 0x215F,  // letterlike, number forms
    0x2190, 0x21FF,  // arrows
    0xFFFD, 0xFFFD,  // replacement character
    0,
};
constexpr ImWchar kEmojiRanges[] = {
#include "emoji_ranges.inc"
    0,
};
// Joiners, variation selectors and tag characters shape emoji sequences in browsers. ImGui does
// no shaping, so they get empty zero-width glyphs instead of the '?' fallback.
constexpr ImWchar kInvisible[] = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFE0E, 0xFE0F};

}  // namespace

void load_fonts(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float size = kFontSize * pixel_ratio;

    ImFontConfig text;
    text.FontDataOwnedByAtlas = false;  // static data
    text.OversampleH = 2;
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(rc_font_text),
                                                  static_cast<int>(rc_font_text_size), size, &text, kTextRanges);
    ImFontConfig emoji;
    emoji.FontDataOwnedByAtlas = false;
    emoji.MergeMode = true;
    emoji.OversampleH = 1;
    emoji.GlyphMinAdvanceX = size;  // keep emoji roughly square next to text
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(rc_font_emoji), static_cast<int>(rc_font_emoji_size),
                                   size, &emoji, kEmojiRanges);
    for (ImWchar cp : kInvisible) io.Fonts->AddCustomRectFontGlyph(font, cp, 1, 1, 0.0f);
    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / pixel_ratio;
}

}  // namespace replycheck::web
