// Too many apologies sound scripted and bury the fix. One sincere apology is enough: the rule
// fires at the third apology in any reply (param "max_apologies", default 2), or at the second
// when the reply is short (fewer than param "short_words", default 30, words).
#include <string>
#include <vector>

#include "checks/checks.h"
#include "match/word_set.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {


constexpr WordSet kApologies(std::to_array<std::string_view>(
    {"sorry", "apologies", "apology", "apologise", "apologize", "apologised", "apologized", "apologising",
     "apologizing", "sry", "soz"}));

}  // namespace

void tone_over_apology(const CheckContext& ctx, Findings& out) {
    std::vector<const Token*> apologies;
    for (const Token& t : ctx.draft.tokens())
        if (kApologies.contains(t.folded)) apologies.push_back(&t);
    const auto max_apologies = static_cast<std::size_t>(ctx.param("max_apologies"));
    const auto short_words = static_cast<std::size_t>(ctx.param("short_words"));
    std::size_t allowed = max_apologies;
    if (ctx.draft.word_count() < short_words && allowed > 1) allowed = 1;
    if (apologies.size() <= allowed) return;
    const Token& extra = *apologies[allowed];
    Finding f = make_finding("This reply apologises " + std::to_string(apologies.size()) +
                                 " times; one sincere apology followed by the fix reads better.",
                             extra.start, extra.end);
    f.because = std::to_string(apologies.size()) + " apologies where " + std::to_string(allowed) + " would do";
    // The fix drops the extra apology: the whole sentence when it is an apology of its own
    // ("Sorry again!"), else the word and the comma after it ("so, so sorry, sorry").
    const Segment sentence = sentence_span(ctx.draft, extra.start);
    const bool earlier_in_sentence = apologies[allowed - 1]->start >= sentence.start;
    const std::string& text = ctx.draft.text();
    if (!earlier_in_sentence && sentence.start > after_leading_mentions(text)) {
        std::uint32_t start = sentence.start;
        while (start > 0 && text[start - 1] == ' ') --start;
        f.suggestions.push_back(make_suggestion("Remove the extra apology", "", start, sentence.end, false));
    } else {
        std::uint32_t end = extra.end;
        if (end < text.size() && text[end] == ',') ++end;
        while (end < text.size() && text[end] == ' ') ++end;
        f.suggestions.push_back(make_suggestion("Remove the extra apology", "", extra.start, end, false));
    }
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
