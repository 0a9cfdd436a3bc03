#include "text/nfc.h"

#include <unicode/unorm2.h>

#include <algorithm>
#include <stdexcept>

#include "text/icu_data.h"

namespace replycheck {
namespace {

const UNormalizer2* nfc() {
    ensure_icu_data();
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* n = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFC unavailable: ") + u_errorName(status));
    return n;
}

}  // namespace

std::size_t NfcText::to_original(std::size_t offset) const {
    if (pieces.empty()) return offset;
    auto it = std::upper_bound(pieces.begin(), pieces.end(), offset,
                               [](std::size_t o, const Piece& p) { return o < p.normalised_start; });
    return it == pieces.begin() ? 0 : std::prev(it)->original_start;
}

NfcText to_nfc(std::u16string original) {
    // Below U+0300 every code point is NFC_Quick_Check=Yes with combining class 0 and nothing
    // composes with a following one below U+0300, so such text (most replies) is already NFC.
    if (std::all_of(original.begin(), original.end(), [](char16_t u) { return u < 0x300; }))
        return {std::move(original), {}};
    const UNormalizer2* n = nfc();
    UErrorCode status = U_ZERO_ERROR;
    const auto* src = reinterpret_cast<const UChar*>(original.data());
    const auto length = static_cast<int32_t>(original.size());
    if (unorm2_isNormalized(n, src, length, &status) && U_SUCCESS(status)) return {std::move(original), {}};

    NfcText out;
    std::vector<UChar> buffer;
    int32_t start = 0;
    while (start < length) {
        int32_t end = start;
        // Advance by code point to the next boundary.
        do {
            end += (U16_IS_LEAD(src[end]) && end + 1 < length && U16_IS_TRAIL(src[end + 1])) ? 2 : 1;
        } while (end < length && !unorm2_hasBoundaryBefore(n, U16_IS_LEAD(src[end]) && end + 1 < length
                                                                  ? U16_GET_SUPPLEMENTARY(src[end], src[end + 1])
                                                                  : src[end]));
        out.pieces.push_back({out.text.size(), static_cast<std::size_t>(start)});
        buffer.resize(static_cast<std::size_t>(end - start) * 3 + 8);
        status = U_ZERO_ERROR;
        const int32_t written = unorm2_normalize(n, src + start, end - start, buffer.data(),
                                                 static_cast<int32_t>(buffer.size()), &status);
        if (U_FAILURE(status)) throw std::runtime_error(std::string("NFC failed: ") + u_errorName(status));
        out.text.append(reinterpret_cast<const char16_t*>(buffer.data()), static_cast<std::size_t>(written));
        start = end;
    }
    return out;
}

}  // namespace replycheck
