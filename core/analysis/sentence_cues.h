#pragma once
// The cue lists of one locale (templates/locales/<locale>/sentences.json), compiled once into one
// phrase matcher. Each phrase may belong to several cue classes ("reply" is both an imperative
// verb and a public route); a draft is scanned once and every class read from the hits.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "match/token_phrases.h"
#include "text/analysed_text.h"

namespace replycheck {

enum class Cue : std::uint8_t {
    negation,
    pseudo_negation,  // looks like negation, is not ("don't hesitate", "no problem")
    scope_end,        // ends a negation's scope ("but", "instead")
    clause_break,
    polite,           // "please"
    modal_question,   // "could you"
    request_opener,   // "let us know", "we'll need"
    imperative_verb,
    giving_verb,      // what a request to hand something over uses ("send", "tell", "what is")
    filler,           // skipped when looking for a clause's first word ("just", "also")
    object_preposition,
    public_strong,    // "here", "below", "in this thread"
    public_route,     // "reply", "tweet"
    private_strong,   // "DM", "private message"
    private_route,    // "form", "link", "call us"
    personal_data,    // detail: index into SentenceCues::data_kinds
    data_blocker,     // "our", "an": before a data word, it is not the customer's data
    card_tail,        // "last", "ending": the last digits of a card are not card data
    greeting,
    not_vocative,     // capitalised words that open sentences but are not names ("Unfortunately,")
    ambiguous_data,   // "email", "address": data only as "your email" or what a question asks for
    brand_subject,    // "we", "I": the brand speaking of its own actions
    emphasis_word,    // "NOT", "IS": capitals that shout however short
    acronym,          // "GDPR", "NASA": capitals that are names, however long
    defensive,        // stance: blames, denies, contradicts, closes down (detail: stance_kinds())
    dismissive,       // stance: plays down, calms, sends off to read (detail: stance_kinds())
    friendly_idiom,   // "put your feet up", "just a moment": cancels a stance hit it covers
    step_time,        // "by Thursday", "tomorrow": when something will happen
    brand_action,     // after a brand subject: "we will", "we're sending", "we can refund"
    promise_certainty,  // "definitely", "100%", "you have our word"
    promise_pledge,     // "we guarantee", "you have our word"
    promise_giveaway,   // "free upgrade", "at our expense"
    future,             // "will", "going to"
    hedge,              // "usually", "may", "can be": possibility, not promise
    distress,         // in a customer's post: a feeling, not a fault ("fed up", "ridiculous", "😡")
    count
};

struct CueHit {
    std::uint32_t first = 0;  // token indexes, inclusive
    std::uint32_t last = 0;
    Cue cue = Cue::negation;
    std::uint8_t detail = 0;
};

class SentenceCues {
public:
    // Throws std::runtime_error naming the file and the key when the data is malformed.
    SentenceCues(std::string_view locale);

    // Every cue of `text`, ordered by first token, then longest first.
    std::vector<CueHit> find(const AnalysedText& text) const;

    const std::vector<std::string>& data_kinds() const { return data_kinds_; }  // "email", "card"...
    const std::vector<std::string>& stance_kinds() const { return stance_kinds_; }  // "blames the customer"...
    const std::string& locale() const { return locale_; }

private:
    struct Tag {
        Cue cue;
        std::uint8_t detail;
    };
    void add(std::string_view phrase, Cue cue, std::uint8_t detail = 0);

    std::string locale_;
    TokenPhrases phrases_;
    std::vector<std::vector<Tag>> tags_;  // by pattern id
    std::vector<std::string> data_kinds_;
    std::vector<std::string> stance_kinds_;
};

// The compiled cues of `locale` ("en-GB" falls back to "en"), built on first use and kept.
const SentenceCues& sentence_cues(std::string_view locale);

}  // namespace replycheck
