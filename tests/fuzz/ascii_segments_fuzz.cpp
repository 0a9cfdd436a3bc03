// The ASCII segmentation fast path against ICU on any bytes: the input, with its high bit
// cleared so that every byte is ASCII, must give exactly ICU's word segments (ends and rule
// statuses), sentence boundaries and AnalysedText tokens. A difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "text/analysed_text.h"
#include "text/ascii_segments.h"
#include "text/breaks.h"

namespace {

[[noreturn]] void differ(const std::string& text, const char* what) {
    std::fprintf(stderr, "ASCII fast path differs from ICU (%s) on %zu bytes: \"%s\"\n", what, text.size(),
                 text.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace replycheck;
    std::string text(reinterpret_cast<const char*>(data), size);
    for (char& c : text) c = static_cast<char>(c & 0x7F);

    if (ascii_segments::word_segments(text) != breaks::icu_word_segments(text, "en")) differ(text, "word segments");
    std::vector<std::uint32_t> sentences;
    ascii_segments::sentence_boundaries(text, sentences);
    if (sentences != breaks::icu_boundaries(UBRK_SENTENCE, text, "en")) differ(text, "sentence boundaries");

    const AnalysedText fast(text, "en");
    const AnalysedText icu(text, "en", Segmenter::icu_only);
    if (fast.tokens().size() != icu.tokens().size()) differ(text, "token count");
    for (std::size_t i = 0; i < fast.tokens().size(); ++i) {
        const Token& a = fast.tokens()[i];
        const Token& b = icu.tokens()[i];
        if (a.start != b.start || a.end != b.end || a.kind != b.kind || a.folded != b.folded) differ(text, "tokens");
    }
    if (fast.sentences().size() != icu.sentences().size()) differ(text, "sentence count");
    for (std::size_t i = 0; i < fast.sentences().size(); ++i)
        if (fast.sentences()[i].start != icu.sentences()[i].start || fast.sentences()[i].end != icu.sentences()[i].end)
            differ(text, "sentences");
    return 0;
}
