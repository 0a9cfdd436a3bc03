// Scoring follows the shape of VADER (Hutto & Gilbert 2014): per-word valences adjusted by the
// words before them, then a normalised sum. The constants are VADER's published ones; the code,
// word lists and lexicon are ours.
#include "sentiment/sentiment.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "sentiment/lexicon.h"
#include "text/utf8.h"

namespace replycheck {
namespace {

constexpr double kNormalisationAlpha = 15.0;  // compound = s / sqrt(s^2 + alpha)
constexpr double kBoosterStep = 0.293;        // added (or taken) by a booster (or dampener)
constexpr double kCapsStep = 0.733;           // added by an ALL-CAPS word in mixed-case text
constexpr double kNegationScalar = -0.74;     // multiplies a negated valence
constexpr double kExclamationStep = 0.292;    // per '!', at most four count
constexpr double kQuestionStep = 0.18;        // per '?', when there are two or three
constexpr double kManyQuestions = 0.96;       // four or more '?'
constexpr double kBeforeButWeight = 0.5;
constexpr double kAfterButWeight = 1.5;
constexpr std::size_t kLookBack = 3;          // words before a sentiment word that can modify it
constexpr std::size_t kLongestPhrase = 4;     // words in the longest lexicon key

constexpr std::string_view kBoosters[] = {
    "very", "so", "extremely", "really", "absolutely", "totally", "completely", "incredibly",
    "super", "utterly", "seriously", "truly", "highly", "hugely", "especially", "exceptionally",
    "entirely", "fully", "most", "such", "too", "quite", "massively", "insanely", "ridiculously",
    "deeply", "terribly", "awfully", "majorly", "thoroughly", "unbelievably", "particularly",
    "remarkably", "way", "damn", "bloody", "freaking", "frickin", "fricking", "beyond"};

constexpr std::string_view kDampeners[] = {
    "slightly", "somewhat", "barely", "hardly", "kinda", "sorta", "mildly", "marginally",
    "partly", "occasionally", "fairly", "little", "bit", "scarcely", "rather"};

constexpr std::string_view kNegators[] = {
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot",
    "can't", "cant", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt",
    "wasn't", "wasnt", "aren't", "arent", "weren't", "werent", "won't", "wouldn't", "wouldnt",
    "shouldn't", "shouldnt", "couldn't", "couldnt", "haven't", "havent", "hasn't", "hasnt",
    "hadn't", "hadnt", "ain't", "aint", "without", "mustn't", "needn't", "nope", "nah"};

// Everything scoring needs to know about one key, so that a word costs one lookup however many
// roles it plays.
struct KeyInfo {
    double valence = 0.0;
    bool booster = false;
    bool dampener = false;
    bool negator = false;
    // A word-aligned proper prefix of a multi-word key ("thank", "thank you" for "thank you so
    // much"). A phrase can only continue past a key that is one, so most words stop after one
    // lookup instead of building and hashing all four candidate phrases.
    bool phrase_prefix = false;
};

const std::unordered_map<std::string_view, KeyInfo>& key_infos() {
    static const auto* map = [] {
        auto* m = new std::unordered_map<std::string_view, KeyInfo>();
        for (const auto& e : sentiment::lexicon()) {
            (*m)[e.key].valence = e.valence;
            for (std::size_t p = e.key.find(' '); p != std::string_view::npos; p = e.key.find(' ', p + 1))
                (*m)[e.key.substr(0, p)].phrase_prefix = true;
        }
        for (std::string_view w : kBoosters) (*m)[w].booster = true;
        for (std::string_view w : kDampeners) (*m)[w].dampener = true;
        for (std::string_view w : kNegators) (*m)[w].negator = true;
        return m;
    }();
    return *map;
}

const KeyInfo* key_info(std::string_view key) {
    const auto& map = key_infos();
    const auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}

// One scored position: a word, number, emoji or emoticon.
struct Unit {
    std::string_view borrowed;  // the token's own folded text, when that is the key
    std::string owned;          // else the key, built here
    bool owning = false;
    const KeyInfo* info = nullptr;
    bool shouted = false;
    std::size_t sentence = 0;

