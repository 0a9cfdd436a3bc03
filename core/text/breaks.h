#pragma once
// ICU break iterators over UTF-8, shared by the text layer and by checks that segment text.
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace replycheck::breaks {

struct UTextCloser {
    void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

// A break iterator over UTF-8 text whose boundaries are UTF-8 byte offsets (UText's native
// indexes), so nothing has to be mapped back from UTF-16. The text must outlive the breaker.
//
// Opening an ICU break iterator builds its rule tables and costs more than segmenting a whole
// reply, so iterators come from a per-thread pool and go back to it when the breaker ends.
class Utf8Breaker {
public:
    Utf8Breaker(UBreakIteratorType type, std::string_view utf8, const char* locale);
    ~Utf8Breaker();
    Utf8Breaker(const Utf8Breaker&) = delete;
    Utf8Breaker& operator=(const Utf8Breaker&) = delete;

    UBreakIterator* get() const { return breaker_; }

private:
    UTextPtr text_;
    UBreakIterator* breaker_ = nullptr;
    std::size_t pool_ = 0;
};

// Every boundary of `utf8`, from 0 to utf8.size() (just {0} for empty text). Word and sentence
// boundaries of ASCII text come from text/ascii_segments.h when the locale has ICU's root rules:
// the same answer without opening an iterator.
std::vector<std::uint32_t> boundaries(UBreakIteratorType type, std::string_view utf8, const char* locale);
// The same, always from an ICU iterator.
std::vector<std::uint32_t> icu_boundaries(UBreakIteratorType type, std::string_view utf8, const char* locale);

// One word-break segment: it runs from the previous segment's end (or 0) to `end`, and
// `rule_status` is ICU's ubrk_getRuleStatus for it (UBRK_WORD_NONE, _NUMBER, _LETTER, ...).
struct WordSegment {
    std::uint32_t end = 0;
    std::int32_t rule_status = 0;

    friend bool operator==(const WordSegment&, const WordSegment&) = default;
};

// ICU's word segments of `utf8`, in order.
std::vector<WordSegment> icu_word_segments(std::string_view utf8, const char* locale);

// Whether ICU gives `locale` the same compiled rules of `type` as the root locale: no tailoring
// and no wrapper such as sentence-break suppressions. Opens iterators: callers keep the answer.
bool uses_root_rules(UBreakIteratorType type, const char* locale);

}  // namespace replycheck::breaks
