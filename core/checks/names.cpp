#include "checks/names.h"

#include <map>
#include <memory>
#include <mutex>

#include "analysis/locale_data.h"
#include "text/letter_case.h"

namespace replycheck::checks {
namespace {

// Formal name -> usual short forms. Both directions are tried.
constexpr std::pair<std::string_view, std::string_view> kNicknames[] = {
    {"william", "bill"}, {"william", "will"}, {"william", "liam"}, {"robert", "bob"},
    {"robert", "rob"}, {"robert", "bobby"}, {"richard", "rick"}, {"richard", "dick"},
    {"james", "jim"}, {"james", "jimmy"}, {"john", "jack"}, {"john", "johnny"},
    {"margaret", "maggie"}, {"margaret", "peggy"}, {"margaret", "meg"}, {"elizabeth", "liz"},
    {"elizabeth", "beth"}, {"elizabeth", "betty"}, {"elizabeth", "lizzie"}, {"katherine", "kate"},
    {"katherine", "katie"}, {"catherine", "kate"}, {"catherine", "cathy"}, {"michael", "mike"},
    {"michael", "mick"}, {"christopher", "chris"}, {"christine", "chris"}, {"alexander", "alex"},
    {"alexander", "sasha"}, {"alexandra", "alex"}, {"alexandra", "sasha"}, {"samuel", "sam"},
    {"samantha", "sam"}, {"daniel", "dan"}, {"daniel", "danny"}, {"david", "dave"},
    {"thomas", "tom"}, {"anthony", "tony"}, {"joseph", "joe"}, {"andrew", "andy"},
    {"andrew", "drew"}, {"nicholas", "nick"}, {"matthew", "matt"}, {"stephen", "steve"},
    {"steven", "steve"}, {"benjamin", "ben"}, {"edward", "ed"}, {"edward", "ted"},
    {"edward", "eddie"}, {"theodore", "ted"}, {"patrick", "pat"}, {"patricia", "pat"},
    {"patricia", "trish"}, {"susan", "sue"}, {"jennifer", "jen"}, {"jennifer", "jenny"},
    {"rebecca", "becky"}, {"nathan", "nate"}, {"nathaniel", "nate"}, {"zachary", "zach"},
    {"henry", "harry"}, {"henry", "hank"}, {"charles", "charlie"}, {"charles", "chuck"},
    {"francis", "frank"}, {"abigail", "abby"}, {"amanda", "mandy"}, {"jessica", "jess"},
    {"victoria", "vicky"}, {"natasha", "tash"}, {"natalie", "nat"}, {"gregory", "greg"},
    {"jonathan", "jon"}, {"timothy", "tim"}, {"kenneth", "ken"}, {"deborah", "debbie"},
    {"josephine", "jo"}, {"joanna", "jo"}, {"frederick", "fred"}, {"alfred", "alf"},
    {"lawrence", "larry"}, {"ronald", "ron"}, {"donald", "don"}, {"peter", "pete"},
    {"philip", "phil"}, {"raymond", "ray"}, {"leonard", "leo"}, {"isabel", "izzy"},
    {"ravindra", "ravi"}, {"mohammed", "mo"}, {"muhammad", "mo"}, {"mohammad", "mo"},
    {"katarzyna", "kasia"}, {"alejandro", "alex"}, {"oliver", "olly"},
    {"oliver", "ollie"}, {"katherine", "kat"}, {"catherine", "cat"}, {"jiwoo", "ji-woo"}, {"aleksandr", "sasha"}, {"giuseppe", "beppe"}, {"francesco", "cesco"},
};

NameCues::Words word_list(const nlohmann::json& doc, const char* key) {
    NameCues::Words words;
    for (const auto& w : doc.at(key)) {
        // Spelled the way match_words joins tokens: "sir/madam" is the tokens "sir", "/", "madam".
        std::string spaced;
        for (char c : fold(w.get<std::string>())) {
            if (c == '/') spaced += " / ";
            else spaced += c;
        }
        std::string word;
        for (char c : spaced)
            if (c != ' ' || (!word.empty() && word.back() != ' ')) word += c;
        while (!word.empty() && word.back() == ' ') word.pop_back();
        words.insert(std::move(word));
    }
    return words;
}

}  // namespace

const NameCues& name_cues(std::string_view locale) {
    return per_language<NameCues>(locale, [](const std::string& language) {
        const nlohmann::json& doc = locale_json(language, "names");
        auto cues = std::make_unique<NameCues>();
        cues->greetings = word_list(doc, "greetings");
        cues->role_nouns = word_list(doc, "role_nouns");
        cues->opener_adjectives = word_list(doc, "opener_adjectives");
        cues->form_openers = word_list(doc, "form_openers");
        cues->not_names = word_list(doc, "not_names");
        cues->placeholder_words = word_list(doc, "placeholder_words");
        cues->code_context = word_list(doc, "code_context");
        cues->interjections = word_list(doc, "interjections");
        cues->titles = word_list(doc, "titles");
        cues->sign_offs = word_list(doc, "sign_offs");
        cues->casual_greetings = word_list(doc, "casual_greetings");
        cues->swear_suffixes = word_list(doc, "swear_suffixes");
        return cues;
    });
}

std::size_t match_words(const AnalysedText& text, std::size_t first, const NameCues::Words& words,
                        std::size_t max_words) {
    const auto& tokens = text.tokens();
    std::string joined;
    std::size_t best = 0;
    std::size_t used = 0;
    for (std::size_t k = first; k < tokens.size() && used < max_words; ++k) {
        const std::string_view original = text.slice(tokens[k]);
        const bool word = tokens[k].kind == TokenKind::word;
        if (!word && original != "/") break;
        if (!joined.empty()) joined += ' ';
        joined += word ? tokens[k].folded : std::string(original);
        ++used;
        if (words.contains(joined)) best = k + 1 - first;
    }
    return best;
}

std::string first_name(const CheckRequest& r) {
    std::string name = r.customer_name;
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    return name.substr(0, name.find(' '));
}

std::vector<std::string> acceptable_names(const CheckRequest& r) {
    std::vector<std::string> names;
    std::string part;
    for (char c : r.customer_name + " ") {
        if (c == ' ' || c == '-') {
            if (!part.empty()) names.push_back(accent_key(part));
            part.clear();
        } else {
            part += c;
        }
    }
    if (!r.customer_handle.empty()) {
        std::string handle = r.customer_handle;
        if (handle.front() == '@') handle.erase(0, 1);
        if (!handle.empty()) names.push_back(accent_key(handle));
    }
    if (!names.empty() && !r.customer_name.empty()) {
        const std::string first = names.front();
        for (const auto& [formal, nick] : kNicknames) {
            if (first == formal) names.emplace_back(nick);
            if (first == nick) names.emplace_back(formal);
        }
    }
    return names;
}

const std::vector<std::string>& customer_names(const CheckContext& ctx) {
    if (!ctx.computed_customer_names) ctx.computed_customer_names = acceptable_names(ctx.request);
    return *ctx.computed_customer_names;
}

bool names_match(std::string_view word, const std::vector<std::string>& names) {
    const std::string key = accent_key(word);
    if (key.empty()) return false;
    for (const std::string& name : names) {
        if (name == key) return true;
        if (key.size() >= 3 && name.size() > key.size() && name.compare(0, key.size(), key) == 0) return true;
    }
    return false;
}

}  // namespace replycheck::checks
