// Leftover template variables, in every syntax a macro tool writes them: {first_name}, {{name}},
// ${name}, {0}, %NAME%, [[FIRST NAME]], [Agent Name], [insert link], <insert date>, <<Agent>>,
// __NAME__, $FIRSTNAME, a greeting to "NAME", "is TBC" (only possibly); and masks standing for a value: "XXXX", "####",
// "DD/MM", "£X,XXX.XX". Curly braces are never part of a social reply, so any {identifier}
// counts; other brackets only when what they hold looks like a variable (capitals, snake_case, or
// a word that names one: "name", "link", "insert"), so "[sic]", "[Ctrl]", "<3" and "<top right>"
// pass. A dataset's own anonymisation ("__email__", "@123456") is not a leftover, text inside a
// URL or handle is not prose, and a reply that explains template or code syntax ("in your theme
// use {{ product.title }}") quotes variables on purpose.
#include <algorithm>
#include <iterator>
#include <string>

#include "checks/checks.h"
#include "checks/names.h"

namespace replycheck::checks {
namespace {

constexpr std::size_t kMaxVariable = 40;

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Inside {…}: letters, digits, '_', '.', '-' and spaces, starting with a letter; or a position
// number ("{0}").
bool is_identifier(std::string_view s) {
    if (!s.empty() && std::all_of(s.begin(), s.end(), is_ascii_digit)) return s.size() <= 2;
    if (s.empty() || !(is_ascii_upper(s[0]) || is_ascii_lower(s[0]) || s[0] == '_')) return false;
    for (char c : s)
        if (!(is_ascii_upper(c) || is_ascii_lower(c) || is_ascii_digit(c) || c == '_' || c == '.' ||
              c == '-' || c == ' '))
            return false;
    return s.back() != ' ';
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
        if (c == '-' || c == '.') c = '_';
    }
    return out;
}

// `s` as the words of a variable name: "Customer First Name", "FIRST_NAME" -> "customer first name".
std::string variable_words(std::string_view s) {
    std::string out = lower_ascii(s);
    for (char& c : out)
        if (c == '_') c = ' ';
    return out;
}

// Whether the words of `s` name a variable: the whole ("first name"), its start ("insert link")
// or its end ("customer first name").
bool names_variable(std::string_view s, const NameCues& cues) {
    const std::string words = variable_words(s);
    if (cues.placeholder_words.contains(words)) return true;
    const std::size_t space = words.find(' ');
    if (space == std::string::npos) return false;
    if (cues.placeholder_words.contains(words.substr(0, space)) && words.compare(0, space, "insert") == 0) return true;
    for (std::size_t at = words.find(' '); at != std::string::npos; at = words.find(' ', at + 1))
        if (cues.placeholder_words.contains(words.substr(at + 1))) return true;
    return false;
}

// Inside […], <…>, %…%: CUSTOMER NAME, ORDER_NO, first_name, Agent Name, insert date.
bool looks_like_variable(std::string_view s, const NameCues& cues) {
    if (!is_identifier(s) || std::all_of(s.begin(), s.end(), is_ascii_digit)) return false;
    int upper = 0, lower = 0;
    bool underscore = false;
    for (char c : s) {
        upper += is_ascii_upper(c);
        lower += is_ascii_lower(c);
        underscore |= c == '_';
    }
    return (upper >= 2 && lower == 0) || underscore || names_variable(s, cues);
}

// A value the request already knows for a common variable name, or empty.
std::string known_value(const CheckRequest& r, std::string_view variable) {
    std::string v = lower_ascii(variable);
    std::replace(v.begin(), v.end(), ' ', '_');
    const std::string first_name = r.customer_name.substr(0, r.customer_name.find(' '));
    if (v == "name" || v == "first_name" || v == "firstname" || v == "customer_name" || v == "customer" ||
        v == "customer_first_name" || v == "fname" || v == "customer_firstname")
        return v == "customer_name" && !r.customer_name.empty() ? r.customer_name : first_name;
    if (v == "full_name") return r.customer_name;
    if (v == "handle" || v == "username" || v == "twitter_handle") {
        if (r.customer_handle.empty()) return {};
        return r.customer_handle[0] == '@' ? r.customer_handle : "@" + r.customer_handle;
    }
    if (v == "agent" || v == "agent_name" || v == "my_name" || v == "your_name" || v == "agent_first_name")
        return r.agent_name;
    if (v == "initials" || v == "agent_initials") return r.agent_initials;
    return {};
}

struct Leftover {
    std::size_t start = 0, end = 0;
    std::string variable;  // what it names, for the fix; empty for a mask
    Certainty certainty = Certainty::certain;
    const char* because = "";
};

class LeftoverFinder {
public:
    explicit LeftoverFinder(const CheckContext& ctx) : ctx_(ctx), text_(ctx.draft.text()), cues_(name_cues(ctx.pack.locale)) {}

