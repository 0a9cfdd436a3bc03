#include "analysis/sentence_analysis.h"

#include <algorithm>
#include <optional>

#include "analysis/word_classes.h"
#include "text/letter_case.h"
#include "text/token_queries.h"

namespace replycheck {
namespace {

constexpr std::uint64_t bit(Cue cue) { return std::uint64_t{1} << static_cast<unsigned>(cue); }
static_assert(static_cast<unsigned>(Cue::count) <= 64, "cue_mask_ holds one bit per cue class");

bool is_word_like(const Token& t) { return t.kind == TokenKind::word || t.kind == TokenKind::ideograph; }

bool is_punct(const Token& t, std::string_view text, std::string_view which) {
    return t.kind == TokenKind::punctuation && which.find(text.substr(t.start, t.size())) != std::string_view::npos &&
           t.size() == 1;
}

// Starts with a capital and has a small letter: "Priya", "Renée", not "DM" or "i".
bool looks_like_name(const AnalysedText& text, const Token& t) {
    if (t.kind != TokenKind::word) return false;
    const std::string_view word = text.slice(t);
    const CaseShape shape = case_shape(word);
    if (shape.upper == 0 || shape.lower == 0 || shape.digits > 0) return false;
    return match_case("X", word) == word;  // the first letter is the capital
}

}  // namespace

SentenceAnalysis::SentenceAnalysis(const AnalysedText& text, const Entities& entities, const SentenceCues& cues)
    : cues_(cues), hits_(cues.find(text)) {
    const std::size_t n = text.tokens().size();
    cue_mask_.assign(n, 0);
    flags_.assign(n, 0);
    token_clause_.assign(n, 0);
    for (const CueHit& h : hits_)
        for (std::uint32_t t = h.first; t <= h.last && t < n; ++t) cue_mask_[t] |= bit(h.cue);
    for (std::size_t t = 0; t < n; ++t) {
        const Token& token = text.tokens()[t];
        if (entities.overlaps(token.start, token.end)) flags_[t] |= kInEntity;
    }
    split_clauses(text);
    mark_negation(text);
    find_routes(text, entities);
    find_data(text);
    find_vocatives(text);
    assign_moods(text);
    find_requests(text);
}

bool SentenceAnalysis::has_cue(std::size_t token, Cue cue) const {
    return token < cue_mask_.size() && (cue_mask_[token] & bit(cue)) != 0;
}

const CueHit* SentenceAnalysis::cue_in_clause(std::uint32_t clause, Cue cue) const {
    const Clause& c = clauses_[clause];
    for (const CueHit& h : hits_)
        if (h.cue == cue && h.first >= c.first_token && h.first < c.end_token) return &h;
    return nullptr;
}

bool SentenceAnalysis::opens_sentence(const AnalysedText& text, std::size_t token) const {
    const auto& tokens = text.tokens();
    const std::size_t sentence = text.sentence_of(tokens[token].start);
    for (std::size_t k = token; k > 0;) {
        --k;
        if (text.sentence_of(tokens[k].start) != sentence) return true;
        if (tokens[k].kind == TokenKind::word && !in_entity(k)) return false;
    }
    return true;
}

bool SentenceAnalysis::capitalised_inside_sentence(const AnalysedText& text, std::size_t token) const {
    const std::string_view word = text.slice(text.tokens()[token]);
    return !word.empty() && word[0] >= 'A' && word[0] <= 'Z' && !opens_sentence(text, token);
}

bool SentenceAnalysis::names_private_route() const {
    return std::any_of(routes_.begin(), routes_.end(), [](const RouteMention& r) { return r.route == Route::private_message; });
}

// A clause ends at a sentence end, after a break mark ("," ";" ":"), or before a break word
// ("but", "if", "once"), which opens the next one.
void SentenceAnalysis::split_clauses(const AnalysedText& text) {
    const auto& tokens = text.tokens();
    if (tokens.empty()) return;
    const auto& sentences = text.sentences();
    std::size_t sentence = 0;
    Clause current;
    auto close = [&](std::uint32_t end) {
        if (end <= current.first_token) return;
        current.end_token = end;
        clauses_.push_back(current);
        current.first_token = end;
    };
    for (std::uint32_t t = 0; t < tokens.size(); ++t) {
        while (sentence + 1 < sentences.size() && tokens[t].start >= sentences[sentence].end) {
            close(t);
            ++sentence;
        }
        current.sentence = static_cast<std::uint32_t>(sentence);
        const bool is_break = has_cue(t, Cue::clause_break) && !in_entity(t);
        if (!is_break) continue;
        if (tokens[t].kind == TokenKind::punctuation) {
            close(t + 1);
        } else {
            // A break word only opens a clause where a hit starts (not inside "as soon as").
            const bool starts = std::any_of(hits_.begin(), hits_.end(),
                                            [&](const CueHit& h) { return h.first == t && h.cue == Cue::clause_break; });
            // "…on the account before?" ends a clause; it does not open one.
            const bool more_follows = t + 2 < tokens.size() && tokens[t + 2].start < sentences[sentence].end;
            if (starts && more_follows) close(t);
        }
    }
    close(static_cast<std::uint32_t>(tokens.size()));
    for (std::uint32_t k = 0; k < clauses_.size(); ++k)
        for (std::uint32_t t = clauses_[k].first_token; t < clauses_[k].end_token; ++t) token_clause_[t] = k;
}

void SentenceAnalysis::assign_moods(const AnalysedText& text) {
    const auto& tokens = text.tokens();
    for (std::uint32_t k = 0; k < clauses_.size(); ++k) {
        Clause& c = clauses_[k];
        const std::uint32_t first = first_word_of_clause(text, c);
        first_word_.push_back(first);
        bool imperative = first < c.end_token && has_cue(first, Cue::imperative_verb);
        // "…the link and reply here with…": a second imperative joined by a filler word.
        for (std::uint32_t t = c.first_token + 1; t + 1 < c.end_token && !imperative; ++t)
            imperative = has_cue(t, Cue::filler) && tokens[t].kind == TokenKind::word &&
                         has_cue(t + 1, Cue::imperative_verb) && !has_cue(t + 1, Cue::data_blocker) &&
                         !(t > 0 && (tokens[t - 1].folded == "we" || tokens[t - 1].folded == "i"));
        if (imperative || cue_in_clause(k, Cue::polite) || cue_in_clause(k, Cue::modal_question) ||
            cue_in_clause(k, Cue::request_opener))
            c.mood = ClauseMood::request;
        else if (is_punct(tokens[c.end_token - 1], text.text(), "?"))
            c.mood = ClauseMood::question;
    }
    // "What's the email you used, and your birthday?": the mark ends the sentence's last clause
    // but asks in each of them.
    for (std::uint32_t k = clauses_.size(); k-- > 0;) {
        const Clause& last = clauses_[k];
        if (last.mood != ClauseMood::question) continue;
        for (std::uint32_t j = k; j-- > 0 && clauses_[j].sentence == last.sentence;)
            if (clauses_[j].mood == ClauseMood::statement) clauses_[j].mood = ClauseMood::question;
    }
}

// The clause's first word after greetings, fillers ("just", "also"), handles and punctuation.
std::uint32_t SentenceAnalysis::first_word_of_clause(const AnalysedText& text, const Clause& c) const {
    std::uint32_t t = c.first_token;
    while (t < c.end_token) {
        const std::uint64_t mask = cue_mask_[t];
        const bool skip = in_entity(t) || is_vocative(t) || !is_word_like(text.tokens()[t]) ||
                          (mask & (bit(Cue::filler) | bit(Cue::greeting) | bit(Cue::polite) | bit(Cue::clause_break))) != 0;
        if (!skip) return t;
        ++t;
    }
    return c.end_token;
}

// NegEx: a trigger negates what follows it up to the end of its clause or a scope terminator;
// a pseudo-trigger ("don't hesitate", "no problem") covering the trigger cancels it.
void SentenceAnalysis::mark_negation(const AnalysedText& text) {
    for (const CueHit& h : hits_) {
        if (h.cue != Cue::negation || in_entity(h.first)) continue;
        const bool pseudo = std::any_of(hits_.begin(), hits_.end(), [&](const CueHit& p) {
            return p.cue == Cue::pseudo_negation && p.first <= h.first && h.last <= p.last;
        });
        if (pseudo) continue;
        const Clause& c = clauses_[token_clause_[h.first]];
        for (std::uint32_t t = h.last + 1; t < c.end_token; ++t) {
            if (has_cue(t, Cue::scope_end) || text.tokens()[t].kind == TokenKind::emoji) break;
            flags_[t] |= kNegated;
        }
        // "don't" is one token holding its own trigger; what it negates starts after it.
    }
}

void SentenceAnalysis::find_routes(const AnalysedText& text, const Entities& entities) {
    const auto& tokens = text.tokens();
    for (const CueHit& h : hits_) {
        Route route = Route::none;
        bool strong = false;
        switch (h.cue) {
            case Cue::public_strong: route = Route::public_reply; strong = true; break;
            case Cue::public_route: route = Route::public_reply; break;
            case Cue::private_strong: route = Route::private_message; strong = true; break;
            case Cue::private_route: route = Route::private_message; break;
            default: continue;
        }
        if (in_entity(h.first) || negated(h.first)) continue;
        // "the steps here: https://…" points at a link, not at the thread.
        if (route == Route::public_reply && strong) {
            std::uint32_t next = h.last + 1;
            if (next < tokens.size() && tokens[next].kind == TokenKind::punctuation && !in_entity(next)) ++next;
            if (next < tokens.size() && in_entity(next)) continue;
        }
        // "your reply", "the post", "a comment" are things, not the route a request names.
        if (!strong && route == Route::public_reply && h.first > 0 && has_cue(h.first - 1, Cue::data_blocker)) continue;
        if (!strong && route == Route::public_reply && h.first > 0 &&
            (tokens[h.first - 1].folded == "your" || tokens[h.first - 1].folded == "the"))
            continue;
        routes_.push_back({h.first, h.last, token_clause_[h.first], route, strong});
    }
    // A link, an email address or the brand's number in the reply is a way to reach the brand
    // away from the thread.
    for (const Entity& e : entities.all()) {
        const bool private_way = e.kind == EntityKind::url || e.kind == EntityKind::email ||
                                 (e.kind == EntityKind::phone && e.owner == EntityOwner::brand);
        if (!private_way) continue;
        const auto it = std::lower_bound(tokens.begin(), tokens.end(), e.start,
                                         [](const Token& t, std::uint32_t o) { return t.end <= o; });
        if (it == tokens.end()) continue;
        const auto first = static_cast<std::uint32_t>(it - tokens.begin());
        std::uint32_t last = first;
        while (last + 1 < tokens.size() && tokens[last + 1].start < e.end) ++last;
        routes_.push_back({first, last, token_clause_[first], Route::private_message, false});
    }
    std::sort(routes_.begin(), routes_.end(), [](const RouteMention& a, const RouteMention& b) { return a.first_token < b.first_token; });
}

void SentenceAnalysis::find_data(const AnalysedText& text) {
    const auto& tokens = text.tokens();
    std::uint32_t covered_until = 0;  // longest hit first at each start, so overlaps are skipped
    bool any = false;
    for (const CueHit& h : hits_) {
        if (h.cue != Cue::personal_data) continue;
        if (any && h.first < covered_until) continue;
        if (in_entity(h.first)) continue;
        // "email us", "phone us": the word is the route, not the data.
        if (has_cue(h.first, Cue::private_route) || has_cue(h.first, Cue::private_strong)) {
            const bool route_starts_here = std::any_of(hits_.begin(), hits_.end(), [&](const CueHit& r) {
                return r.first == h.first && r.last > h.last &&
                       (r.cue == Cue::private_route || r.cue == Cue::private_strong);
            });
            if (route_starts_here) continue;
        }
        // "our email address", "an email": the brand's, or a message.
        if (h.first > 0 && has_cue(h.first - 1, Cue::data_blocker)) continue;
        // "the suspicious email", "our address": an ambiguous word is data as "your email", or as
        // what a question or request asks for ("what's the email you used", "which email").
        const bool ambiguous = std::any_of(hits_.begin(), hits_.end(), [&](const CueHit& a) {
            return a.cue == Cue::ambiguous_data && a.first == h.first && a.last == h.last;
        });
        if (ambiguous) {
            bool owned = h.first > 0 && tokens[h.first - 1].folded == "your";
            for (std::uint32_t t = h.first; t-- > 0 && t + 3 > h.first && !owned;)
                owned = has_cue(t, Cue::giving_verb) && (tokens[t].folded == "what" || tokens[t].folded == "which" ||
                                                         t + 1 == h.first || tokens[t + 1].folded == "the");
            if (!owned) continue;
        }
        // "the last four digits of your card" are safe to share.
        if (cues_.data_kinds()[h.detail] == "card") {
            bool tail = false;
            for (std::uint32_t t = h.first; t-- > 0 && t + 4 > h.first;)
                tail |= has_cue(t, Cue::card_tail);
            if (tail) continue;
        }
        data_.push_back({h.first, h.last, token_clause_[h.first], h.detail});
        covered_until = h.last + 1;
        any = true;
    }
}

// A request for data: a clause that asks ("please", "could you", an imperative, "we'll need")
// with a word that hands something over ("send", "tell", "what's"), and the data as its object,
// not after "to", "on" or "linked to" ("send it to your email" names where, not what).
void SentenceAnalysis::find_requests(const AnalysedText& text) {
    const auto& tokens = text.tokens();
    // "send", "tell", "what's" — but not "this tweet", "your reply": after a determiner it is a thing.
    auto gives = [&](std::uint32_t t) {
        return has_cue(t, Cue::giving_verb) && !negated(t) &&
               !(t > 0 && (has_cue(t - 1, Cue::data_blocker) || tokens[t - 1].folded == "your" || tokens[t - 1].folded == "the"));
    };
    for (const DataMention& d : data_) {
        if (negated(d.first_token)) continue;
        const Clause& c = clauses_[d.clause];
        std::uint32_t before = d.first_token;
        if (before > c.first_token && (tokens[before - 1].folded == "your" || tokens[before - 1].folded == "the"))
            --before;
        if (before > c.first_token && has_cue(before - 1, Cue::object_preposition)) continue;
        // The asking word: a giving verb before the data, or "please" anywhere in the clause.
        std::optional<std::uint32_t> ask;
        for (std::uint32_t t = c.first_token; t < d.first_token; ++t)
            if (gives(t)) ask = t;
        const bool asks = c.mood == ClauseMood::request || c.mood == ClauseMood::question;
        // "Comment your order number, full name and home address below": a list split by commas
        // continues the previous clause's request.
        if (!ask && d.clause > 0 && clauses_[d.clause - 1].sentence == c.sentence &&
            clauses_[d.clause - 1].mood != ClauseMood::statement && d.first_token <= c.first_token + 2) {
            const Clause& previous = clauses_[d.clause - 1];
            for (std::uint32_t t = previous.first_token; t < previous.end_token; ++t)
                if (gives(t)) ask = t;
        }
        if (!ask || !asks) {
            const CueHit* polite = cue_in_clause(d.clause, Cue::polite);
            if (polite == nullptr || negated(polite->first)) continue;
            // "please check your email": an instruction, not a request for the address.
            bool other_verb = false;
            for (std::uint32_t t = c.first_token; t < d.first_token; ++t)
                other_verb |= has_cue(t, Cue::imperative_verb) && !has_cue(t, Cue::giving_verb);
            if (other_verb) continue;
            ask = polite->first;
        }
        DataRequest r;
        r.data = d;
        r.ask_token = *ask;
        // The route named in the clause: a strong one of either kind first, then a weak one.
        const RouteMention* best = nullptr;
        auto rank = [](const RouteMention& m) { return (m.strong ? 2 : 0) + (m.route == Route::private_message ? 1 : 0); };
        for (const RouteMention& m : routes_)
            if (m.clause == d.clause && (best == nullptr || rank(m) > rank(*best))) best = &m;
        if (best != nullptr) {
            r.route = best->route;
            r.route_in_clause = true;
            r.evidence = best;
        } else {
            resolve_route_elsewhere(r);
        }
        requests_.push_back(r);
    }
}

// A route named outside the request's clause: the same sentence first, then the rest of the
// reply. A public one counts where the customer is told to use it ("Just reply here", "A reply
// to this tweet is fine"), not where the brand says what it will do ("we'll reply here").
void SentenceAnalysis::resolve_route_elsewhere(DataRequest& r) const {
    const std::uint32_t sentence = clauses_[r.data.clause].sentence;
    auto tells_customer = [&](const RouteMention& m) {
        const Clause& c = clauses_[m.clause];
        if (m.route != Route::public_reply) return false;
        if (c.mood == ClauseMood::request) return m.strong || m.first_token == first_word_.at(m.clause);
        if (!m.strong) return false;
        for (std::uint32_t t = c.first_token; t < m.first_token; ++t)
            if (has_cue(t, Cue::brand_subject)) return false;
        return true;
    };
    for (const bool same_sentence : {true, false}) {
        for (const RouteMention& m : routes_) {
            if ((clauses_[m.clause].sentence == sentence) != same_sentence) continue;
            if (m.route == Route::private_message || tells_customer(m)) {
                // Private wins over public within one sentence.
                const bool better = r.route == Route::none ||
                                    (m.route == Route::private_message && r.route != Route::private_message) ||
                                    (m.route == r.route && m.strong && !r.evidence->strong);
                if (better) {
                    r.route = m.route;
                    r.evidence = &m;
                }
            }
        }
        if (r.route != Route::none) return;
    }
}

void SentenceAnalysis::find_vocatives(const AnalysedText& text) {
    const auto& tokens = text.tokens();
    // "Twice.", "Actually,": an adverb, pronoun or other function word standing alone is no name.
    const WordClasses& classes = word_classes(cues_.locale());
    auto usually_no_name = [&](const std::string& folded) {
        const std::string_view tag = classes.usual_tag(folded);
        return tag == "ADV" || tag == "INTJ" || tag == "NUM" || classes.function_word(folded);
    };
    const std::uint32_t n = static_cast<std::uint32_t>(tokens.size());
    auto ends_name = [&](std::uint32_t t) {
        return t >= n || is_punct(tokens[t], text.text(), ",!.?:-;") || text.slice(tokens[t]) == "—";
    };
    auto name_at = [&](std::uint32_t t) {
        return t < n && looks_like_name(text, tokens[t]) && !in_entity(t) && !has_cue(t, Cue::not_vocative) &&
               !has_cue(t, Cue::greeting) && !usually_no_name(tokens[t].folded);
    };
    auto add = [&](std::uint32_t first, std::uint32_t last) {
        vocatives_.push_back({first, last});
        for (std::uint32_t t = first; t <= last; ++t) flags_[t] |= kVocative;
    };
    // The span of a one- or two-word name at t, ending before a mark; 0 words when none.
    auto name_span = [&](std::uint32_t t) -> std::uint32_t {
        if (!name_at(t)) return 0;
        if (ends_name(t + 1)) return 1;
        if (name_at(t + 1) && ends_name(t + 2)) return 2;
        return 0;
    };
    const std::uint32_t opening = after_leading_mentions(text.text());
    std::uint32_t t0 = 0;
    while (t0 < n && tokens[t0].start < opening) ++t0;
    for (std::uint32_t t = 0; t < n; ++t) {
        // "Hi Priya," / "Thanks Priya!" at the start of a clause, or the reply's first word
        // before a mark ("Priya, please…"), or between commas (", Priya, we…").
        std::uint32_t at = t;
        const bool clause_start = clauses_[token_clause_[t]].first_token == t || t == t0;
        bool candidate = false;
        if (clause_start && has_cue(t, Cue::greeting)) {
            const auto greeting = std::find_if(hits_.begin(), hits_.end(),
                                               [&](const CueHit& h) { return h.first == t && h.cue == Cue::greeting; });
            at = greeting->last + 1;
            candidate = true;
        } else if (t == t0) {
            candidate = true;
        } else if (t > 0 && is_punct(tokens[t - 1], text.text(), ",")) {
            const std::uint32_t len = name_span(t);
            candidate = len > 0 && t + len < n && is_punct(tokens[t + len], text.text(), ",.!?");
        }
        if (!candidate) continue;
        if (const std::uint32_t len = name_span(at)) {
            add(at, at + len - 1);
            t = at + len - 1;
        }
    }
}

}  // namespace replycheck
