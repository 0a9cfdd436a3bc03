#pragma once
// The usual part of speech of a common word, from templates/locales/<locale>/word_classes.json
// (UD English EWT's most frequent tag per form; CC BY-SA 4.0). Only forms that are usually not
// nouns are listed, so an absent word is a noun, a name or a word the corpus never saw ("DM",
// "SW214", "broadband").
#include <string>
#include <string_view>
#include <unordered_map>

namespace replycheck {

class WordClasses {
public:
    explicit WordClasses(std::string_view locale);
    // "ADP", "VERB", ...; empty when the folded form is not listed.
    std::string_view usual_tag(std::string_view folded) const;
    bool listed(std::string_view folded) const { return !usual_tag(folded).empty(); }
    // A noun or a name ("router", "SW214"): not listed, and not the past form of a listed word
    // (EWT is small: "dropped" and "charged" are missing from it, "drop" and "charge" are not).
    bool names_a_thing(std::string_view folded) const;
    // Usually a pronoun, determiner, preposition, conjunction, auxiliary or particle: "the", "of",
    // "it", "and" (never an acronym, even in capitals).
    bool function_word(std::string_view folded) const;

private:
    std::unordered_map<std::string, std::string> tags_;
};

// Loaded once per language ("en-GB" reads en/).
const WordClasses& word_classes(std::string_view locale);

}  // namespace replycheck