    std::vector<Leftover> find() {
        std::size_t i = 0;
        while (i < text_.size()) i = step(i);
        find_greeted_variable();
        find_pending_values();
        return std::move(found_);
    }

private:
    // Looks for a leftover starting at byte `i`; returns where to look next.
    std::size_t step(std::size_t i) {
        const char c = text_[i];
        if (c == '{' || c == '[' || c == '<' || c == '%') return bracketed(i);
        if (c == '$' && i + 1 < text_.size() && text_[i + 1] == '{') return bracketed(i);
        if (c == '$') return dollar_word(i);
        if (c == '_' && i + 1 < text_.size() && text_[i + 1] == '_') return dunder(i);
        if (c == 'X' || c == 'x' || c == '#' || c == 'D' || c == 'H' || c == 'Y' || c == 'M') return mask(i);
        return i + 1;
    }

    bool at_word_edge(std::size_t at) const {
        return at >= text_.size() || !(is_ascii_upper(text_[at]) || is_ascii_lower(text_[at]) || is_ascii_digit(text_[at]));
    }

    std::size_t bracketed(std::size_t i) {
        std::size_t open_len = 1;
        char open = text_[i];
        if (open == '$') {
            open = '{';
            open_len = 2;
        }
        const char close = open == '{' ? '}' : open == '[' ? ']' : open == '<' ? '>' : '%';
        std::size_t doubled = 0;
        if (open != '%' && i + open_len < text_.size() && text_[i + open_len] == open) doubled = 1;
        const std::size_t inner = i + open_len + doubled;
        std::size_t j = inner;
        while (j < text_.size() && j - inner <= kMaxVariable && text_[j] != close && text_[j] != '\n') ++j;
        if (j >= text_.size() || text_[j] != close) return i + 1;
        std::string_view variable(text_.data() + inner, j - inner);
        while (!variable.empty() && variable.front() == ' ') variable.remove_prefix(1);
        while (!variable.empty() && variable.back() == ' ') variable.remove_suffix(1);
        const bool brace = open == '{';
        if (!(brace ? is_identifier(variable) : looks_like_variable(variable, cues_))) return i + 1;
        std::size_t end = j + 1;
        for (std::size_t k = 0; k < doubled && end < text_.size() && text_[end] == close; ++k) ++end;
        add({i, end, std::string(variable), Certainty::certain, "a template variable in brackets"});
        return end;
    }

    // "$FIRSTNAME": a shell-style variable, in capitals so that "$40" and "$ea" pass.
    std::size_t dollar_word(std::size_t i) {
        std::size_t j = i + 1;
        while (j < text_.size() && (is_ascii_upper(text_[j]) || text_[j] == '_')) ++j;
        if (j - i - 1 < 3 || !at_word_edge(j) || (i > 0 && !at_word_edge(i - 1))) return i + 1;
        add({i, j, std::string(text_, i + 1, j - i - 1), Certainty::certain, "a $VARIABLE in capitals"});
        return j;
    }

