#pragma once
// The analysed form of one text: ICU word and sentence segments with UTF-8 byte offsets into the
// original, each word also in NFKC_Casefold form. Every check reads this, never the raw bytes
// alone, so that segmentation and normalisation happen once per text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace replycheck {

enum class TokenKind : std::uint8_t {
    word,         // letters (any script)
    number,       // digits, possibly with separators ICU keeps inside the number
    ideograph,    // one Han, kana or other dictionary-script character (see analysed_text.cpp)
    emoji,        // an emoji or pictograph grapheme cluster
    punctuation,  // anything else that is not white space
};

struct Token {
    std::uint32_t start = 0;  // UTF-8 byte offsets into AnalysedText::text()
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::word;
    std::string folded;  // NFKC_Casefold of the token's text

    std::uint32_t size() const { return end - start; }
};

struct Segment {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
};

// How AnalysedText finds word and sentence boundaries. Both give identical results; `icu_only`
// exists so that tests can hold the ASCII fast path (text/ascii_segments.h) against ICU.
enum class Segmenter : std::uint8_t { fastest, icu_only };

class AnalysedText {
public:
    // `text` must be valid UTF-8 (see find_utf8_error). `locale` picks ICU's break rules; it is
    // always explicit so that results never depend on the machine's default locale.
    AnalysedText(std::string text, const char* locale, Segmenter segmenter = Segmenter::fastest);

    const std::string& text() const { return text_; }
    std::string_view slice(std::uint32_t start, std::uint32_t end) const {
        return std::string_view(text_).substr(start, end - start);
    }
    std::string_view slice(const Token& t) const { return slice(t.start, t.end); }

    // Non-space tokens in text order.
    const std::vector<Token>& tokens() const { return tokens_; }
    const std::vector<Segment>& sentences() const { return sentences_; }
    // Index of the sentence that contains byte `offset`.
    std::size_t sentence_of(std::uint32_t offset) const;

    std::size_t word_count() const;
    // NFKC_Casefold of the whole text, for display and whole-text comparisons.
    std::string folded() const;

private:
    void segment_with_icu(const char* locale);
    void segment_ascii();

    std::string text_;
    std::vector<Token> tokens_;
    std::vector<Segment> sentences_;
};

// NFKC_Casefold of any valid UTF-8 string.
std::string fold(std::string_view text);

// Number of user-perceived characters (extended grapheme clusters).
std::size_t grapheme_count(std::string_view text, const char* locale);

// Byte offsets where each grapheme cluster starts, plus text.size() at the end.
std::vector<std::uint32_t> grapheme_boundaries(std::string_view text, const char* locale);

}  // namespace replycheck
