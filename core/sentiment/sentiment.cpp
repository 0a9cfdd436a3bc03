// Scoring follows the shape of VADER (Hutto & Gilbert 2014): per-word valences adjusted by the
// words before them, then a normalised sum. The constants are VADER's published ones; the code,
// word lists and lexicon are ours.
#include "sentiment/sentiment.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

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

const std::unordered_map<std::string_view, double>& valences() {
    static const auto* map = [] {
        auto* m = new std::unordered_map<std::string_view, double>();
        for (const auto& e : sentiment::lexicon()) m->emplace(e.key, e.valence);
        return m;
    }();
    return *map;
}

// Every word-aligned proper prefix of a multi-word key ("thank", "thank you" for "thank you so
// much"). A phrase can only continue past a key that is one of these, so most words stop after
// one lookup instead of building and hashing all four candidate phrases.
const std::unordered_set<std::string_view>& phrase_prefixes() {
    static const auto* set = [] {
        auto* s = new std::unordered_set<std::string_view>();
        for (const auto& e : sentiment::lexicon())
            for (std::size_t p = e.key.find(' '); p != std::string_view::npos; p = e.key.find(' ', p + 1))
                s->insert(e.key.substr(0, p));
        return s;
    }();
    return *set;
}

const std::unordered_set<std::string_view>& boosters() {
    static const std::unordered_set<std::string_view> set{
        "very", "so", "extremely", "really", "absolutely", "totally", "completely", "incredibly",
        "super", "utterly", "seriously", "truly", "highly", "hugely", "especially", "exceptionally",
        "entirely", "fully", "most", "such", "too", "quite", "massively", "insanely", "ridiculously",
        "deeply", "terribly", "awfully", "majorly", "thoroughly", "unbelievably", "particularly",
        "remarkably", "way", "damn", "bloody", "freaking", "frickin", "fricking", "beyond"};
    return set;
}

const std::unordered_set<std::string_view>& dampeners() {
    static const std::unordered_set<std::string_view> set{
        "slightly", "somewhat", "barely", "hardly", "kinda", "sorta", "mildly", "marginally",
        "partly", "occasionally", "fairly", "little", "bit", "scarcely", "rather"};
    return set;
}

const std::unordered_set<std::string_view>& negators() {
    static const std::unordered_set<std::string_view> set{
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot",
        "can't", "cant", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt",
        "wasn't", "wasnt", "aren't", "arent", "weren't", "werent", "won't", "wouldn't", "wouldnt",
        "shouldn't", "shouldnt", "couldn't", "couldnt", "haven't", "havent", "hasn't", "hasnt",
        "hadn't", "hadnt", "ain't", "aint", "without", "mustn't", "needn't", "nope", "nah"};
    return set;
}

// One scored position: a word, number, emoji or emoticon.
struct Unit {
    std::string key;  // folded, with typographic apostrophes made plain
    bool shouted = false;
    std::size_t sentence = 0;
};

// Lexicon form of a folded token: typographic apostrophes made plain (phones type U+2019), emoji
// skin-tone modifiers dropped and letters typed three or more times in a row kept twice (no
// English word has a triple letter), so "don’t", "👍🏽" and "grrrrrr" find "don't", "👍" and "grr".
std::string lexicon_key(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    if (std::all_of(folded.begin(), folded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        // ASCII has neither curly apostrophes nor skin tones: only the repeated letters go.
        for (char c : folded) {
            const std::size_t n = out.size();
            if (c >= 'a' && c <= 'z' && n >= 2 && out[n - 1] == c && out[n - 2] == c) continue;
            out += c;
        }
        return out;
    }
    std::size_t i = 0;
    while (i < folded.size()) {
        const char32_t cp = next_code_point(folded, i);
        const std::size_t n = out.size();
        const bool letter = (cp >= 'a' && cp <= 'z');
        if (letter && n >= 2 && out[n - 1] == static_cast<char>(cp) && out[n - 2] == static_cast<char>(cp)) continue;
        if (cp == 0x2019) out += '\'';
        else if (cp < 0x1F3FB || cp > 0x1F3FF) append_utf8(out, cp);
    }
    return out;
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
    const auto& map = valences();
    auto it = map.find(folded);
    return it == map.end() ? 0.0 : it->second;
}

SentimentScore score_sentiment(const AnalysedText& text) {
    std::vector<Unit> units;
    int exclamations = 0;
    int questions = 0;
    const auto& tokens = text.tokens();
    units.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.kind != TokenKind::punctuation) {
            Unit u;
            u.key = lexicon_key(t.folded);
            u.shouted = t.kind == TokenKind::word && has_letters_all_upper(text.slice(t));
            u.sentence = text.sentence_of(t.start);
            units.push_back(std::move(u));
            continue;
        }
        // Join touching punctuation so emoticons like ":-(" are seen whole.
        std::string run = t.folded;
        std::size_t j = i;
        while (j + 1 < tokens.size() && tokens[j + 1].kind == TokenKind::punctuation &&
               tokens[j + 1].start == tokens[j].end)
            run += tokens[++j].folded;
        for (char c : run) {
            if (c == '!') ++exclamations;
            if (c == '?') ++questions;
        }
        if (lexicon_valence(run) != 0.0) {
            Unit u;
            u.key = run;
            u.sentence = text.sentence_of(t.start);
            units.push_back(std::move(u));
        }
        i = j;
    }

    std::size_t shouted = 0, words = 0;
    for (const auto& u : units) {
        if (!u.key.empty() && std::isalpha(static_cast<unsigned char>(u.key[0]))) ++words;
        if (u.shouted) ++shouted;
    }
    // Caps only mean emphasis when the rest of the post is not in caps too.
    const bool caps_emphasis = shouted > 0 && shouted < words;

    std::vector<double> scores(units.size(), 0.0);
    std::string key;
    std::size_t i = 0;
    while (i < units.size()) {
        // Longest lexicon key starting here wins.
        double valence = 0.0;
        std::size_t span = 1;
        key.clear();
        for (std::size_t n = 1; n <= kLongestPhrase && i + n <= units.size(); ++n) {
            if (n > 1) {
                if (phrase_prefixes().count(key) == 0) break;
                key += ' ';
            }
            key += units[i + n - 1].key;
            const double v = lexicon_valence(key);
            if (v != 0.0) {
                valence = v;
                span = n;
            }
        }
        const Unit& head = units[i];
        if (valence == 0.0 || boosters().count(head.key) != 0) {
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
            if (boosters().count(before.key) != 0) step = kBoosterStep;
            else if (dampeners().count(before.key) != 0) step = -kBoosterStep;
            if (step != 0.0 && caps_emphasis && before.shouted) step += kCapsStep;
            valence += sign_of(valence) * step * decay;
            if (negators().count(before.key) != 0) negated = true;
        }
        if (negated) valence *= kNegationScalar;
        scores[i] = valence;
        i += span;
    }

    // "but" shifts weight to what follows it ("the crew were nice but the delay was awful").
    for (std::size_t b = 0; b < units.size(); ++b) {
        if (units[b].key != "but") continue;
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
