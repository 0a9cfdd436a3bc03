// What ICU 72 does with ASCII, and why mirroring it here is safe.
//
// ICU's root word rules (data/brkitr/rules/word.txt) are UAX #29's word rules (Unicode 15) with
// two CLDR 42 tailorings that matter for ASCII: '@' is ALetter (e-mail addresses and @handles
// stay whole) and ':' is not MidLetter ("6:40pm" breaks at the colon). Restricted to ASCII, the
// Word_Break classes are
//   ALetter A-Z a-z @     Numeric 0-9     MidNumLet .     MidNum , ;     Single_Quote '
//   ExtendNumLet _        WSegSpace SP    CR, LF          Newline VT FF  Other: the rest
// (Double_Quote " only joins Hebrew letters, so it acts as Other). No ASCII character is Extend,
// Format, ZWJ, Extended_Pictographic, Regional_Indicator, Katakana, Hebrew_Letter or one of the
// dictionary scripts, so WB3c, WB4, WB7a-c, WB13, WB15-17 and ICU's dictionary engines never
// apply, and these remain:
//   WB3  CR x LF;  WB3a/3b break around CR, LF, Newline;  WB3d  SP x SP
//   WB5  L x L;  WB6/7  L x (MidNumLet | ') L  and  L (MidNumLet | ') x L
//   WB8  N x N;  WB9  L x N;  WB10  N x L
//   WB11/12  N x (MidNum | MidNumLet | ') N  and  N (MidNum | MidNumLet | ') x N
//   WB13a  (L | N | _) x _;  WB13b  _ x (L | N);  WB999  break everywhere else
// ICU applies them by longest match with rule chaining, which for these pair rules gives the same
// boundaries as UAX #29's pairwise reading.
//
// ICU's rule status is the largest tag among the rules that end at the segment's last character:
// "$Numeric {100}" and "$ALetter {200}" end at every digit and letter of a word (chaining starts
// them anew there), the pair rules 5-12 have no tag, and WB13a tags by what precedes the '_':
// {200} after a letter or '_', {100} after a digit. So a word's status follows its last character:
// letter 200 (UBRK_WORD_LETTER), digit 100 (UBRK_WORD_NUMBER), '_' by the character before it,
// anything else 0 (UBRK_WORD_NONE).
//
// ICU's root sentence rules (sent.txt) are UAX #29's sentence rules. ASCII Sentence_Break classes:
//   Upper A-Z   Lower a-z   Numeric 0-9   ATerm .   STerm ! ?   Close " ' ( ) [ ] { }
//   SContinue , - :   Sp HT VT FF SP   CR, LF   Other: the rest (';' too)
// No ASCII character is OLetter, Sep, Format or Extend (SB5 never applies), leaving
//   SB3  CR x LF;  SB4  break after CR and LF
//   SB6  ATerm x Numeric;  SB7  (Upper | Lower) ATerm x Upper
//   SB8  ATerm Close* Sp* x (not (Upper | Lower | ParaSep | SATerm))* Lower
//   SB8a SATerm Close* Sp* x (SContinue | SATerm)
//   SB9/10  no break inside SATerm Close* Sp* ParaSep?;  SB11  break after it;  SB998 no break
//
// Whether a locale uses exactly these rules is asked of ICU (breaks::uses_root_rules), so a
// locale with its own tailoring never takes this path; non-ASCII text never does either.
#include "text/ascii_segments.h"

#include <array>
#include <cstring>
#include <string>

