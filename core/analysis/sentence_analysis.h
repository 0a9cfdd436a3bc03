#pragma once
// What each sentence of a reply does, found once per draft so that checks ask questions instead
// of matching words: where clauses start and end, whether each one states, asks or requests,
// which words lie in the scope of a negation ("please don't post your card number"), what the
// reply asks the customer for and through which route ("reply here", "DM us", "the form below"),
// and who it addresses by name. Cue words come from the locale's data (sentence_cues.h).
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "analysis/entities.h"
#include "analysis/sentence_cues.h"
#include "text/analysed_text.h"

namespace replycheck {

enum class ClauseMood : std::uint8_t { statement, question, request };

struct Clause {
    std::uint32_t first_token = 0;  // [first_token, end_token)
    std::uint32_t end_token = 0;
    std::uint32_t sentence = 0;     // index in AnalysedText::sentences()
    ClauseMood mood = ClauseMood::statement;
};

enum class Route : std::uint8_t { none, public_reply, private_message };

// A route the reply names: "reply here" (public), "DM us", "the link", a URL (private).
struct RouteMention {
    std::uint32_t first_token = 0;  // inclusive; for an entity, the tokens it covers
    std::uint32_t last_token = 0;
    std::uint32_t clause = 0;
    Route route = Route::none;
    bool strong = false;  // "here", "DM": outweighs a weak route of the other kind in its clause
};

// Personal data the reply names ("your email address", "the 16 digits on your card").
struct DataMention {
    std::uint32_t first_token = 0;
    std::uint32_t last_token = 0;
    std::uint32_t clause = 0;
    std::uint8_t kind = 0;  // index into SentenceCues::data_kinds()
};

// The reply asks the customer to hand over `data`, through `route` (found in the same clause, or
// else elsewhere in the reply; none when the reply names no route at all).
struct DataRequest {
    DataMention data;
    std::uint32_t ask_token = 0;  // the word that makes it a request ("send", "please", "could")
    Route route = Route::none;
    bool route_in_clause = false;
    const RouteMention* evidence = nullptr;  // the route mention decided on, if any
};

// A name the reply calls the customer by: "Hi Priya,", "Priya, please…", "…delay, Priya, we…".
struct Vocative {
    std::uint32_t first_token = 0;
    std::uint32_t last_token = 0;
};

class SentenceAnalysis {
public:
    SentenceAnalysis(const AnalysedText& text, const Entities& entities, const SentenceCues& cues);

    std::span<const Clause> clauses() const { return clauses_; }
    std::span<const CueHit> cues() const { return hits_; }
    std::span<const RouteMention> routes() const { return routes_; }
    std::span<const DataMention> data() const { return data_; }
    std::span<const DataRequest> data_requests() const { return requests_; }
    std::span<const Vocative> vocatives() const { return vocatives_; }

    const Clause& clause_of(std::size_t token) const { return clauses_[token_clause_[token]]; }
    std::uint32_t clause_index(std::size_t token) const { return token_clause_[token]; }
    // In the scope of a negation or prohibition ("don't", "never", "without", "no need to").
    bool negated(std::size_t token) const { return (flags_[token] & kNegated) != 0; }
    // Part of a URL, email, handle, hashtag or other entity: not prose.
    bool in_entity(std::size_t token) const { return (flags_[token] & kInEntity) != 0; }
    bool is_vocative(std::size_t token) const { return (flags_[token] & kVocative) != 0; }
    // True when some cue of class `cue` covers `token`.
    bool has_cue(std::size_t token, Cue cue) const;
    // The first cue of class `cue` in clause `clause`, or null.
    const CueHit* cue_in_clause(std::uint32_t clause, Cue cue) const;
    // True when only handles, URLs, emoji and punctuation come before `token` in its sentence: a
    // capital there is the sentence's, elsewhere it marks a name ("our Chill Vibes playlist").
    bool opens_sentence(const AnalysedText& text, std::size_t token) const;
    // A word starting with a capital that is not the sentence's own: read as part of a name.
    bool capitalised_inside_sentence(const AnalysedText& text, std::size_t token) const;
    // True when the text names a private route anywhere (not negated).
    bool names_private_route() const;

    const SentenceCues& cue_data() const { return cues_; }

private:
    static constexpr std::uint8_t kNegated = 1, kInEntity = 2, kVocative = 4;

    void split_clauses(const AnalysedText& text);
    void mark_negation(const AnalysedText& text);
    void resolve_route_elsewhere(DataRequest& r) const;
    void find_routes(const AnalysedText& text, const Entities& entities);
    void find_data(const AnalysedText& text);
    void find_requests(const AnalysedText& text);
    void find_vocatives(const AnalysedText& text);
    void assign_moods(const AnalysedText& text);
    std::uint32_t first_word_of_clause(const AnalysedText& text, const Clause& c) const;

    const SentenceCues& cues_;
    std::vector<CueHit> hits_;
    std::vector<std::uint64_t> cue_mask_;  // by token: bit per Cue covering it
    std::vector<std::uint8_t> flags_;      // by token
    std::vector<std::uint32_t> token_clause_;
    std::vector<Clause> clauses_;
    std::vector<std::uint32_t> first_word_;  // by clause
    std::vector<RouteMention> routes_;
    std::vector<DataMention> data_;
    std::vector<DataRequest> requests_;
    std::vector<Vocative> vocatives_;
};

}  // namespace replycheck
