#include "text/breaks.h"

#include <cstring>
#include <stdexcept>
#include <string>

#include "text/icu_data.h"

namespace replycheck::breaks {
namespace {

// Idle iterators of one kind. Nested breakers of the same kind each take their own iterator, so
// a caller may segment a piece of text while segmenting the whole.
struct BreakCloser {
    void operator()(UBreakIterator* b) const { ubrk_close(b); }
};

struct Pool {
    UBreakIteratorType type;
    std::string locale;
    std::vector<std::unique_ptr<UBreakIterator, BreakCloser>> idle;
};

std::vector<Pool>& pools() {
    thread_local std::vector<Pool> all;
    return all;
}

std::size_t pool_index(UBreakIteratorType type, const char* locale) {
    auto& all = pools();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].type == type && all[i].locale == locale) return i;
    all.push_back(Pool{type, locale, {}});
    return all.size() - 1;
}

[[noreturn]] void fail(UErrorCode status) {
    // Missing break rules mean the ICU data was not installed: a build fault, never user input.
    throw std::runtime_error(std::string("ICU break iterator unavailable: ") + u_errorName(status));
}

}  // namespace

Utf8Breaker::Utf8Breaker(UBreakIteratorType type, std::string_view utf8, const char* locale) {
    ensure_icu_data();
    UErrorCode status = U_ZERO_ERROR;
    text_.reset(utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
    if (U_FAILURE(status)) fail(status);
    pool_ = pool_index(type, locale);
    auto& idle = pools()[pool_].idle;
    if (!idle.empty()) {
        breaker_ = idle.back().release();
        idle.pop_back();
    } else {
        breaker_ = ubrk_open(type, locale, nullptr, 0, &status);
        if (U_FAILURE(status)) fail(status);
    }
    ubrk_setUText(breaker_, text_.get(), &status);
    if (U_FAILURE(status)) {
        ubrk_close(breaker_);
        fail(status);
    }
}

Utf8Breaker::~Utf8Breaker() {
    if (breaker_ != nullptr) pools()[pool_].idle.emplace_back(breaker_);
}

std::vector<std::uint32_t> boundaries(UBreakIteratorType type, std::string_view utf8, const char* locale) {
    std::vector<std::uint32_t> out;
    Utf8Breaker b(type, utf8, locale);
    for (int32_t p = ubrk_first(b.get()); p != UBRK_DONE; p = ubrk_next(b.get()))
        out.push_back(static_cast<std::uint32_t>(p));
    return out;
}

}  // namespace replycheck::breaks
