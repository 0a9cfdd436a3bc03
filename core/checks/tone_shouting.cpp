// ALL-CAPS words and runs of "!!!" or "???" read as shouting in a public thread. Acronyms and
// brand names are written in capitals for a reason, so short tokens, tokens with digits, known
// acronyms and the pack's brand names pass; one or two capitalised words for emphasis pass too
// when they are short. Many separate exclamation marks shout too ("Hi! Great news! Enjoy!"):
// beyond the pack's voice.max_exclamations, each further "!" is flagged where it stands.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "analysis/word_classes.h"
#include "checks/checks.h"
#include "text/letter_case.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {


constexpr int kMinShoutLetters = 5;  // "SORRY", "NEVER"; "HELP", "DM" and "CPU" pass unless emphasis

bool is_caps_word(const AnalysedText& text, const Token& t) {
    if (t.kind != TokenKind::word) return false;
    const std::string_view word = text.slice(t);
    // Nearly every word has a small ASCII letter among its first two: settled without a full look.
    for (std::size_t k = 0; k < word.size() && k < 2; ++k)
        if (word[k] >= 'a' && word[k] <= 'z') return false;
    const CaseShape shape = case_shape(word);
    return shape.lower == 0 && shape.digits == 0 && shape.upper >= 2;
}

// Inside brackets on one line: "[[FIRST NAME]]", "<CUSTOMER>", "{ORDER}", "${API_KEY}".
bool in_brackets(std::string_view text, std::size_t start, std::size_t end) {
    std::size_t open = start;
    while (open > 0 && text[open - 1] != '\n' && std::string_view("[]{}<>").find(text[open - 1]) == std::string_view::npos) --open;
    if (open == 0 || std::string_view("[{<").find(text[open - 1]) == std::string_view::npos) return false;
    const char closer = text[open - 1] == '[' ? ']' : text[open - 1] == '{' ? '}' : '>';
    for (std::size_t k = end; k < text.size() && text[k] != '\n'; ++k)
        if (text[k] == closer) return true;
    return false;
}

// Capitals that are markup or code, not a raised voice: a template variable ("$FIRSTNAME",
// "[AMOUNT]"), an identifier ("ERR_CONNECTION_RESET"), or digits masked as X ("£X,XXX.XX").
bool markup_or_code(const CheckContext& ctx, const Token& t, std::size_t index) {
    const std::string_view word = ctx.draft.slice(t);
    if (word.find('_') != std::string_view::npos || glued_after(ctx.draft, index, '$') || glued_after(ctx.draft, index, '%'))
        return true;
    if (word.find_first_not_of("X.,") == std::string_view::npos) return true;
    return in_brackets(ctx.draft.text(), t.start, t.end);
}

// Acronyms (locale data), brand names, names the reply calls the customer by, markup and code, and
// anything inside a URL, handle or hashtag are capitals for a reason.
bool exempt(const CheckContext& ctx, const Token& t, std::size_t index) {
    const std::string_view original = ctx.draft.slice(t);
    if (markup_or_code(ctx, t, index)) return true;
    const SentenceAnalysis& analysis = ctx.sentences();
    if (analysis.in_entity(index) || analysis.is_vocative(index) || analysis.has_cue(index, Cue::acronym)) return true;
    for (const std::string& brand : ctx.pack.brand_names)
        if (brand == original) return true;
    // @HANDLES and #HASHTAGS are names, not tone (ICU may keep the sigil inside the token).
    if (!original.empty() && (original[0] == '@' || original[0] == '#')) return true;
    return glued_after(ctx.draft, index, '@') || glued_after(ctx.draft, index, '#');
}

// The word as the customer wrote it when their post has it with a capital ("Malmö"), else null.
std::optional<std::string> as_in_post(const CheckContext& ctx, const Token& word) {
    for (const Token& t : ctx.post.tokens())
        if (t.kind == TokenKind::word && t.folded == word.folded) {
            const std::string_view written = ctx.post.slice(t);
            if (!written.empty() && written[0] >= 'A' && written[0] <= 'Z' && !in_capitals(written)) return std::string(written);
        }
    return std::nullopt;
}

// The run lower-cased, with a capital where a sentence starts. A short word in capitals that is
// no function word stays as it is ("PLEASE DM us" -> "Please DM us"); one that is ("OF", "THE",
// "IT") is shouted like the rest. A place or product the customer wrote with a capital keeps it.
std::string calm_case(const CheckContext& ctx, std::size_t first_token, std::size_t last_token) {
    const AnalysedText& text = ctx.draft;
    const auto& tokens = text.tokens();
    const WordClasses& common = word_classes(ctx.compiled.locale());
    std::string out;
    for (std::size_t k = first_token; k <= last_token; ++k) {
        if (k > first_token) out += text.slice(tokens[k - 1].end, tokens[k].start);
        const std::string_view word = text.slice(tokens[k]);
        const bool acronym = tokens[k].kind == TokenKind::word && tokens[k].size() <= 3 &&
                             !ctx.sentences().has_cue(k, Cue::emphasis_word) && !common.function_word(tokens[k].folded);
        if (tokens[k].kind != TokenKind::word || acronym || word == "I") {
            out += word;
        } else if (auto written = as_in_post(ctx, tokens[k])) {
            out += *written;
        } else if (ctx.sentences().opens_sentence(text, k)) {
            out += capitalise_first(lower_case(word));
        } else {
            out += lower_case(word);
        }
    }
    return out;
}