namespace replycheck::ascii_segments {
namespace {

enum class Word : std::uint8_t {
    other, letter, digit, mid_num_let, mid_num, single_quote, extend_num_let, space, cr, lf, newline
};

enum class Sentence : std::uint8_t { other, upper, lower, digit, aterm, sterm, close, scontinue, sp, cr, lf };

constexpr std::array<Word, 128> word_classes() {
    std::array<Word, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = Word::letter;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = Word::letter;
    t['@'] = Word::letter;
    for (int c = '0'; c <= '9'; ++c) t[c] = Word::digit;
    t['.'] = Word::mid_num_let;
    t[','] = t[';'] = Word::mid_num;
    t['\''] = Word::single_quote;
    t['_'] = Word::extend_num_let;
    t[' '] = Word::space;
    t['\r'] = Word::cr;
    t['\n'] = Word::lf;
    t['\v'] = t['\f'] = Word::newline;
    return t;
}

constexpr std::array<Sentence, 128> sentence_classes() {
    std::array<Sentence, 128> t{};
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = Sentence::upper;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = Sentence::lower;
    for (int c = '0'; c <= '9'; ++c) t[c] = Sentence::digit;
    t['.'] = Sentence::aterm;
    t['!'] = t['?'] = Sentence::sterm;
    for (char c : {'"', '\'', '(', ')', '[', ']', '{', '}'}) t[static_cast<unsigned char>(c)] = Sentence::close;
    t[','] = t['-'] = t[':'] = Sentence::scontinue;
    t['\t'] = t['\v'] = t['\f'] = t[' '] = Sentence::sp;
    t['\r'] = Sentence::cr;
    t['\n'] = Sentence::lf;
    return t;
}

constexpr auto kWord = word_classes();
constexpr auto kSentence = sentence_classes();

Word word_class(std::string_view text, std::size_t i) {
    return i < text.size() ? kWord[static_cast<unsigned char>(text[i])] : Word::other;
}

Sentence sentence_class(std::string_view text, std::size_t i) {
    return i < text.size() ? kSentence[static_cast<unsigned char>(text[i])] : Sentence::other;
}

constexpr bool is_word_part(Word w) { return w == Word::letter || w == Word::digit || w == Word::extend_num_let; }

constexpr std::array<bool, 128> word_parts() {
    std::array<bool, 128> t{};
    for (std::size_t c = 0; c < 128; ++c) t[c] = is_word_part(kWord[c]);
    return t;
}

constexpr auto kWordPart = word_parts();

// End of the word that starts at `start` with a letter, digit or '_'.
std::size_t word_end(std::string_view text, std::size_t start) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = start + 1;
    for (;;) {
        // WB5, WB8-WB10 join letters and digits; WB13a/b join '_' to both.
        while (i < n && kWordPart[p[i]]) ++i;
        if (i + 1 >= n) return i;
        // p[i] may join the word only between two letters or two digits; p[i - 1] is in the word.
        const Word w = kWord[p[i]];
        const Word last = kWord[p[i - 1]];
        const Word after = kWord[p[i + 1]];
        const bool letters_around = last == Word::letter && after == Word::letter &&
                                    (w == Word::mid_num_let || w == Word::single_quote);  // WB6/7
        const bool digits_around = last == Word::digit && after == Word::digit &&
                                   (w == Word::mid_num_let || w == Word::single_quote || w == Word::mid_num);  // WB11/12
        if (!letters_around && !digits_around) return i;
        i += 2;
    }
}

std::int32_t word_status(std::string_view text, std::size_t start, std::size_t end) {
    switch (word_class(text, end - 1)) {
        case Word::letter:
            return UBRK_WORD_LETTER;
        case Word::digit:
            return UBRK_WORD_NUMBER;
        case Word::extend_num_let:
            if (end - start == 1) return UBRK_WORD_NONE;
            return word_class(text, end - 2) == Word::digit ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
        default:
            return UBRK_WORD_NONE;
    }
}

constexpr bool is_para_sep(Sentence s) { return s == Sentence::cr || s == Sentence::lf; }
constexpr bool is_term(Sentence s) { return s == Sentence::aterm || s == Sentence::sterm; }

// Characters after which a sentence may end (SB4, SB11); everything else is SB998's no-break.
constexpr std::array<bool, 128> sentence_stops() {
    std::array<bool, 128> t{};
    for (std::size_t c = 0; c < 128; ++c) t[c] = is_para_sep(kSentence[c]) || is_term(kSentence[c]);
    return t;
}

constexpr auto kSentenceStop = sentence_stops();

// SB8's look-ahead from `i`: skipping what is neither a letter, a separator nor a terminator, is
// the next character a lower-case letter?
bool lower_follows(std::string_view text, std::size_t i) {
    for (; i < text.size(); ++i) {
        const Sentence s = sentence_class(text, i);
        if (s == Sentence::lower) return true;
        if (s == Sentence::upper || is_para_sep(s) || is_term(s)) return false;
    }
    return false;
}

}  // namespace