    // Folded, with typographic apostrophes made plain.
    std::string_view key() const { return owning ? std::string_view(owned) : borrowed; }
    bool is(bool KeyInfo::*role) const { return info != nullptr && info->*role; }
};

// Lexicon form of a folded token: typographic apostrophes made plain (phones type U+2019), emoji
// skin-tone modifiers dropped and letters typed three or more times in a row kept twice (no
// English word has a triple letter), so "don’t", "👍🏽" and "grrrrrr" find "don't", "👍" and "grr".
// Returns `folded` itself when nothing changes (the usual case), else the key built in `storage`.
std::string_view lexicon_key(std::string_view folded, std::string& storage) {
    const bool ascii = std::all_of(folded.begin(), folded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        // ASCII has neither curly apostrophes nor skin tones: only the repeated letters go.
        bool tripled = false;
        for (std::size_t k = 2; k < folded.size() && !tripled; ++k)
            tripled = folded[k] >= 'a' && folded[k] <= 'z' && folded[k] == folded[k - 1] && folded[k] == folded[k - 2];
        if (!tripled) return folded;
        storage.clear();
        for (char c : folded) {
            const std::size_t n = storage.size();
            if (c >= 'a' && c <= 'z' && n >= 2 && storage[n - 1] == c && storage[n - 2] == c) continue;
            storage += c;
        }
        return storage;
    }
    storage.clear();
    storage.reserve(folded.size());
    std::size_t i = 0;
    while (i < folded.size()) {
        const char32_t cp = next_code_point(folded, i);
        const std::size_t n = storage.size();
        const bool letter = (cp >= 'a' && cp <= 'z');
        if (letter && n >= 2 && storage[n - 1] == static_cast<char>(cp) && storage[n - 2] == static_cast<char>(cp)) continue;
        if (cp == 0x2019) storage += '\'';
        else if (cp < 0x1F3FB || cp > 0x1F3FF) append_utf8(storage, cp);
    }
    return storage;
}

bool has_letters_all_upper(std::string_view text) {
    int letters = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t cp = next_code_point(text, i);
        const bool upper = cp >= 'A' && cp <= 'Z';
        const bool lower = cp >= 'a' && cp <= 'z';
        if (lower) return false;
        if (upper) ++letters;
        else if (cp > 0x7F) return false;  // non-ASCII scripts: caps emphasis is an English habit
    }
    return letters >= 2;
}

double sign_of(double v) { return v < 0 ? -1.0 : 1.0; }

}  // namespace

double lexicon_valence(std::string_view folded) {
    const KeyInfo* info = key_info(folded);
    return info == nullptr ? 0.0 : info->valence;
}

