// Emoji against the brand's voice: none at all, or at most voice.max_emoji.
#include <algorithm>
#include <string>

#include <unicode/uchar.h>

#include "checks/checks.h"
#include "text/utf8.h"

namespace replycheck::checks {
namespace {


// The emoji with the space before it, so that removing it leaves clean text.
Suggestion removal(const AnalysedText& text, const Token& t) {
    std::uint32_t start = t.start;
    if (start > 0 && text.text()[start - 1] == ' ' &&
        (t.end == text.text().size() || text.text()[t.end] == ' ' || text.text()[t.end] == '\n'))
        --start;
    return make_suggestion("Remove the emoji", "", start, t.end, false);
}

// The tokeniser calls every Extended_Pictographic character an emoji, which includes "™", "©"
// and "®" that brands write as text. Only what shows as an emoji counts: a character with
// default emoji presentation, or any sequence with VS16, a keycap or a flag.
bool shows_as_emoji(std::string_view token) {
    std::size_t i = 0;
    while (i < token.size()) {
        const char32_t cp = next_code_point(token, i);
        if (cp == 0xFE0F || cp == 0x20E3) return true;
        if (u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_EMOJI_PRESENTATION) ||
            u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_REGIONAL_INDICATOR))
            return true;
    }
    return false;
}

}  // namespace

void brand_emoji(const CheckContext& ctx, Findings& out) {
    const Voice& voice = ctx.pack.voice;
    if (voice.emoji != "none" && voice.emoji != "limit") return;
    const std::size_t allowed = voice.emoji == "none" ? 0 : static_cast<std::size_t>(std::max(voice.max_emoji, 0));
    std::size_t seen = 0;
    for (const Token& t : ctx.draft.tokens()) {
        if (t.kind != TokenKind::emoji || !shows_as_emoji(ctx.draft.slice(t))) continue;
        if (++seen <= allowed) continue;
        const std::string message = allowed == 0
            ? "This brand's voice does not use emoji."
            : "This brand's voice allows at most " + std::to_string(allowed) + " emoji per reply.";
        Finding f = make_finding(message, t.start, t.end);
        f.suggestions.push_back(removal(ctx.draft, t));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
