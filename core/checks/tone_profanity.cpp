// tone.profanity: swear words in the agent's own words. The words are the pack's phrase list for
// this rule; masked spellings of them ("f*ck", "sh!t", "a$$", "f**king", "Sh1t") are matched
// generically, by reading * as any letter and common look-alike symbols as the letter they stand
// for, so the list needs no second, masked copy. Not profanity: a name the reply addresses the
// customer by ("Hi Dick"), a capitalised proper noun in mid-sentence or before another capitalised
// word ("the Bloody Mary", "Hell Let Loose", "Dick's Sporting Goods"), a word that merely
// contains one ("Scunthorpe", "Hellblade": the list matches whole words), and text inside a URL,
// handle or hashtag.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "checks/checks.h"
#include "checks/names.h"
#include "text/letter_case.h"

namespace replycheck::checks {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The letters a look-alike symbol stands for in a masked word; empty when it stands for none.
std::string_view stands_for(char c) {
    switch (c) {
        case '!': case '1': return "il";
        case '$': case '5': return "s";
        case '@': case '4': return "a";
        case '0': return "o";
        case '3': return "e";
        default: return {};
    }
}

// True when masked text `m` spells `w`: a run of k '*' stands for 1 to k+1 letters.
bool spells(std::string_view m, std::string_view w) {
    if (m.empty()) return w.empty();
    if (m[0] == '*') {
        std::size_t run = 0;
        while (run < m.size() && m[run] == '*') ++run;
        for (std::size_t take = 1; take <= run + 1 && take <= w.size(); ++take)
            if (spells(m.substr(run), w.substr(take))) return true;
        return false;
    }
    if (w.empty()) return false;
    const char c = lower(m[0]);
    const bool same = is_letter(c) ? c == w[0] : stands_for(c).find(w[0]) != std::string_view::npos;
    return same && spells(m.substr(1), w.substr(1));
}

// A word with a masking symbol among its letters: "f*ck", "sh!t", "a$$"; not "$20", "4K", "1st".
bool masked(std::string_view s) {
    int letters = 0, masks = 0;
    for (char c : s) {
        if (is_letter(c)) ++letters;
        else if (c == '*' || !stands_for(c).empty()) ++masks;
        else return false;
    }
    return letters >= 1 && masks >= 1 && s.size() >= 3;
}

class ProfanityFinder {
public:
    ProfanityFinder(const CheckContext& ctx, Findings& out) : ctx_(ctx), out_(out) {
        if (auto rule = ctx.pack.rules.find("tone.profanity"); rule != ctx.pack.rules.end())
            for (const PhraseEntry& p : rule->second.phrases)
                if (p.match.find(' ') == std::string::npos) words_.push_back(fold(p.match));
    }

    void run() {
        for (const PhraseMatch& m : ctx_.phrase_matches())
            if (listed_word_counts(m)) report(m.start, m.end, "a word from the pack's profanity list");
        find_masked();
    }

private:
    bool opens_sentence(std::size_t i) const { return ctx_.sentences().opens_sentence(ctx_.draft, i); }

    // Inside a run of text with "://", "/", "@" or "#": a link, path, address or tag that the
    // entity finders may not have recognised ("shop.example/moby-dick").
    bool in_web_text(std::uint32_t start, std::uint32_t end) const {
        const std::string& text = ctx_.draft.text();
        std::size_t from = start, to = end;
        while (from > 0 && text[from - 1] != ' ' && text[from - 1] != '\n') --from;
        while (to < text.size() && text[to] != ' ' && text[to] != '\n') ++to;
        const std::string_view chunk(text.data() + from, to - from);
        return chunk.find_first_of("/@#") != std::string_view::npos;
    }

    bool title_case(std::size_t k) const {
        const auto& tokens = ctx_.draft.tokens();
        if (k >= tokens.size() || tokens[k].kind != TokenKind::word) return false;
        const std::string_view s = ctx_.draft.slice(tokens[k]);
        const CaseShape shape = case_shape(s);
        return !s.empty() && s[0] >= 'A' && s[0] <= 'Z' && shape.lower > 0;
    }

