#pragma once
// Whether a text shows anything. A draft of only no-break spaces, ideographic spaces, zero-width
// characters or NULs looks blank to the customer, so it is an empty draft, not a clean one.
#include <string_view>

namespace replycheck {

// True when `text` (valid UTF-8) has a code point that is not white space (Unicode White_Space),
// not a control character and not default-ignorable (Default_Ignorable_Code_Point: zero-width
// spaces and joiners, BOM, variation selectors, bidi controls).
bool has_visible_text(std::string_view text);

}  // namespace replycheck