    // "__NAME__" is a leftover; "__email__" in small letters is a dataset's anonymisation.
    std::size_t dunder(std::size_t i) {
        std::size_t j = i + 2;
        while (j < text_.size() && (is_ascii_upper(text_[j]) || text_[j] == '_' || is_ascii_digit(text_[j]))) ++j;
        if (j < i + 5 || text_.compare(j - 2, 2, "__") != 0 || !is_ascii_upper(text_[i + 2])) return i + 2;
        if (j < text_.size() && is_ascii_lower(text_[j])) return j;
        add({i, j, std::string(text_, i + 2, j - i - 4), Certainty::certain, "a __VARIABLE__ in capitals"});
        return j;
    }

    // "XXXX", "####", "DD/MM", "HH:MM", "X,XXX.XX", "xx/xx/xxxx": a mask where a value belongs.
    // Groups of one repeated mask letter, joined by / : . , -; a lone group must be X or # three
    // times or more. "XXL", "Series X" and "#58213" are words, not masks.
    std::size_t mask(std::size_t i) {
        if (i > 0 && !at_word_edge(i - 1) && text_[i - 1] != '#') return i + 1;
        std::size_t j = i;
        int groups = 0;
        int mask_chars = 0;
        bool long_run = false;
        bool date_letters = false;
        while (j < text_.size()) {
            const char g = text_[j];
            const bool x = g == 'X' || g == 'x' || g == '#';
            if (!(x || g == 'D' || g == 'M' || g == 'Y' || g == 'H' || g == 'd' || g == 'm' || g == 'y')) break;
            std::size_t k = j;
            // "#XXXXX": the X class mixes X and #.
            auto same = [&](char c) { return x ? c == 'X' || c == '#' || (g == 'x' && c == 'x') : c == g; };
            while (k < text_.size() && same(text_[k])) ++k;
            if (!x && k - j < 2) break;
            date_letters |= !x;
            long_run |= x && k - j >= 3;
            mask_chars += static_cast<int>(k - j);
            ++groups;
            j = k;
            if (j + 1 < text_.size() && std::string_view("/:.,-").find(text_[j]) != std::string_view::npos &&
                !at_word_edge(j + 1))
                ++j;
            else
                break;
        }
        while (j > i && std::string_view("/:.,-").find(text_[j - 1]) != std::string_view::npos) --j;
        if (groups == 0 || !at_word_edge(j)) return i + 1;
        // "XXX-rated": the first half of a compound word.
        if (j + 1 < text_.size() && text_[j] == '-' && !at_word_edge(j + 1)) return j + 1;
        // A lone run must be capital X or #: "xxx" signs off with kisses.
        const bool lone = groups == 1 && long_run && !date_letters && text_[i] != 'x';
        const bool is_mask = lone || (groups >= 2 && mask_chars >= 3);
        if (!is_mask) return std::max(j, i + 1);
        add({i, j, {}, Certainty::likely, "a run of X, # or a date mask where a value belongs"});
        return j;
    }

