#include "text/breaks.h"

#include <stdexcept>
#include <string>

#include "text/icu_data.h"

namespace replycheck::breaks {

Utf8Breaker::Utf8Breaker(UBreakIteratorType type, std::string_view utf8, const char* locale) {
    ensure_icu_data();
    UErrorCode status = U_ZERO_ERROR;
    text.reset(utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
    breaker.reset(ubrk_open(type, locale, nullptr, 0, &status));
    if (U_SUCCESS(status)) ubrk_setUText(breaker.get(), text.get(), &status);
    // Missing break rules mean the ICU data was not installed: a build fault, never user input.
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU break iterator unavailable: ") + u_errorName(status));
}

std::vector<std::uint32_t> boundaries(UBreakIteratorType type, std::string_view utf8,
                                      const char* locale) {
    std::vector<std::uint32_t> out;
    Utf8Breaker b(type, utf8, locale);
    for (int32_t p = ubrk_first(b.breaker.get()); p != UBRK_DONE; p = ubrk_next(b.breaker.get()))
        out.push_back(static_cast<std::uint32_t>(p));
    return out;
}

}  // namespace replycheck::breaks
