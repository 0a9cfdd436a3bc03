#include "analysis/sentence_cues.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "analysis/locale_data.h"

namespace replycheck {
namespace {

using nlohmann::json;

const json& member(const json& parent, std::string_view key, std::string_view where) {
    const auto it = parent.find(key);
    if (it == parent.end()) throw std::runtime_error(std::string(where) + ": missing \"" + std::string(key) + "\"");
    return *it;
}

template <class Each>
void for_each_string(const json& list, std::string_view where, Each&& each) {
    if (!list.is_array()) throw std::runtime_error(std::string(where) + ": not a list of phrases");
    for (const json& item : list) {
        if (!item.is_string()) throw std::runtime_error(std::string(where) + ": a phrase that is not a string");
        each(item.get<std::string>());
    }
}

}  // namespace

void SentenceCues::add(std::string_view phrase, Cue cue, std::uint8_t detail) {
    const TokenPhrases::PatternId pattern = phrases_.add(phrase, locale_.c_str());
    if (pattern == TokenPhrases::kNoPattern) return;
    if (pattern >= tags_.size()) tags_.resize(pattern + 1);
    tags_[pattern].push_back({cue, detail});
}

SentenceCues::SentenceCues(std::string_view locale) : locale_(locale) {
    const json& doc = locale_json(locale, "sentences");
    const std::string file = "templates/locales/" + std::string(locale) + "/sentences.json";
    struct ListCue {
        const char* group;
        const char* key;
        Cue cue;
    };
    static constexpr ListCue kLists[] = {
        {"negation", "triggers", Cue::negation},
        {"negation", "pseudo_triggers", Cue::pseudo_negation},
        {"negation", "scope_ends", Cue::scope_end},
        {"clauses", "breaks", Cue::clause_break},
        {"requests", "polite", Cue::polite},
        {"requests", "modal_questions", Cue::modal_question},
        {"requests", "openers", Cue::request_opener},
        {"requests", "imperative_verbs", Cue::imperative_verb},
        {"requests", "giving_verbs", Cue::giving_verb},
        {"requests", "fillers", Cue::filler},
        {"requests", "object_prepositions", Cue::object_preposition},
        {"routes", "public_strong", Cue::public_strong},
        {"routes", "public", Cue::public_route},
        {"routes", "private_strong", Cue::private_strong},
        {"routes", "private", Cue::private_route},
        {nullptr, "data_determiners_blocking", Cue::data_blocker},
        {nullptr, "card_tail_words", Cue::card_tail},
        {nullptr, "greetings", Cue::greeting},
        {nullptr, "not_vocatives", Cue::not_vocative},
        {nullptr, "ambiguous_data", Cue::ambiguous_data},
        {nullptr, "brand_subjects", Cue::brand_subject},
        {nullptr, "distress", Cue::distress},
        {"capitals", "emphasis_words", Cue::emphasis_word},
        {"next_step", "times", Cue::step_time},
        {"promise", "certainty", Cue::promise_certainty},
        {"promise", "giveaways", Cue::promise_giveaway},
        {"promise", "pledges", Cue::promise_pledge},
        {"promise", "future", Cue::future},
        {"promise", "hedges", Cue::hedge},
        {"next_step", "brand_actions", Cue::brand_action},
        {"capitals", "acronyms", Cue::acronym},
    };
    for (const ListCue& list : kLists) {
        const std::string where = file + (list.group ? std::string(" ") + list.group + "." : std::string(" ")) + list.key;
        const json& parent = list.group ? member(doc, list.group, file) : doc;
        for_each_string(member(parent, list.key, where), where, [&](const std::string& p) { add(p, list.cue); });
    }
    const json& data = member(doc, "personal_data", file);
    if (!data.is_object()) throw std::runtime_error(file + " personal_data: not an object of kinds");
    for (const auto& [kind, phrases] : data.items()) {
        const auto detail = static_cast<std::uint8_t>(data_kinds_.size());
        data_kinds_.push_back(kind);
        for_each_string(phrases, file + " personal_data." + kind, [&](const std::string& p) { add(p, Cue::personal_data, detail); });
    }
    const json& stance = member(doc, "stance", file);
    // Plain members, not structured bindings: clang 14 (Debian's emscripten) cannot capture those.
    for (const std::pair<const char*, Cue>& stance_class : {std::pair{"defensive", Cue::defensive}, std::pair{"dismissive", Cue::dismissive}}) {
        const std::string group = stance_class.first;
        const Cue cue = stance_class.second;
        const json& kinds = member(stance, group, file + " stance");
        if (!kinds.is_object()) throw std::runtime_error(file + " stance." + group + ": not an object of kinds");
        for (const auto& [kind, phrases] : kinds.items()) {
            const auto detail = static_cast<std::uint8_t>(stance_kinds_.size());
            stance_kinds_.push_back(kind);
            for_each_string(phrases, file + " stance." + group + "." + kind, [&](const std::string& p) { add(p, cue, detail); });
        }
    }
    for_each_string(member(stance, "friendly_idioms", file + " stance"), file + " stance.friendly_idioms",
                    [&](const std::string& p) { add(p, Cue::friendly_idiom); });
    phrases_.build();
}

std::vector<CueHit> SentenceCues::find(const AnalysedText& text) const {
    std::vector<CueHit> hits;
    phrases_.scan(text, [&](TokenPhrases::PatternId pattern, std::size_t first, std::size_t last) {
        for (const Tag& tag : tags_[pattern])
            hits.push_back({static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last), tag.cue, tag.detail});
    });
    std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) {
        if (a.first != b.first) return a.first < b.first;
        return a.last > b.last;
    });
    return hits;
}

const SentenceCues& sentence_cues(std::string_view locale) {
    return per_language<SentenceCues>(locale, [](const std::string& language) { return std::make_unique<SentenceCues>(language); });
}

}  // namespace replycheck
