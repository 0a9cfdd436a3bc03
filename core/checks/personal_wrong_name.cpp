// Addressing the customer by someone else's name ("Hi Sarah" to Ravi) is worse than no name: it
// shows the reply was pasted. Candidates are the names the sentence analysis reads as vocatives
// ("Hi Priya,", "Sorry about the delay, Priya, we'll…", "Appeal here, Karim, and…") and the word
// after a greeting at the start of a sentence ("Hi Sarah your refund…"). Each is compared with
// the customer's names (names.h: name field, handle, short forms, a signature in their post),
// ignoring case and accents. A handle alone names no one ("@ImagesMatthew" greeted as "Mathew",
// "@ColonelDiddles" as "Nathan"), so without a name field nothing is reported. Only a clearly different given name is reported, and then as
// certain: role nouns ("Dear Passenger") are personal.generic_opener's, brand names, CamelCase
// product names and the agent's own name are nobody's wrong name.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "checks/names.h"
#include "sentiment/sentiment.h"
#include "text/letter_case.h"

namespace replycheck::checks {
namespace {

bool capitalised(std::string_view original) {
    const CaseShape shape = case_shape(original.substr(0, original[0] & 0x80 ? 2 : 1));
    return shape.upper == 1;
}

// "StreamBox", "iPhone": a capital after the first letter marks a product, not a person.
bool camel_case(std::string_view original) {
    const CaseShape shape = case_shape(original);
    return shape.lower > 0 && shape.upper > 1;
}

// The name a customer signs their post with: a last line or sentence "- Sam", "^Sam", "Thanks, Sam".
std::string post_signature(const AnalysedText& post, const NameCues& cues) {
    const auto& tokens = post.tokens();
    if (tokens.size() < 2) return {};
    std::size_t last = tokens.size() - 1;
    while (last > 0 && tokens[last].kind != TokenKind::word) --last;
    if (last == 0 || !capitalised(post.slice(tokens[last]))) return {};
    const std::string_view before = post.slice(tokens[last - 1]);
    const bool signed_off = before == "-" || before == "–" || before == "—" || before == "~" || before == "^" ||
                            (before == "," && last >= 2 && cues.sign_offs.contains(tokens[last - 2].folded));
    return signed_off ? accent_key(post.slice(tokens[last])) : std::string{};
}

class WrongNameFinder {
public:
    WrongNameFinder(const CheckContext& ctx, Findings& out)
        : ctx_(ctx), out_(out), cues_(name_cues(ctx.pack.locale)), names_(customer_names(ctx)), first_(first_name(ctx.request)) {
        if (std::string signature = post_signature(ctx.post, cues_); !signature.empty()) names_.push_back(std::move(signature));

        const std::string& agent = ctx.request.agent_name;
        agent_ = accent_key(agent.substr(0, agent.find(' ')));
    }

    void run() {
        find();
        // "…ask Dad to call us. Thanks, Jo": when the reply already called the customer by name,
        // a closing "Thanks, Jo" signs the agent's name.
        if (addressed_customer_ && sign_off_ < out_.size()) out_.erase(out_.begin() + static_cast<long>(sign_off_));
    }

private:
    // True when token `k` closes the reply as "Thanks, Jo" / "Cheers Jo!" / "- Jo".
    bool signs_off(std::size_t k) const {
        const auto& tokens = ctx_.draft.tokens();
        for (std::size_t after = k + 1; after < tokens.size(); ++after)
            if (tokens[after].kind == TokenKind::word) return false;
        std::size_t before = k;
        while (before > 0 && tokens[before - 1].kind != TokenKind::word) {
            --before;
            const std::string_view mark = ctx_.draft.slice(tokens[before]);
            if (mark == "-" || mark == "–" || mark == "—" || mark == "^" || mark == "~") return true;
        }
        if (before == 0) return false;
        return cues_.sign_offs.contains(tokens[before - 1].folded);
    }

public:
    void find() {
        const SentenceAnalysis& analysis = ctx_.sentences();
        for (const Vocative& v : analysis.vocatives()) {
            if (list_item(v.first_token) || interjection(v.first_token)) continue;
            check_span(v.first_token, v.last_token, "a name the reply addresses");
        }
        const auto& tokens = ctx_.draft.tokens();
        for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
            if (tokens[i].kind != TokenKind::word || !cues_.greetings.contains(tokens[i].folded)) continue;
            if (!opens_sentence(i)) continue;
            std::size_t j = i + 1;
            if (tokens[i].folded == "thank" && tokens[j].folded == "you") ++j;
            if (j < tokens.size() && ctx_.draft.slice(tokens[j]) == ",") ++j;
            if (j < tokens.size() && !analysis.is_vocative(j) && stands_alone(i, j)) check_span(j, j, "the word after a greeting");
        }
    }

private:
    bool opens_sentence(std::size_t i) const { return ctx_.sentences().opens_sentence(ctx_.draft, i); }

    // "Ugh, …", "Actually, …", "Hell, …": a sentence opener with a comma reads like a vocative, but
    // an interjection, a word with a feeling in the sentiment lexicon or a swear word is no name.
    bool interjection(std::size_t k) const {
        if (!opens_sentence(k)) return false;
        const std::string& w = ctx_.draft.tokens()[k].folded;
        if (cues_.interjections.contains(w) || lexicon_valence(w) != 0.0) return true;
        if (auto rule = ctx_.pack.rules.find("tone.profanity"); rule != ctx_.pack.rules.end())
            for (const PhraseEntry& p : rule->second.phrases)
                if (fold(p.match) == w) return true;
        return false;
    }

