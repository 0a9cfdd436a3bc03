#include "text/breaks.h"

#include <cstring>
#include <stdexcept>
#include <string>

#include "text/ascii_segments.h"
#include "text/icu_data.h"
#include "text/utf8.h"

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
    if ((type == UBRK_WORD || type == UBRK_SENTENCE) && is_ascii(utf8) &&
        ascii_segments::mirrors_icu_rules_for(locale)) {
        std::vector<std::uint32_t> out;
        if (type == UBRK_SENTENCE) {
            ascii_segments::sentence_boundaries(utf8, out);
            return out;
        }
        out.push_back(0);
        ascii_segments::WordSegments segments(utf8);
        for (WordSegment s; segments.next(s);) out.push_back(s.end);
        return out;
    }
    return icu_boundaries(type, utf8, locale);
}

std::vector<std::uint32_t> icu_boundaries(UBreakIteratorType type, std::string_view utf8, const char* locale) {
    std::vector<std::uint32_t> out;
    Utf8Breaker b(type, utf8, locale);
    for (int32_t p = ubrk_first(b.get()); p != UBRK_DONE; p = ubrk_next(b.get()))
        out.push_back(static_cast<std::uint32_t>(p));
    return out;
}

std::vector<WordSegment> icu_word_segments(std::string_view utf8, const char* locale) {
    std::vector<WordSegment> out;
    Utf8Breaker b(UBRK_WORD, utf8, locale);
    ubrk_first(b.get());
    for (int32_t p = ubrk_next(b.get()); p != UBRK_DONE; p = ubrk_next(b.get()))
        out.push_back({static_cast<std::uint32_t>(p), ubrk_getRuleStatus(b.get())});
    return out;
}

namespace {

// The compiled rules behind `locale`'s iterator, or nothing when it is not rule-based (a
// filtered iterator, for instance, refuses with U_ILLEGAL_ARGUMENT_ERROR).
std::vector<std::uint8_t> binary_rules(UBreakIteratorType type, const char* locale) {
    ensure_icu_data();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, BreakCloser> bi(ubrk_open(type, locale, nullptr, 0, &status));
    if (U_FAILURE(status)) return {};
    const int32_t size = ubrk_getBinaryRules(bi.get(), nullptr, 0, &status);
    if (U_FAILURE(status) || size <= 0) return {};
    std::vector<std::uint8_t> rules(static_cast<std::size_t>(size));
    ubrk_getBinaryRules(bi.get(), rules.data(), size, &status);
    if (U_FAILURE(status)) return {};
    return rules;
}

}  // namespace

bool uses_root_rules(UBreakIteratorType type, const char* locale) {
    const std::vector<std::uint8_t> mine = binary_rules(type, locale);
    return !mine.empty() && mine == binary_rules(type, "");
}

}  // namespace replycheck::breaks
