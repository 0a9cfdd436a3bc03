#include "text/visible_text.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace replycheck {

bool has_visible_text(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<UChar32>(next_code_point(text, i));
        if (u_isUWhiteSpace(c) || u_charType(c) == U_CONTROL_CHAR ||
            u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
            continue;
        return true;
    }
    return false;
}

}  // namespace replycheck