void find_caps(const CheckContext& ctx, Findings& out) {
    const auto& tokens = ctx.draft.tokens();
    std::size_t i = 0;
    while (i < tokens.size()) {
        if (!is_caps_word(ctx.draft, tokens[i]) || exempt(ctx, tokens[i], i)) {
            ++i;
            continue;
        }
        // Extend over the run of capitalised words, allowing punctuation between them.
        std::size_t last = i;
        std::size_t words = 1;
        const SentenceAnalysis& analysis = ctx.sentences();
        bool long_word = case_shape(ctx.draft.slice(tokens[i])).upper >= kMinShoutLetters ||
                         analysis.has_cue(i, Cue::emphasis_word);
        std::size_t j = i + 1;
        while (j < tokens.size()) {
            if (tokens[j].kind == TokenKind::punctuation && ctx.draft.slice(tokens[j]) != "@" &&
                ctx.draft.slice(tokens[j]) != "#") {
                ++j;
                continue;
            }
            if (!is_caps_word(ctx.draft, tokens[j]) || exempt(ctx, tokens[j], j)) break;
            long_word |= case_shape(ctx.draft.slice(tokens[j])).upper >= kMinShoutLetters ||
                         analysis.has_cue(j, Cue::emphasis_word);
            last = j;
            ++words;
            ++j;
        }
        // "OS, CPU, RAM": a list of short capitals is acronyms; a run shouts only with a long word
        // or an emphasis word in it ("WE ARE SO SORRY", "do NOT").
        if (long_word) {
            const std::uint32_t start = tokens[i].start;
            const std::uint32_t end = tokens[last].end;
            Finding f = make_finding("“" + std::string(ctx.draft.slice(start, end)) +
                                         "” is in capitals, which reads as shouting in a reply.",
                                     start, end);
            f.because = words > 1 ? std::to_string(words) + " words in capitals in a row" : "a word in capitals that is not an acronym or a name";
            f.suggestions.push_back(make_suggestion("Use normal case", calm_case(ctx, i, last),
                                                    start, end, false));
            out.push_back(std::move(f));
        }
        i = last + 1;
    }
}

// A run of "!" and "?" marks in the draft, [start, end) in bytes.
struct MarkRun {
    std::size_t start = 0, end = 0;
    std::size_t bangs = 0;  // how many of the marks are "!"
    bool question = false;
    bool shouted() const { return end - start >= 3; }
};

// Found with one memchr-backed search per mark rather than a test of every byte: this check
// reads every draft whole, and most drafts hold only a few marks.
std::vector<MarkRun> mark_runs(std::string_view text) {
    std::vector<MarkRun> runs;
    std::size_t bang = text.find('!'), ask = text.find('?');
    while (bang != std::string_view::npos || ask != std::string_view::npos) {
        MarkRun run;
        run.start = run.end = std::min(bang, ask);
        for (; run.end < text.size() && (text[run.end] == '!' || text[run.end] == '?'); ++run.end) {
            run.question |= text[run.end] == '?';
            run.bangs += text[run.end] == '!';
        }
        if (bang != std::string_view::npos && bang < run.end) bang = text.find('!', run.end);
        if (ask != std::string_view::npos && ask < run.end) ask = text.find('?', run.end);
        runs.push_back(run);
    }
    return runs;
}

void find_punctuation_runs(const CheckContext& ctx, const std::vector<MarkRun>& runs, Findings& out) {
    for (const MarkRun& run : runs) {
        if (!run.shouted()) continue;
        const std::string calm = run.question ? "?" : "!";
        Finding f = make_finding("A run of “" + ctx.draft.text().substr(run.start, run.end - run.start) +
                                     "” reads as shouting.",
                                 static_cast<std::uint32_t>(run.start), static_cast<std::uint32_t>(run.end));
        f.suggestions.push_back(make_suggestion("Use one “" + calm + "”", calm, f.start, f.end, false));
        out.push_back(std::move(f));
    }
}

// A run of three or more is already flagged by find_punctuation_runs and counts as the one mark
// its fix leaves; shorter runs count each "!". Every run that takes the count over the limit is
// a finding, with the marks over the limit turned into a full stop (or "?" after a question).
void find_excess_exclamations(const CheckContext& ctx, const std::vector<MarkRun>& runs, Findings& out) {
    const auto allowed = static_cast<std::size_t>(std::max(ctx.pack.voice.max_exclamations, 0));
    const auto counted = [](const MarkRun& run) { return run.shouted() ? std::min<std::size_t>(run.bangs, 1) : run.bangs; };
    std::size_t total = 0;
    for (const MarkRun& run : runs) total += counted(run);
    if (total <= allowed) return;

    std::size_t seen = 0;
    for (const MarkRun& run : runs) {
        const std::size_t before = seen;
        seen += counted(run);
        if (run.shouted() || run.bangs == 0 || seen <= allowed) continue;
        const std::size_t left = before < allowed ? allowed - before : 0;
        const std::string calm = left > 0 ? "!" : (run.question ? "?" : ".");
        Finding f = make_finding("This reply has " + std::to_string(total) + " exclamation marks; the brand's "
                                     "voice allows " + std::to_string(allowed) + ".",
                                 static_cast<std::uint32_t>(run.start), static_cast<std::uint32_t>(run.end));
        // Friendly marks spread over a reply are a matter of voice, not shouting.
        f.certainty = Certainty::possible;
        f.because = "more exclamation marks than the brand's voice allows, none of them stacked";
        f.suggestions.push_back(make_suggestion("Use “" + calm + "”", calm, f.start, f.end, false));
        out.push_back(std::move(f));
    }
}

}  // namespace

void tone_shouting(const CheckContext& ctx, Findings& out) {
    const std::size_t first = out.size();
    find_caps(ctx, out);
    const std::vector<MarkRun> runs = mark_runs(ctx.draft.text());
    find_punctuation_runs(ctx, runs, out);
    find_excess_exclamations(ctx, runs, out);
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
              [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace replycheck::checks
