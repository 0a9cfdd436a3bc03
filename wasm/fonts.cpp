// Fonts are subset at build time (wasm/CMakeLists.txt, pyftsubset) and embedded. The atlas is
// rasterised at the device pixel ratio and scaled back by FontGlobalScale, so text stays sharp on
// hi-DPI screens and at browser zoom levels.
//
// CJK glyphs are added on demand. The embedded CJK fonts cover about 13,000 code points (the
// national standards' character sets, generated/cjk_ranges.inc); rasterising all of them at a
// pixel ratio of 2 would take seconds and tens of MB of texture on the first frame. The atlas
// therefore always holds the Latin, Greek, Cyrillic and emoji ranges, plus only the CJK code
// points that some shown text has used, and is rebuilt between frames when a new one turns up.
// Hebrew and Arabic glyphs (with Arabic's joined presentation forms, which the editor draws, see
// core/text/bidi.h) come on demand the same way, from a third subset.
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/bidi.h"
#include "web_app.h"

extern "C" const unsigned char rc_font_text[];
extern "C" const unsigned long rc_font_text_size;
extern "C" const unsigned char rc_font_emoji[];
extern "C" const unsigned long rc_font_emoji_size;
extern "C" const unsigned char rc_font_cjk[];
extern "C" const unsigned long rc_font_cjk_size;
extern "C" const unsigned char rc_font_hangul[];
extern "C" const unsigned long rc_font_hangul_size;
extern "C" const unsigned char rc_font_rtl[];
extern "C" const unsigned long rc_font_rtl_size;

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
// Every code point the CJK and Hangul subsets have, as sorted inclusive pairs (not terminated).
constexpr ImWchar kCjkAvailable[] = {
#include "cjk_ranges.inc"
};
// The right-to-left subset's blocks (wasm/CMakeLists.txt, rtl_unicodes): Hebrew, Arabic, and
// their presentation forms.
constexpr ImWchar kRtlAvailable[] = {0x0590, 0x05FF, 0x0600, 0x06FF, 0xFB1D, 0xFDFF, 0xFE70, 0xFEFF};
// Joiners, variation selectors and tag characters shape emoji sequences in browsers. ImGui does
// no shaping, so they get empty zero-width glyphs instead of the '?' fallback.
constexpr ImWchar kInvisible[] = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFE0E, 0xFE0F};

// All available CJK code points are in the BMP, between U+3000 and U+FFEF: their UTF-8 forms
// are three bytes long and start with 0xE3-0xEF, which lets the scan skip everything else.
constexpr unsigned char kFirstCjkLead = 0xE3, kLastCjkLead = 0xEF;

struct OnDemandGlyphs {
    std::vector<bool> wanted = std::vector<bool>(0x10000);  // CJK and RTL code points some text has used
    std::size_t wanted_count = 0;  // CJK
    std::size_t built_count = 0;   // how many of them the current atlas holds
    std::size_t rtl_wanted = 0, rtl_built = 0;
    // Pack texts change only on import or a switch; they are scanned again only then. Holding
    // the pack keeps its address from being reused by a later one.
    std::shared_ptr<const CompiledPack> scanned_pack;
    std::size_t scanned_pack_count = 0;
    std::vector<ImWchar> ranges;  // ImGui keeps a pointer to a font's ranges until Build()
    int builds = 0;
    double last_build_ms = 0;
};

OnDemandGlyphs& glyphs() {
    static OnDemandGlyphs state;
    return state;
}

bool is_available_cjk(std::uint32_t cp) {
    // The first pair whose upper bound is >= cp, by binary search over the upper bounds.
    std::size_t lo = 0, hi = std::size(kCjkAvailable) / 2;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (kCjkAvailable[mid * 2 + 1] < cp) lo = mid + 1;
        else hi = mid;
    }
    return lo < std::size(kCjkAvailable) / 2 && kCjkAvailable[lo * 2] <= cp;
}

void want_cjk_in(std::string_view text);

bool is_available_rtl(std::uint32_t cp) {
    for (std::size_t i = 0; i < std::size(kRtlAvailable); i += 2)
        if (kRtlAvailable[i] <= cp && cp <= kRtlAvailable[i + 1]) return true;
    return false;
}

