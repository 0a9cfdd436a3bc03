#include "text/icu_data.h"

#ifdef REPLYCHECK_EMBEDDED_ICU_DATA
#include <unicode/udata.h>

#include <stdexcept>
#include <string>

extern "C" const unsigned char replycheck_icu_data[];

namespace replycheck {
void ensure_icu_data() {
    static const bool installed = [] {
        UErrorCode status = U_ZERO_ERROR;
        udata_setCommonData(replycheck_icu_data, &status);
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("cannot install ICU data: ") + u_errorName(status));
        return true;
    }();
    (void)installed;
}
}  // namespace replycheck
#else
namespace replycheck {
void ensure_icu_data() {}
}  // namespace replycheck
#endif
