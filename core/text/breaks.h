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
struct BreakCloser {
    void operator()(UBreakIterator* b) const { ubrk_close(b); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;
using BreakPtr = std::unique_ptr<UBreakIterator, BreakCloser>;

// A break iterator over UTF-8 text whose boundaries are UTF-8 byte offsets (UText's native
// indexes), so nothing has to be mapped back from UTF-16. The text must outlive the iterator.
struct Utf8Breaker {
    UTextPtr text;
    BreakPtr breaker;

    Utf8Breaker(UBreakIteratorType type, std::string_view utf8, const char* locale);
    explicit operator bool() const { return breaker != nullptr; }
};

std::vector<std::uint32_t> boundaries(UBreakIteratorType type, std::string_view utf8,
                                      const char* locale);

}  // namespace replycheck::breaks