void want_rtl(std::uint32_t cp) {
    auto& g = glyphs();
    if (cp < g.wanted.size() && !g.wanted[cp] && is_available_rtl(cp)) {
        g.wanted[cp] = true;
        ++g.rtl_wanted;
    }
}

// Hebrew and Arabic are two-byte UTF-8 (leads D6-DB); their presentation forms three-byte (EF AC-BB).
// Arabic text also wants the joined forms the editor draws it in.
void want_rtl_in(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    bool arabic = false;
    for (; p < end; ++p) {
        if (*p >= 0xD6 && *p <= 0xDB && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            arabic |= *p >= 0xD8;
            want_rtl(((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu));
            ++p;
        } else if (*p == 0xEF && end - p >= 3 && p[1] >= 0xAC && p[1] <= 0xBB && (p[2] & 0xC0) == 0x80) {
            want_rtl(((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu));
            p += 2;
        }
    }
    if (arabic)
        for (const replycheck::bidi::Form& f : replycheck::bidi::arabic_forms(text)) want_rtl(f.form);
}

void want_glyphs_in(std::string_view text) {
    want_cjk_in(text);
    want_rtl_in(text);
}

void want_cjk_in(std::string_view text) {
    auto& g = glyphs();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    for (; p < end; ++p) {
        if (*p < kFirstCjkLead || *p > kLastCjkLead || end - p < 3) continue;
        if ((p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) continue;
        const std::uint32_t cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        p += 2;
        if (!g.wanted[cp] && is_available_cjk(cp)) {
            g.wanted[cp] = true;
            ++g.wanted_count;
        }
    }
}

// Calls fn on every text the app shows that is not the UI's own (English) labels: the agent's
// and customer's texts, what the core says about them (findings quote the draft), and the
// packs' names and templates. ImGui 1.90 offers no hook into its glyph lookups, so the texts
// are read at their source; this is a handful of strings, and ASCII bytes cost one compare.
template <class Fn>
void for_each_shown_text(const replycheck::ui::AppState& app, Fn&& fn) {
    const auto& c = app.context;
    for (const std::string* text : {&app.draft, &c.customer_post, &c.customer_name, &c.customer_handle,
                                    &c.agent_name, &c.agent_initials, &app.template_filter, &app.notice})
        fn(*text);
    for (const std::string& line : app.pack_errors) fn(line);
    for (const auto& finding : app.result.findings) {
        fn(finding.message);
        for (const auto& suggestion : finding.suggestions) {
            fn(suggestion.label);
            fn(suggestion.text);
        }
    }
}

// What the agent is writing apart from the draft: a thread's posts and the text an input method
// is composing (drawn before it is committed).
template <class Fn>
void for_each_editing_text(const replycheck::ui::AppState& app, Fn&& fn) {
    for (const std::string& post : app.thread) fn(post);
    fn(replycheck::ui::input_composition());
}

template <class Fn>
void for_each_pack_text(const replycheck::ui::AppState& app, Fn&& fn) {
    for (const std::string& id : app.packs.ids()) {
        if (const auto pack = app.packs.find(id)) fn(pack->pack().name);
    }
    if (!app.pack) return;
    const Pack& active = app.pack->pack();
    fn(active.description);
    for (const auto& t : active.templates) {
        fn(t.title);
        fn(t.text);
    }
}

ImFont* add_fonts(float size) {
    auto& g = glyphs();
    ImGuiIO& io = ImGui::GetIO();

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

    g.ranges.clear();
    for (std::uint32_t cp = 0; cp < g.wanted.size(); ++cp) {
        if (!g.wanted[cp]) continue;
        if (!g.ranges.empty() && g.ranges.back() == cp - 1) g.ranges.back() = static_cast<ImWchar>(cp);
        else g.ranges.insert(g.ranges.end(), {static_cast<ImWchar>(cp), static_cast<ImWchar>(cp)});
    }
    if (!g.ranges.empty()) {
        g.ranges.push_back(0);
        // Both subsets get the same ranges: they are disjoint, and ImGui skips code points a font
        // has no glyph for. CJK glyphs are dense; horizontal oversampling would double their cost
        // for no visible gain at these sizes.
        struct Embedded {
            const unsigned char* data;
            unsigned long size;
            float size_ratio;
        };
        // ImGui sizes a font by its line box (ascent - descent), which is 1.31 em in Droid Sans
        // Fallback and 1.15 em in NanumGothic: without this, Hangul would be drawn 14% larger
        // than the Hanja and kana beside it.
        constexpr float kHangulSizeRatio = 1.15f / 1.31f;
        // DejaVu Sans's line box is 1.164 em, Inter's 1.210: this keeps their letters one size.
        constexpr float kRtlSizeRatio = 1.164f / 1.210f;
        for (const Embedded font_data : {Embedded{rc_font_cjk, rc_font_cjk_size, 1.0f},
                                         Embedded{rc_font_hangul, rc_font_hangul_size, kHangulSizeRatio},
                                         Embedded{rc_font_rtl, rc_font_rtl_size, kRtlSizeRatio}}) {
            ImFontConfig cjk;
            cjk.FontDataOwnedByAtlas = false;
            cjk.MergeMode = true;
            cjk.OversampleH = 1;
            io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font_data.data), static_cast<int>(font_data.size),
                                           size * font_data.size_ratio, &cjk, g.ranges.data());
        }
    }
    return font;
}

}  // namespace

