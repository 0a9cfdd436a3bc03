#pragma once
// Word and sentence segmentation of pure-ASCII text without ICU, giving exactly the boundaries
// and word rule statuses that ICU 72's root break rules give (see ascii_segments.cpp for which
// rules and why that is enough). Opening and driving an ICU break iterator costs more than the
// rest of a check on a short reply, and most replies are plain ASCII.
//
// core/text/ascii_segments_test.cpp and tests/fuzz/ascii_segments_fuzz.cpp compare these
// functions with ICU itself.
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/breaks.h"

namespace replycheck::ascii_segments {

// Whether `locale`'s word and sentence rules are ICU's root rules, the ones mirrored here. Asks
// ICU once per locale (and thread): a tailored locale such as "sv" (colon inside words) or "el"
// (';' ends a question), or a locale with sentence-break suppressions ("en@ss=standard"), keeps
// using ICU.
bool mirrors_icu_rules_for(const char* locale);

// Word segments of ASCII `text` in order, as breaks::icu_word_segments reports them, one at a time
// like ubrk_next so that a caller needs no list of them.
class WordSegments {
public:
    explicit WordSegments(std::string_view text) : text_(text) {}
    // The next segment, or false after the last.
    bool next(breaks::WordSegment& out);

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// All of them at once, for tests.
std::vector<breaks::WordSegment> word_segments(std::string_view text);

// Sentence boundaries of ASCII `text`, including 0 and text.size(), as
// breaks::icu_boundaries(UBRK_SENTENCE) reports them; `out` is cleared first.
void sentence_boundaries(std::string_view text, std::vector<std::uint32_t>& out);

}  // namespace replycheck::ascii_segments