bool mirrors_icu_rules_for(const char* locale) {
    struct Known {
        std::string locale;
        bool mirrored;
    };
    // A handful of locales per process at most; the answer depends only on ICU's data.
    thread_local std::vector<Known> known;
    for (const Known& k : known)
        if (k.locale == locale) return k.mirrored;
    const bool mirrored = breaks::uses_root_rules(UBRK_WORD, locale) && breaks::uses_root_rules(UBRK_SENTENCE, locale);
    known.push_back({locale, mirrored});
    return mirrored;
}

bool WordSegments::next(breaks::WordSegment& out) {
    const std::string_view text = text_;
    std::size_t i = pos_;
    if (i >= text.size()) return false;
    const std::size_t start = i;
    switch (word_class(text, i)) {
        case Word::letter:
        case Word::digit:
        case Word::extend_num_let:
            i = word_end(text, i);
            break;
        case Word::space:  // WB3d
            while (i < text.size() && word_class(text, i) == Word::space) ++i;
            break;
        case Word::cr:  // WB3
            i += word_class(text, i + 1) == Word::lf ? 2 : 1;
            break;
        default:
            ++i;
    }
    pos_ = i;
    out = {static_cast<std::uint32_t>(i), word_status(text, start, i)};
    return true;
}

std::vector<breaks::WordSegment> word_segments(std::string_view text) {
    std::vector<breaks::WordSegment> out;
    WordSegments segments(text);
    for (breaks::WordSegment s; segments.next(s);) out.push_back(s);
    return out;
}

void sentence_boundaries(std::string_view text, std::vector<std::uint32_t>& out) {
    out.clear();
    out.push_back(0);
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    for (;;) {
        while (i < n && !kSentenceStop[p[i]]) ++i;
        if (i >= n) break;
        const Sentence s = kSentence[p[i]];
        if (is_para_sep(s)) {  // SB3, SB4
            i += s == Sentence::cr && sentence_class(text, i + 1) == Sentence::lf ? 2 : 1;
            if (i < n) out.push_back(static_cast<std::uint32_t>(i));
            continue;
        }
        const std::size_t term = i;
        std::size_t j = i + 1;
        while (sentence_class(text, j) == Sentence::close) ++j;  // SB9
        while (sentence_class(text, j) == Sentence::sp) ++j;     // SB10
        if (j >= n) break;
        const Sentence next = sentence_class(text, j);
        if (is_para_sep(next)) {  // SB9/10 keep one separator, SB11 breaks after it
            j += next == Sentence::cr && sentence_class(text, j + 1) == Sentence::lf ? 2 : 1;
            if (j < n) out.push_back(static_cast<std::uint32_t>(j));
            i = j;
            continue;
        }
        bool joined = next == Sentence::scontinue || is_term(next);  // SB8a
        if (s == Sentence::aterm) {
            const Sentence before = term > 0 ? sentence_class(text, term - 1) : Sentence::other;
            const bool adjacent = j == term + 1;
            if (adjacent && next == Sentence::digit) joined = true;  // SB6
            if (adjacent && next == Sentence::upper && (before == Sentence::upper || before == Sentence::lower))
                joined = true;  // SB7
            if (lower_follows(text, j)) joined = true;  // SB8
        }
        if (!joined) out.push_back(static_cast<std::uint32_t>(j));  // SB11
        i = j;
    }
    if (n > 0) out.push_back(static_cast<std::uint32_t>(n));
}

}  // namespace replycheck::ascii_segments