void load_fonts(float pixel_ratio) {
    auto& g = glyphs();
    const double started = emscripten_get_now();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float size = kFontSize * pixel_ratio;
    ImFont* font = add_fonts(size);
    for (ImWchar cp : kInvisible) io.Fonts->AddCustomRectFontGlyph(font, cp, 1, 1, 0.0f);
    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / pixel_ratio;
    // The first texture is made by the backend's first NewFrame (CreateDeviceObjects), which
    // would not free one made here before it.
    if (g.builds > 0) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    g.built_count = g.wanted_count;
    g.rtl_built = g.rtl_wanted;
    ++g.builds;
    g.last_build_ms = emscripten_get_now() - started;
}

bool fonts_need_glyphs(const replycheck::ui::AppState& app) {
    auto& g = glyphs();
    for_each_shown_text(app, want_glyphs_in);
    for_each_editing_text(app, want_glyphs_in);
    const std::size_t pack_count = app.packs.ids().size();
    if (app.pack != g.scanned_pack || pack_count != g.scanned_pack_count) {
        for_each_pack_text(app, want_glyphs_in);
        g.scanned_pack = app.pack;
        g.scanned_pack_count = pack_count;
    }
    return g.wanted_count != g.built_count || g.rtl_wanted != g.rtl_built;
}

nlohmann::json font_report(const replycheck::ui::AppState& app) {
    const auto& g = glyphs();
    const ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
    std::vector<unsigned int> missing;
    auto find_missing = [&](std::string_view text) {
        const char* p = text.data();
        const char* end = p + text.size();
        while (p < end) {
            unsigned int cp = 0;
            p += ImTextCharFromUtf8(&cp, p, end);
            if (cp < 0x20 || cp == 0x7F) continue;  // line breaks and tabs are layout, not glyphs
            if (font == nullptr || font->FindGlyphNoFallback(static_cast<ImWchar>(cp)) == nullptr) missing.push_back(cp);
        }
    };
    for_each_shown_text(app, find_missing);
    for_each_editing_text(app, find_missing);
    for_each_pack_text(app, find_missing);
    std::sort(missing.begin(), missing.end());
    missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
    nlohmann::json missing_text = nlohmann::json::array();
    for (unsigned int cp : missing) {
        ImWchar wide[2] = {static_cast<ImWchar>(cp), 0};
        char utf8[8] = {};
        ImTextStrToUtf8(utf8, sizeof utf8, wide, wide + 1);
        missing_text.push_back(utf8);
    }
    return {{"glyphs", font ? font->Glyphs.Size : 0},
            {"cjk_glyphs", g.built_count},
            {"rtl_glyphs", g.rtl_built},
            {"builds", g.builds},
            {"last_build_ms", g.last_build_ms},
            {"missing", missing_text}};
}

}  // namespace replycheck::web
