#include "text/analysed_text.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "text/ascii_segments.h"
#include "text/breaks.h"
#include "text/icu_data.h"
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
    // No ASCII character is Extended_Pictographic or a regional indicator; keycap bases such as
    // '1' are caught through U+20E3 in the same segment.
    if (cp < 0x80) return false;
    ensure_icu_data();  // emoji properties live in the uemoji data item
    return u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC) ||
           u_hasBinaryProperty(cp, UCHAR_REGIONAL_INDICATOR) || cp == 0x20E3;
}

// White_Space among ASCII is TAB..CR and SPACE.
constexpr bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

bool is_white_space(char32_t cp) { return cp < 0x80 ? is_ascii_space(static_cast<unsigned char>(cp)) : u_isUWhiteSpace(cp); }

// Scripts written without spaces. ICU segments them with dictionaries that the browser build does
// not ship (cjdict alone is 2 MB), so each character becomes its own token in both builds. That
// keeps native and wasm results identical and is enough for matching key terms.
bool is_dictionary_script(char32_t cp) {
    if (cp < 0x80) return false;
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

// The token kind of a word-break segment, or nothing for white space (which is not a token).
std::optional<TokenKind> classify(std::string_view segment, int32_t rule_status) {
    std::size_t i = 0;
    bool all_space = true;
    bool any_emoji = false;
    while (i < segment.size()) {
        const char32_t cp = next_code_point(segment, i);
        if (!is_white_space(cp)) all_space = false;
        if (is_emoji_code_point(cp)) any_emoji = true;
    }
    if (all_space) return std::nullopt;
    if (any_emoji) return TokenKind::emoji;
    if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) return TokenKind::number;
    if (rule_status >= UBRK_WORD_LETTER && rule_status < UBRK_WORD_IDEO_LIMIT) return TokenKind::word;
    return TokenKind::punctuation;
}

}  // namespace

std::string fold(std::string_view text) {
    // NFKC_Casefold changes no ASCII character but A-Z, so most words skip ICU (and its
    // quick-check and sink setup, which cost more than the word itself).
    if (is_ascii(text)) {
        std::string out(text);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    std::string out;
    ::icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold().normalizeUTF8(0, ::icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                                  sink, nullptr, status);
    if (U_FAILURE(status)) return std::string(text);
    return out;
}

std::vector<std::uint32_t> grapheme_boundaries(std::string_view text, const char* locale) {
    return breaks::icu_boundaries(UBRK_CHARACTER, text, locale);
}

std::size_t grapheme_count(std::string_view text, const char* locale) {
    if (text.empty()) return 0;
    return grapheme_boundaries(text, locale).size() - 1;
}

AnalysedText::AnalysedText(std::string text, const char* locale, Segmenter segmenter) : text_(std::move(text)) {
    // Replies run at about one token per four or five bytes; growing the vector part-way would
    // move every token, which costs more than the spare capacity.
    tokens_.reserve(text_.size() / 4 + 8);
    if (segmenter == Segmenter::fastest && is_ascii(text_) &&
        ascii_segments::mirrors_icu_rules_for(locale)) {
        segment_ascii();
    } else {
        segment_with_icu(locale);
    }
}

void AnalysedText::segment_ascii() {
    // What classify() and fold() make of ASCII segments, without decoding: no ASCII character is
    // an emoji or in a dictionary script, a segment that starts with white space is all white
    // space (runs of spaces, CR LF, or one control), and the rule status alone gives the kind.
    const std::string_view all(text_);
    ascii_segments::WordSegments segments(all);
    std::uint32_t start = 0;
    for (breaks::WordSegment segment; segments.next(segment); start = segment.end) {
        if (is_ascii_space(static_cast<unsigned char>(all[start]))) continue;
        TokenKind kind = TokenKind::punctuation;
        if (segment.rule_status >= UBRK_WORD_NUMBER && segment.rule_status < UBRK_WORD_NUMBER_LIMIT)
            kind = TokenKind::number;
        else if (segment.rule_status >= UBRK_WORD_LETTER && segment.rule_status < UBRK_WORD_IDEO_LIMIT)
            kind = TokenKind::word;
        Token& t = tokens_.emplace_back();
        t.start = start;
        t.end = segment.end;
        t.kind = kind;
        t.folded.assign(all.data() + start, segment.end - start);
        for (char& c : t.folded)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    std::vector<std::uint32_t> marks;
    ascii_segments::sentence_boundaries(all, marks);
    sentences_.reserve(marks.size());
    for (std::size_t k = 0; k + 1 < marks.size(); ++k) sentences_.push_back({marks[k], marks[k + 1]});
}

void AnalysedText::segment_with_icu(const char* locale) {
    const std::string_view all(text_);
    {
        breaks::Utf8Breaker words(UBRK_WORD, all, locale);
        UBreakIterator* bi = words.get();
        int32_t start = ubrk_first(bi);
        for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
            const auto s = static_cast<std::uint32_t>(start);
            const auto e = static_cast<std::uint32_t>(end);
            const std::string_view segment = all.substr(s, e - s);
            const std::optional<TokenKind> classified = classify(segment, ubrk_getRuleStatus(bi));
            if (!classified) continue;
            const TokenKind kind = *classified;
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
            // Only default-ignorable code points (a zero-width space between two words), which
            // NFKC_Casefold removes: no token, so "per\u200b our policy" still reads "per our policy".
            if (t.folded.empty()) continue;
            tokens_.push_back(std::move(t));
        }
    }
    const auto marks = breaks::icu_boundaries(UBRK_SENTENCE, all, locale);
    sentences_.reserve(marks.size());
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
