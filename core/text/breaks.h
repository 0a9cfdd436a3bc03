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

std::vector<std::uint32_t> boundaries(UBreakIteratorType type, std::string_view utf8, const char* locale);

}  // namespace replycheck::breaks
