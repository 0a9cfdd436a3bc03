#include "analysis/word_classes.h"

#include "analysis/locale_data.h"

namespace replycheck {

WordClasses::WordClasses(std::string_view locale) {
    const nlohmann::json& doc = locale_json(locale, "word_classes");
    const auto by_tag = doc.find("majority_tag");
    if (by_tag == doc.end() || !by_tag->is_object()) return;
    for (const auto& [tag, forms] : by_tag->items()) {
        if (!forms.is_array()) continue;
        for (const nlohmann::json& form : forms)
            if (form.is_string()) tags_.emplace(form.get<std::string>(), tag);
    }
}

std::string_view WordClasses::usual_tag(std::string_view folded) const {
    const auto it = tags_.find(std::string(folded));
    return it == tags_.end() ? std::string_view() : std::string_view(it->second);
}

bool WordClasses::names_a_thing(std::string_view folded) const {
    if (listed(folded)) return false;
    if (folded.size() < 5 || !folded.ends_with("ed")) return true;
    const std::string stem(folded.substr(0, folded.size() - 2));
    const bool doubled = stem[stem.size() - 1] == stem[stem.size() - 2];
    return !listed(stem) && !listed(stem + "e") && !(doubled && listed(std::string_view(stem).substr(0, stem.size() - 1)));
}

bool WordClasses::function_word(std::string_view folded) const {
    const std::string_view tag = usual_tag(folded);
    for (const std::string_view closed : {"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"})
        if (tag == closed) return true;
    return false;
}

const WordClasses& word_classes(std::string_view locale) {
    return per_language<WordClasses>(locale, [](const std::string& language) { return std::make_unique<WordClasses>(language); });
}

}  // namespace replycheck
