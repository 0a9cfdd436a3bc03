#pragma once
// Questions about the tokens of an analysed text that several checks ask.
#include <cstdint>
#include <string_view>

#include "text/analysed_text.h"

namespace replycheck {

inline bool is_wordish(const Token& t) {
    return t.kind == TokenKind::word || t.kind == TokenKind::number || t.kind == TokenKind::ideograph;
}

// True when one of the two words right before token `i`, with no punctuation between, negates it: "not", "never", "no", "isn't".
bool negated_before(const AnalysedText& text, std::size_t i);

// True when the token right before token `i` ends exactly where it starts and is `c` (e.g. '@').
bool glued_after(const AnalysedText& text, std::size_t i, char c);

// [start, end) of the sentence holding `offset`, with trailing white space left out.
Segment sentence_span(const AnalysedText& text, std::uint32_t offset);

// Byte offset just past the last non-space character of the text.
std::uint32_t trimmed_end(std::string_view text);

// Where a greeting can be inserted: after leading @mentions and white space.
std::uint32_t after_leading_mentions(std::string_view text);

}  // namespace replycheck