    // "Hi NAME," / "Dear CUSTOMER": a greeting to a variable name in capitals.
    void find_greeted_variable() {
        const auto& tokens = ctx_.draft.tokens();
        for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
            if (tokens[k].kind != TokenKind::word || !cues_.greetings.contains(tokens[k].folded)) continue;
            const Token& next = tokens[k + 1];
            const std::string_view word = ctx_.draft.slice(next);
            if (next.kind != TokenKind::word || word.size() < 2) continue;
            if (!std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_upper(c) || c == '_'; })) continue;
            if (!cues_.placeholder_words.contains(variable_words(word)) && !cues_.placeholder_words.contains(next.folded)) continue;
            add({next.start, next.end, std::string(word), Certainty::certain, "a greeting to a variable name"});
        }
    }

    // "Your new date is TBC": a value the agent meant to look up, or a real "to be confirmed".
    // Only a suggestion, since both happen.
    void find_pending_values() {
        const auto& tokens = ctx_.draft.tokens();
        for (std::size_t k = 1; k < tokens.size(); ++k) {
            const std::string_view word = ctx_.draft.slice(tokens[k]);
            if (word != "TBC" && word != "TBD" && word != "TBA") continue;
            const std::string& before = tokens[k - 1].folded;
            if (before == "is" || before == "be" || before == "on" || before == "at" || before == ":" || before == "are")
                add({tokens[k].start, tokens[k].end, {}, Certainty::possible, "TBC or TBD where a value belongs"});
        }
    }

    // A mask inside a link the entity finders did not take for one ("shop.example/t/XXXX").
    bool in_link_text(std::size_t start, std::size_t end) const {
        while (start > 0 && text_[start - 1] != ' ' && text_[start - 1] != '\n') --start;
        while (end < text_.size() && text_[end] != ' ' && text_[end] != '\n') ++end;
        const std::string_view chunk(text_.data() + start, end - start);
        return chunk.find("://") != std::string_view::npos || chunk.find("www.") != std::string_view::npos ||
               chunk.find('@') != std::string_view::npos;
    }

    // Whether the sentence around byte `at` talks about templates or code; worked out for every
    // sentence on first use.
    bool explains_syntax(std::size_t at) {
        if (code_sentences_.empty()) {
            code_sentences_.assign(ctx_.draft.sentences().size() + 1, false);
            for (const Token& t : ctx_.draft.tokens())
                if (cues_.code_context.contains(t.folded)) code_sentences_[ctx_.draft.sentence_of(t.start)] = true;
        }
        const std::size_t sentence = ctx_.draft.sentence_of(static_cast<std::uint32_t>(at));
        return sentence < code_sentences_.size() && code_sentences_[sentence];
    }

    void add(Leftover l) {
        const auto s = static_cast<std::uint32_t>(l.start), e = static_cast<std::uint32_t>(l.end);
        // found_ stays sorted by start, so an overlap can only be with a neighbour.
        auto at = std::lower_bound(found_.begin(), found_.end(), l.start,
                                   [](const Leftover& f, std::size_t start) { return f.start < start; });
        if (at != found_.end() && at->start < l.end) return;
        if (at != found_.begin() && std::prev(at)->end > l.start) return;
        // Text in a URL, email or handle is not prose. A mask may look like another entity to the
        // finders ("#XXXXX" a hashtag, "ref XXXXXX" a reference) and still be a mask.
        if (ctx_.draft_entities().overlaps(s, e)) {
            if (l.certainty == Certainty::certain) return;
            for (std::uint32_t k = s; k < e; ++k)
                if (const Entity* entity = ctx_.draft_entities().at(k);
                    entity != nullptr && (entity->kind == EntityKind::url || entity->kind == EntityKind::email ||
                                          entity->kind == EntityKind::handle))
                    return;
        }
        if (explains_syntax(l.start)) return;
        if (l.certainty != Certainty::certain && in_link_text(l.start, l.end)) return;
        found_.insert(at, std::move(l));
    }

    const CheckContext& ctx_;
    const std::string& text_;
    const NameCues& cues_;
    std::vector<Leftover> found_;
    std::vector<bool> code_sentences_;
};

}  // namespace

void placeholder_unfilled(const CheckContext& ctx, Findings& out) {
    std::vector<Leftover> found = LeftoverFinder(ctx).find();
    std::sort(found.begin(), found.end(), [](const Leftover& a, const Leftover& b) { return a.start < b.start; });
    const std::string& text = ctx.draft.text();
    for (const Leftover& l : found) {
        const auto start = static_cast<std::uint32_t>(l.start), end = static_cast<std::uint32_t>(l.end);
        const std::string written(text, l.start, l.end - l.start);
        Finding f = make_finding(l.variable.empty()
                                     ? "“" + written + "” stands where a real value belongs; fill it in."
                                     : "“" + written + "” is a template variable that was never filled in.",
                                 start, end);
        f.because = l.because;
        f.certainty = l.certainty;
        if (std::string value = known_value(ctx.request, l.variable); !value.empty())
            f.suggestions.push_back(make_suggestion("Fill in “" + value + "”", value, start, end, true));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