    // "most smart TVs, Roku, Fire TV": a capitalised word between commas in a list of names.
    bool list_item(std::size_t k) const {
        const auto& tokens = ctx_.draft.tokens();
        auto listed = [&](std::size_t at) {
            if (at >= tokens.size() || tokens[at].kind != TokenKind::word) return false;
            const CaseShape shape = case_shape(ctx_.draft.slice(tokens[at]));
            return shape.upper > 0 && (shape.upper > 1 || shape.digits > 0 || capitalised(ctx_.draft.slice(tokens[at])));
        };
        if (k >= 2 && ctx_.draft.slice(tokens[k - 1]) == "," && listed(k - 2) && !opens_sentence(k - 2)) return true;
        return k + 3 < tokens.size() && ctx_.draft.slice(tokens[k + 1]) == "," && listed(k + 2) &&
               (ctx_.draft.slice(tokens[k + 3]) == "," || tokens[k + 3].folded == "and" || tokens[k + 3].folded == "or");
    }

    // The word at `j` after greeting `greeting` is a name only when the salutation ends with it, or
    // with a surname after it: "Hi Sarah,", "Dear Sarah Lee," but not "Dear Diary Premium can".
    // "Hi Sarah your refund…" runs on without a comma, which only hi/hello/hey allow.
    bool stands_alone(std::size_t greeting, std::size_t j) const {
        const auto& tokens = ctx_.draft.tokens();
        auto ends = [&](std::size_t k) {
            return k >= tokens.size() || tokens[k].kind == TokenKind::punctuation || tokens[k].kind == TokenKind::emoji;
        };
        if (ends(j + 1)) return true;
        if (is_name_word(j + 1) && ends(j + 2)) return true;
        return cues_.casual_greetings.contains(tokens[greeting].folded) && tokens[j + 1].kind == TokenKind::word && !capitalised(ctx_.draft.slice(tokens[j + 1]));
    }

    bool is_name_word(std::size_t k) const {
        if (k >= ctx_.draft.tokens().size()) return false;
        const Token& t = ctx_.draft.tokens()[k];
        if (t.kind != TokenKind::word || ctx_.sentences().in_entity(k)) return false;
        const std::string_view original = ctx_.draft.slice(t);
        if (!capitalised(original) || camel_case(original)) return false;
        return case_shape(original).lower > 0 || original.size() == 1;
    }

    void check_span(std::size_t first, std::size_t last, const char* evidence) {
        const auto& tokens = ctx_.draft.tokens();
        if (first_.empty() || first >= tokens.size()) return;
        // "Bonjour Zoé": a greeting the analysis does not know may open the span.
        if (first < last && cues_.greetings.contains(tokens[first].folded)) ++first;
        if (cues_.titles.contains(tokens[first].folded)) {
            ++first;
            if (first < tokens.size() && ctx_.draft.slice(tokens[first]) == ".") ++first;
            last = std::max(last, first);
        }
        if (first >= tokens.size() || !is_name_word(first)) return;
        if (std::find(reported_.begin(), reported_.end(), first) != reported_.end()) return;
        // "Dear Passenger", "Dear StreamBox member": a form letter, not a wrong name.
        if (match_words(ctx_.draft, first, cues_.role_nouns) > 0) return;
        if (first + 1 < tokens.size() && match_words(ctx_.draft, first + 1, cues_.role_nouns) > 0) return;
        for (std::size_t k = first; k <= last && k < tokens.size(); ++k) {
            if (tokens[k].kind != TokenKind::word) continue;
            const std::string_view word = ctx_.draft.slice(tokens[k]);
            if (names_match(word, names_)) {
                addressed_customer_ = true;
                return;
            }
            if (cues_.not_names.contains(tokens[k].folded)) return;
            if (!agent_.empty() && accent_key(word) == agent_) return;
            for (const std::string& brand : ctx_.pack.brand_names)
                if (fold(brand) == tokens[k].folded) return;
        }
        reported_.push_back(first);
        if (signs_off(first)) sign_off_ = out_.size();
        const Token& t = tokens[first];
        const std::string_view original = ctx_.draft.slice(t);
        Finding f = make_finding("This reply addresses “" + std::string(original) + "”, but the customer is " +
                                     ctx_.request.customer_name + ".",
                                 t.start, t.end);
        f.because = std::string(evidence) + ", not one of the customer's names";
        f.certainty = Certainty::certain;
        f.suggestions.push_back(make_suggestion("Use “" + first_ + "”", first_, t.start, t.end, true));
        out_.push_back(std::move(f));
    }

    const CheckContext& ctx_;
    Findings& out_;
    const NameCues& cues_;
    std::vector<std::string> names_;
    std::string first_;
    std::string agent_;
    std::vector<std::size_t> reported_;
    bool addressed_customer_ = false;
    std::size_t sign_off_ = static_cast<std::size_t>(-1);  // index in out_ of a sign-off's finding
};

}  // namespace

void personal_wrong_name(const CheckContext& ctx, Findings& out) {
    Findings found;
    WrongNameFinder(ctx, found).run();
    std::sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    for (Finding& f : found) out.push_back(std::move(f));
}

}  // namespace replycheck::checks
