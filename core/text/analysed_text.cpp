#include "text/analysed_text.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <stdexcept>

#include "text/icu_data.h"
#include "text/breaks.h"
#include "text/utf8.h"

namespace replycheck {
namespace {

const ::icu::Normalizer2& nfkc_casefold() {
    ensure_icu_data();
    UErrorCode status = U_ZERO_ERROR;
    const ::icu::Normalizer2* n = ::icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || n == nullptr)
        throw std::runtime_error(std::string("ICU nfkc_cf data unavailable: ") + u_errorName(status));
    return *n;
}

bool is_emoji_code_point(char32_t cp) {
    ensure_icu_data();  // emoji properties live in the uemoji data item
    return u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC) ||
           u_hasBinaryProperty(cp, UCHAR_REGIONAL_INDICATOR) || cp == 0x20E3;
}

// Scripts written without spaces. ICU segments them with dictionaries that the browser build does
// not ship (cjdict alone is 2 MB), so each character becomes its own token in both builds. That
// keeps native and wasm results identical and is enough for matching key terms.
bool is_dictionary_script(char32_t cp) {
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(cp, &status)) {
        case USCRIPT_HAN:
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
        case USCRIPT_THAI:
        case USCRIPT_LAO:
        case USCRIPT_KHMER:
        case USCRIPT_MYANMAR:
            return true;
        default:
            return false;
    }
}

TokenKind classify(std::string_view segment, int32_t rule_status) {
    std::size_t i = 0;
    bool all_space = true;
    bool any_emoji = false;
    while (i < segment.size()) {
        const char32_t cp = next_code_point(segment, i);
        if (!u_isUWhiteSpace(cp)) all_space = false;
        if (is_emoji_code_point(cp)) any_emoji = true;
    }
    if (all_space) return TokenKind::punctuation;  // caller drops these
    if (any_emoji) return TokenKind::emoji;
    if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) return TokenKind::number;
    if (rule_status >= UBRK_WORD_LETTER && rule_status < UBRK_WORD_IDEO_LIMIT) return TokenKind::word;
    return TokenKind::punctuation;
}

bool is_space_segment(std::string_view segment) {
    std::size_t i = 0;
    while (i < segment.size())
        if (!u_isUWhiteSpace(next_code_point(segment, i))) return false;
    return true;
}

}  // namespace

std::string fold(std::string_view text) {
    std::string out;
    ::icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold().normalizeUTF8(0, ::icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                                  sink, nullptr, status);
    if (U_FAILURE(status)) return std::string(text);
    return out;
}

std::vector<std::uint32_t> grapheme_boundaries(std::string_view text, const char* locale) {
    return breaks::boundaries(UBRK_CHARACTER, text, locale);
}

std::size_t grapheme_count(std::string_view text, const char* locale) {
    if (text.empty()) return 0;
    return grapheme_boundaries(text, locale).size() - 1;
}

AnalysedText::AnalysedText(std::string text, const char* locale) : text_(std::move(text)) {
    const std::string_view all(text_);
    {
        breaks::Utf8Breaker words(UBRK_WORD, all, locale);
        UBreakIterator* bi = words.get();
        int32_t start = ubrk_first(bi);
        for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
            const auto s = static_cast<std::uint32_t>(start);
            const auto e = static_cast<std::uint32_t>(end);
            const std::string_view segment = all.substr(s, e - s);
            if (is_space_segment(segment)) continue;
            const TokenKind kind = classify(segment, ubrk_getRuleStatus(bi));
            std::size_t first = 0;
            if (kind == TokenKind::word && is_dictionary_script(next_code_point(segment, first))) {
                const auto marks = grapheme_boundaries(segment, locale);
                for (std::size_t k = 0; k + 1 < marks.size(); ++k) {
                    Token t{s + marks[k], s + marks[k + 1], TokenKind::ideograph, {}};
                    t.folded = fold(slice(t));
                    tokens_.push_back(std::move(t));
                }
                continue;
            }
            Token t{s, e, kind, fold(segment)};
            tokens_.push_back(std::move(t));
        }
    }
    const auto marks = breaks::boundaries(UBRK_SENTENCE, all, locale);
    for (std::size_t k = 0; k + 1 < marks.size(); ++k) sentences_.push_back({marks[k], marks[k + 1]});
}

std::size_t AnalysedText::sentence_of(std::uint32_t offset) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), offset,
                               [](std::uint32_t o, const Segment& s) { return o < s.end; });
    if (it == sentences_.end()) return sentences_.empty() ? 0 : sentences_.size() - 1;
    return static_cast<std::size_t>(it - sentences_.begin());
}

std::size_t AnalysedText::word_count() const {
    return static_cast<std::size_t>(std::count_if(tokens_.begin(), tokens_.end(), [](const Token& t) {
        return t.kind == TokenKind::word || t.kind == TokenKind::number || t.kind == TokenKind::ideograph;
    }));
}

std::string AnalysedText::folded() const { return fold(text_); }

}  // namespace replycheck
