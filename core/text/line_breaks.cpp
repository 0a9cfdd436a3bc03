#include "text/line_breaks.h"

#include "text/breaks.h"

namespace replycheck {

std::vector<std::uint32_t> line_breaks(std::string_view text, const char* locale) {
    // Through the breaker pool of text/breaks.h: opening a line iterator costs more than running it.
    std::vector<std::uint32_t> out = breaks::icu_boundaries(UBRK_LINE, text, locale);
    out.erase(out.begin());  // ICU's first boundary is always 0, the start of the text
    return out;
}

}  // namespace replycheck