    bool listed_word_counts(const PhraseMatch& m) const {
        const SentenceAnalysis& analysis = ctx_.sentences();
        for (std::size_t k = m.first_token; k <= m.last_token; ++k)
            if (analysis.in_entity(k)) return false;
        if (in_web_text(m.start, m.end)) return false;
        if (m.first_token != m.last_token) return true;
        const std::size_t k = m.first_token;
        // "Hi Dick": a name the reply calls someone by. A sentence's first word with a comma
        // ("Damn, sorry…") only looks like one, so there the customer's name decides.
        if (analysis.is_vocative(k) && !opens_sentence(k)) return false;
        // "as we ass... https://t.co/…": a word cut short by a truncated post.
        const std::string_view after = std::string_view(ctx_.draft.text()).substr(m.end);
        if (after.starts_with("...") || after.starts_with("…")) return false;
        const std::string word = accent_key(ctx_.draft.slice(m.start, m.end));
        for (const std::string& name : customer_names(ctx_))
            if (name == word) return false;
        // A proper noun: capitalised in mid-sentence, or before another capitalised word.
        if (title_case(k) && (!opens_sentence(k) || title_case(k + 1))) return false;
        return true;
    }

    void find_masked() {
        const std::string& text = ctx_.draft.text();
        std::size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
            std::size_t end = i;
            while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t') ++end;
            // "p*ss-poor": each part of a hyphenated word on its own.
            for (std::size_t part = i; part < end;) {
                std::size_t stop = text.find('-', part);
                if (stop == std::string::npos || stop > end) stop = end;
                check_chunk(part, stop);
                part = stop + 1;
            }
            i = end;
        }
    }

    void check_chunk(std::size_t start, std::size_t end) {
        const std::string& text = ctx_.draft.text();
        const std::string_view chunk(text.data() + start, end - start);
        if (chunk.find('/') != std::string_view::npos || chunk.find('#') != std::string_view::npos) return;
        while (start < end && std::string_view("\"'(“‘[").find(text[start]) != std::string_view::npos) ++start;
        while (end > start && std::string_view(".,;:!?)\"'”’]").find(text[end - 1]) != std::string_view::npos) --end;
        const std::string_view word(text.data() + start, end - start);
        // Longer than any listed word with a suffix: not a masked swear, and it bounds spells().
        if (word.size() > 24 || !masked(word)) return;
        const auto s = static_cast<std::uint32_t>(start), e = static_cast<std::uint32_t>(end);
        if (ctx_.draft_entities().overlaps(s, e)) return;
        const NameCues& cues = name_cues(ctx_.pack.locale);
        for (const std::string& listed : words_) {
            bool found = spells(word, listed);
            for (auto suffix = cues.swear_suffixes.begin(); !found && suffix != cues.swear_suffixes.end(); ++suffix)
                found = spells(word, listed + *suffix);
            if (found) {
                report(s, e, "a masked spelling of “" + listed + "”");
                return;
            }
        }
    }

    void report(std::uint32_t start, std::uint32_t end, std::string because) {
        for (const Finding& f : out_)
            if (f.start < end && start < f.end) return;
        const std::string written(ctx_.draft.slice(start, end));
        Finding f = make_finding("“" + written + "” is profanity or an insult, which a brand must never post.", start, end);
        f.because = std::move(because);
        f.certainty = Certainty::certain;
        // Removing the word and the space before it keeps the sentence readable.
        const std::string& text = ctx_.draft.text();
        const std::uint32_t from = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
        f.suggestions.push_back(make_suggestion("Remove “" + written + "”", "", from, end, false));
        out_.push_back(std::move(f));
    }

    const CheckContext& ctx_;
    Findings& out_;
    std::vector<std::string> words_;
};

}  // namespace

void tone_profanity(const CheckContext& ctx, Findings& out) {
    Findings found;
    ProfanityFinder(ctx, found).run();
    std::sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    for (Finding& f : found) out.push_back(std::move(f));
}

}  // namespace replycheck::checks
