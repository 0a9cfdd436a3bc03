#include "analysis/entity_cues.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "analysis/locale_data.h"

namespace replycheck::entity_detail {
namespace {

using nlohmann::json;

// Reads the entity data of one locale, naming the file and field in every error.
class Reader {
public:
    Reader(std::string_view locale) : locale_(locale), doc_(locale_json(locale, "entities")) {}

    const json& at(std::string_view section, std::string_view field) const {
        const json* node = &doc_;
        if (!section.empty()) {
            auto s = doc_.find(std::string(section));
            if (s == doc_.end() || !s->is_object()) fail(section, "is missing or not an object");
            node = &*s;
        }
        auto f = node->find(std::string(field));
        if (f == node->end()) fail(std::string(section) + "." + std::string(field), "is missing");
        return *f;
    }

    std::vector<std::string> strings(std::string_view section, std::string_view field) const {
        const json& list = at(section, field);
        const std::string where = std::string(section) + "." + std::string(field);
        if (!list.is_array()) fail(where, "must be a list of strings");
        std::vector<std::string> out;
        for (const json& item : list) {
            if (!item.is_string() || item.get_ref<const std::string&>().empty())
                fail(where, "must hold only non-empty strings");
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    std::size_t count(std::string_view section, std::string_view field) const {
        const json& n = at(section, field);
        if (!n.is_number_unsigned() || n.get<std::size_t>() > 64)
            fail(std::string(section) + "." + std::string(field), "must be a whole number from 0 to 64");
        return n.get<std::size_t>();
    }

    CueList cues(std::string_view section, std::string_view field) const {
        CueList list;
        const std::string locale(locale_);
        for (std::string phrase : strings(section, field)) {
            const bool opens = phrase.front() == '^';
            if (opens) phrase.erase(0, 1);
            list.add(AnalysedText(phrase, locale.c_str()), opens);
            // Agents type either apostrophe; the cue data is written with the plain one.
            std::string curly;
            for (char c : phrase) {
                if (c == '\'') curly += "\u2019";
                else curly += c;
            }
            if (curly != phrase) list.add(AnalysedText(curly, locale.c_str()), opens);
        }
        return list;
    }

    WordList words(std::string_view section, std::string_view field) const {
        WordList list;
        for (const std::string& w : strings(section, field)) list.add(fold(w));
        return list;
    }

    OwnerCues owners(std::string_view section) const { return {cues(section, "brand_cues"), cues(section, "customer_cues")}; }

    [[noreturn]] void fail(std::string_view where, std::string_view why) const {
        throw std::runtime_error("templates/locales/" + locale_ + "/entities.json: " + std::string(where) + " " +
                                 std::string(why));
    }

    const std::string locale_;

private:
    const json& doc_;
};

std::vector<std::string> digit_strings(const Reader& r, std::string_view section, std::string_view field) {
    std::vector<std::string> out = r.strings(section, field);
    for (const std::string& s : out)
        if (!std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
            r.fail(std::string(section) + "." + std::string(field), "must hold digit strings, not \"" + s + "\"");
    return out;
}

std::vector<PrefixRange> prefix_ranges(const Reader& r) {
    std::vector<PrefixRange> out;
    for (const std::string& s : r.strings("card", "issuer_prefixes")) {
        const std::size_t dash = s.find('-');
        const std::string low = s.substr(0, dash);
        const std::string high = dash == std::string::npos ? low : s.substr(dash + 1);
        const auto digits = [](const std::string& d) {
            return !d.empty() && d.size() <= 6 && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
        };
        if (!digits(low) || !digits(high) || low.size() != high.size() || std::stoul(low) > std::stoul(high))
            r.fail("card.issuer_prefixes", "entry \"" + s + "\" must be digits or a range like 51-55");
        out.push_back({static_cast<std::uint32_t>(std::stoul(low)), static_cast<std::uint32_t>(std::stoul(high)),
                       static_cast<std::uint32_t>(low.size())});
    }
    return out;
}

std::unique_ptr<EntityCues> compile(std::string_view locale) {
    const Reader r(locale);
    auto c = std::make_unique<EntityCues>();
    c->window = r.count("", "cue_window");
    c->phone = r.owners("phone");
    c->phone_brand_prefixes = digit_strings(r, "phone", "brand_prefixes");
    c->email = r.owners("email");
    c->spelled_at = r.words("email", "spelled_at");
    c->spelled_dot = r.words("email", "spelled_dot");
    for (const std::string& dot : r.strings("email", "spelled_dot")) c->spelled_dot_spaced.push_back(" " + dot + " ");
    c->spelled_tlds = r.words("email", "spelled_tlds");
    c->place = r.owners("place");
    c->street_words = r.words("place", "street_words");
    c->street_words_first = r.words("place", "street_words_first");
    c->unit_words = r.words("place", "unit_words");
    c->zip_cues = r.cues("place", "zip_cues");
    c->us_states = r.strings("place", "us_states");
    c->card_cues = r.cues("card", "cues");
    c->card_tail_cues = r.cues("card", "tail_cues");
    c->issuer_prefixes = prefix_ranges(r);
    c->months = r.words("date", "months");
    c->ordinal_suffixes = r.words("date", "ordinal_suffixes");
    c->day_month_joiners = r.words("date", "day_month_joiners");
    c->birth_cues = r.cues("date", "birth_cues");
    c->day_halves = r.words("time", "day_halves");
    c->price_symbols = r.strings("price", "symbols");
    c->price_codes = r.words("price", "codes");
    c->reference_cues = r.cues("reference", "cues");
    c->account_cues = r.cues("reference", "account_cues");
    c->reference_fillers = r.words("reference", "fillers");
    c->max_fillers = r.count("reference", "max_fillers");
    c->secret_cues = r.cues("secret", "cues");
    for (const CueList* list : {&c->reference_cues, &c->account_cues, &c->card_tail_cues, &c->secret_cues})
        c->cued_value_ends.add(list->last_words());
    return c;
}

}  // namespace

void CueList::add(const AnalysedText& phrase, bool opens_sentence) {
    std::vector<std::string> tokens;
    for (const Token& t : phrase.tokens()) tokens.push_back(t.folded);
    if (tokens.empty()) return;
    opens_sentence_.push_back(opens_sentence);
    filter_.add(tokens.back());
    auto& slot = by_last_[tokens.back()];
    slot.push_back(static_cast<std::uint32_t>(phrases_.size()));
    phrases_.push_back(std::move(tokens));
}

std::size_t CueList::longest_ending_at(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                       std::size_t opener) const {
    const std::string& end_word = tokens[last].folded;
    if (!filter_.may_contain(end_word)) return 0;
    const auto it = by_last_.find(end_word);
    if (it == by_last_.end()) return 0;
    std::size_t best = 0;
    for (const std::uint32_t index : it->second) {
        const auto& phrase = phrases_[index];
        const std::size_t n = phrase.size();
        if (n <= best || last + 1 < n + first) continue;
        const std::size_t from = last + 1 - n;
        if (opens_sentence_[index] && from != opener) continue;
        bool same = true;
        for (std::size_t k = 0; k + 1 < n && same; ++k) same = tokens[from + k].folded == phrase[k];
        if (same) best = n;
    }
    return best;
}

void WordList::add(std::string word) {
    filter_.add(word);
    words_.insert(std::lower_bound(words_.begin(), words_.end(), word), std::move(word));
}

bool WordList::contains(std::string_view folded) const {
    return filter_.may_contain(folded) && std::binary_search(words_.begin(), words_.end(), folded, std::less<>());
}

const EntityCues& entity_cues(std::string_view locale) {
    static std::mutex lock;
    static std::map<std::string, std::unique_ptr<EntityCues>, std::less<>> compiled;
    // The last locale asked for, so that a run over one pack takes no lock after the first draft.
    thread_local std::string last_locale;
    thread_local const EntityCues* last = nullptr;
    if (last != nullptr && locale == last_locale) return *last;
    const std::lock_guard guard(lock);
    auto it = compiled.find(locale);
    if (it == compiled.end()) it = compiled.emplace(std::string(locale), compile(locale)).first;
    last_locale = std::string(locale);
    last = it->second.get();
    return *last;
}

std::size_t token_at_or_after(const std::vector<Token>& tokens, std::uint32_t offset) {
    return static_cast<std::size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), offset, [](const Token& t, std::uint32_t o) { return t.start < o; }) -
        tokens.begin());
}

namespace {

// The tokens [first, end) to search for cues before byte `start`, and the sentence's opener: its
// first token after any @mentions.
struct CueRange {
    std::size_t first, end, opener;
};

CueRange cue_range(const AnalysedText& text, std::size_t window, std::uint32_t start) {
    const auto& tokens = text.tokens();
    const std::size_t end = token_at_or_after(tokens, start);
    const std::uint32_t sentence_start = text.sentences().empty() ? 0 : text.sentences()[text.sentence_of(start)].start;
    std::size_t opener = token_at_or_after(tokens, sentence_start);
    // A mention is one token ("@kev") or '@' and a touching word, depending on the segmenter.
    while (opener < end && text.slice(tokens[opener]).starts_with("@")) {
        const bool split = text.slice(tokens[opener]) == "@" && opener + 1 < end && tokens[opener].end == tokens[opener + 1].start;
        opener += split ? 2 : 1;
    }
    std::size_t first = end > window ? end - window : 0;
    while (first < end && tokens[first].start < sentence_start) ++first;
    return {first, end, opener};
}

}  // namespace

EntityOwner owner_by_cues(const AnalysedText& text, const OwnerCues& cues, std::size_t window, std::uint32_t start) {
    const auto [first, end, opener] = cue_range(text, window, start);
    const auto& tokens = text.tokens();
    for (std::size_t p = end; p > first; --p) {
        const std::size_t brand = cues.brand.longest_ending_at(tokens, first, p - 1, opener);
        const std::size_t customer = cues.customer.longest_ending_at(tokens, first, p - 1, opener);
        if (brand == 0 && customer == 0) continue;
        return customer >= brand ? EntityOwner::customer : EntityOwner::brand;
    }
    return EntityOwner::unknown;
}

bool cue_before(const AnalysedText& text, const CueList& cues, std::size_t window, std::uint32_t start) {
    const auto [first, end, opener] = cue_range(text, window, start);
    for (std::size_t p = end; p > first; --p)
        if (cues.longest_ending_at(text.tokens(), first, p - 1, opener) > 0) return true;
    return false;
}

}  // namespace replycheck::entity_detail
