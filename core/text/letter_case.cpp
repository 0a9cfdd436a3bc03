#include "text/letter_case.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/analysed_text.h"
#include "text/utf8.h"

namespace replycheck {

std::string accent_key(std::string_view text) {
    std::string folded = fold(text);
    // ASCII has no decompositions and no combining marks: folding is the whole job, and most
    // names are ASCII.
    if (std::all_of(folded.begin(), folded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return folded;
    UErrorCode status = U_ZERO_ERROR;
    const ::icu::Normalizer2* nfd = ::icu::Normalizer2::getNFDInstance(status);
    std::string out;
    if (U_FAILURE(status) || nfd == nullptr) return folded;
    std::size_t i = 0;
    while (i < folded.size()) {
        const char32_t cp = next_code_point(folded, i);
        ::icu::UnicodeString decomposed;
        if (!nfd->getDecomposition(static_cast<UChar32>(cp), decomposed)) {
            append_utf8(out, cp);
            continue;
        }
        for (int32_t k = 0; k < decomposed.length();) {
            const UChar32 part = decomposed.char32At(k);
            k += U16_LENGTH(part);
            if (u_charType(part) != U_NON_SPACING_MARK) append_utf8(out, static_cast<char32_t>(part));
        }
    }
    // Stand-alone combining marks (typed as e + U+0301) also go.
    std::string clean;
    i = 0;
    while (i < out.size()) {
        const char32_t cp = next_code_point(out, i);
        if (u_charType(static_cast<UChar32>(cp)) != U_NON_SPACING_MARK) append_utf8(clean, cp);
    }
    return clean;
}

CaseShape case_shape(std::string_view text) {
    CaseShape shape;
    std::size_t i = 0;
    while (i < text.size()) {
        // ICU's properties agree with these ranges for ASCII; skipping the lookups matters
        // because every word of every draft passes through here.
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            ++i;
            if (byte >= 'A' && byte <= 'Z') ++shape.upper;
            else if (byte >= 'a' && byte <= 'z') ++shape.lower;
            else if (byte >= '0' && byte <= '9') ++shape.digits;
            continue;
        }
        const auto cp = static_cast<UChar32>(next_code_point(text, i));
        if (u_isupper(cp) || u_istitle(cp)) ++shape.upper;
        else if (u_islower(cp)) ++shape.lower;
        else if (u_isdigit(cp)) ++shape.digits;
    }
    return shape;
}

namespace {
std::string map_case(std::string_view text, bool upper) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto cp = static_cast<UChar32>(next_code_point(text, i));
        append_utf8(out, static_cast<char32_t>(upper ? u_toupper(cp) : u_tolower(cp)));
    }
    return out;
}
}  // namespace

bool in_capitals(std::string_view text) {
    const CaseShape shape = case_shape(text);
    return shape.upper >= 2 && shape.lower == 0;
}

std::string match_case(std::string_view original, std::string_view replacement) {
    const CaseShape want = case_shape(replacement);
    if (want.upper > 0) return std::string(replacement);
    if (in_capitals(original)) return map_case(replacement, true);
    std::size_t first = 0;
    if (original.empty()) return std::string(replacement);
    const auto cp = static_cast<UChar32>(next_code_point(original, first));
    if (!(u_isupper(cp) || u_istitle(cp))) return std::string(replacement);
    std::size_t split = 0;
    if (replacement.empty()) return {};
    next_code_point(replacement, split);
    return map_case(replacement.substr(0, split), true) + std::string(replacement.substr(split));
}

std::string lower_case(std::string_view text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    u.toLower(icu::Locale::getRoot());
    std::string out;
    return u.toUTF8String(out);
}

std::string capitalise_first(std::string_view text) {
    if (text.empty()) return {};
    // One code point: the first letter, however many bytes it takes.
    std::size_t first = 1;
    while (first < text.size() && (static_cast<unsigned char>(text[first]) & 0xC0) == 0x80) ++first;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(first)));
    u.toUpper(icu::Locale::getRoot());
    std::string out;
    u.toUTF8String(out);
    return out.append(text.substr(first));
}

}  // namespace replycheck