SentimentScore score_sentiment(const AnalysedText& text) {
    std::vector<Unit> units;
    int exclamations = 0;
    int questions = 0;
    const auto& tokens = text.tokens();
    units.reserve(tokens.size());
    std::string scratch;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.kind != TokenKind::punctuation) {
            Unit& u = units.emplace_back();
            const std::string_view key = lexicon_key(t.folded, scratch);
            if (key.data() == t.folded.data()) {
                u.borrowed = key;
            } else {
                u.owned.assign(key);
                u.owning = true;
            }
            u.info = key_info(key);
            u.shouted = t.kind == TokenKind::word && has_letters_all_upper(text.slice(t));
            u.sentence = text.sentence_of(t.start);
            continue;
        }
        // Join touching punctuation so emoticons like ":-(" are seen whole.
        std::size_t j = i;
        while (j + 1 < tokens.size() && tokens[j + 1].kind == TokenKind::punctuation &&
               tokens[j + 1].start == tokens[j].end)
            ++j;
        std::string_view run = t.folded;
        if (j > i) {
            scratch.clear();
            for (std::size_t k = i; k <= j; ++k) scratch += tokens[k].folded;
            run = scratch;
        }
        for (char c : run) {
            if (c == '!') ++exclamations;
            if (c == '?') ++questions;
        }
        if (const KeyInfo* info = key_info(run); info != nullptr && info->valence != 0.0) {
            Unit& u = units.emplace_back();
            if (j > i) {
                u.owned.assign(run);
                u.owning = true;
            } else {
                u.borrowed = run;
            }
            u.info = info;
            u.sentence = text.sentence_of(t.start);
        }
        i = j;
    }

    std::size_t shouted = 0, words = 0;
    for (const auto& u : units) {
        const std::string_view key = u.key();
        if (!key.empty() && std::isalpha(static_cast<unsigned char>(key[0]))) ++words;
        if (u.shouted) ++shouted;
    }
    // Caps only mean emphasis when the rest of the post is not in caps too.
    const bool caps_emphasis = shouted > 0 && shouted < words;

    std::vector<double> scores(units.size(), 0.0);
    std::string key;
    std::size_t i = 0;
    while (i < units.size()) {
        const Unit& head = units[i];
        // Longest lexicon key starting here wins.
        double valence = head.info != nullptr ? head.info->valence : 0.0;
        std::size_t span = 1;
        if (head.is(&KeyInfo::phrase_prefix)) {
            key.assign(head.key());
            for (std::size_t n = 2; n <= kLongestPhrase && i + n <= units.size(); ++n) {
                key += ' ';
                key += units[i + n - 1].key();
                const KeyInfo* info = key_info(key);
                if (info == nullptr) break;
                if (info->valence != 0.0) {
                    valence = info->valence;
                    span = n;
                }
                if (!info->phrase_prefix) break;
            }
        }
        if (valence == 0.0 || head.is(&KeyInfo::booster)) {
            i += 1;
            continue;
        }
        if (caps_emphasis && head.shouted) valence += sign_of(valence) * kCapsStep;

        bool negated = false;
        for (std::size_t k = 1; k <= kLookBack && k <= i; ++k) {
            const Unit& before = units[i - k];
            if (before.sentence != head.sentence) break;
            const double decay = k == 1 ? 1.0 : (k == 2 ? 0.95 : 0.9);
            double step = 0.0;
            if (before.is(&KeyInfo::booster)) step = kBoosterStep;
            else if (before.is(&KeyInfo::dampener)) step = -kBoosterStep;
            if (step != 0.0 && caps_emphasis && before.shouted) step += kCapsStep;
            valence += sign_of(valence) * step * decay;
            if (before.is(&KeyInfo::negator)) negated = true;
        }
        if (negated) valence *= kNegationScalar;
        scores[i] = valence;
        i += span;
    }

    // "but" shifts weight to what follows it ("the crew were nice but the delay was awful").
    for (std::size_t b = 0; b < units.size(); ++b) {
        if (units[b].key() != "but") continue;
        for (std::size_t k = 0; k < units.size(); ++k) {
            if (k < b) scores[k] *= kBeforeButWeight;
            else if (k > b) scores[k] *= kAfterButWeight;
        }
        break;
    }

    double sum = 0.0, pos = 0.0, neg = 0.0, neu = 0.0;
    for (double s : scores) {
        sum += s;
        if (s > 0) pos += s + 1;
        else if (s < 0) neg += s - 1;
        else neu += 1;
    }
    double emphasis = std::min(exclamations, 4) * kExclamationStep;
    if (questions > 3) emphasis += kManyQuestions;
    else if (questions > 1) emphasis += questions * kQuestionStep;

    SentimentScore out;
    if (sum != 0.0) {
        sum += sign_of(sum) * emphasis;
        if (sum > 0) pos += emphasis;
        else neg -= emphasis;
        out.compound = std::clamp(sum / std::sqrt(sum * sum + kNormalisationAlpha), -1.0, 1.0);
    }
    const double total = pos + std::fabs(neg) + neu;
    if (total > 0) {
        out.pos = pos / total;
        out.neg = std::fabs(neg) / total;
        out.neu = neu / total;
    } else {
        out.neu = 1.0;
    }
    return out;
}

Mood mood_of(double compound) {
    if (compound <= kUpsetAtOrBelow) return Mood::upset;
    if (compound >= kHappyAtOrAbove) return Mood::happy;
    return Mood::neutral;
}

}  // namespace replycheck
