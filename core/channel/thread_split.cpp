#include "channel/thread_split.h"

#include <unicode/ubrk.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "channel/channels.h"
#include "text/analysed_text.h"
#include "text/breaks.h"

namespace replycheck {
namespace {

// Sentence and line-break rules are the same for every language ReplyCheck drafts in; the locale
// only has to exist in the ICU data.
constexpr const char* break_locale = "en";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool starts_with_mention(std::string_view text, std::string_view mention) {
    if (mention.empty() || text.size() < mention.size()) return false;
    for (std::size_t i = 0; i < mention.size(); ++i) {
        char a = text[i], b = mention[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
        if (a != b) return false;
    }
    // "@acme" must not match the start of "@acmeHelp".
    return text.size() == mention.size() || is_space(text[mention.size()]) || text[mention.size()] == ',' ||
           text[mention.size()] == ':';
}

struct Range {
    std::uint32_t start, end;  // byte offsets into the body
};

class Splitter {
public:
    Splitter(std::string_view body, const ChannelSpec& spec, std::string mention)
        : body_(body), spec_(spec), mention_(std::move(mention)) {}

    std::string compose(std::string_view chunk, std::size_t part, std::size_t total) const {
        std::string text;
        if (!mention_.empty() && (part == 1 || spec_.mention_on_every_part)) text += mention_ + " ";
        text += trim(chunk);
        text += " " + std::to_string(part) + "/" + std::to_string(total);
        return text;
    }

    bool fits(Range r, std::size_t part, std::size_t total) const {
        return measure_length(compose(slice(r), part, total), spec_).fits;
    }

    // Pieces no part may cut through, each small enough for a part of its own where possible.
    std::vector<Range> atoms(std::size_t total) const {
        std::vector<Range> out;
        for (Range sentence : pieces(UBRK_SENTENCE, {0, static_cast<std::uint32_t>(body_.size())})) {
            if (fits_alone(sentence, total)) {
                out.push_back(sentence);
                continue;
            }
            for (Range word : word_pieces(sentence)) {
                if (fits_alone(word, total)) {
                    out.push_back(word);
                    continue;
                }
                for (Range g : graphemes(word)) out.push_back(g);
            }
        }
        return out;
    }

    // Greedy packing of atoms into parts numbered out of `total`; nothing if an atom cannot fit.
    std::optional<std::vector<Range>> pack(const std::vector<Range>& atoms, std::size_t total) const {
        std::vector<Range> parts;
        std::size_t i = 0;
        while (i < atoms.size()) {
            const std::size_t part = parts.size() + 1;
            Range current = atoms[i];
            if (!fits(current, part, total)) return std::nullopt;
            std::size_t j = i + 1;
            while (j < atoms.size() && fits({current.start, atoms[j].end}, part, total)) current.end = atoms[j++].end;
            if (!trim(slice(current)).empty()) parts.push_back(current);
            else if (!parts.empty()) parts.back().end = current.end;
            i = j;
        }
        return parts;
    }

    std::string_view slice(Range r) const { return body_.substr(r.start, r.end - r.start); }

private:
    bool fits_alone(Range r, std::size_t total) const { return fits(r, total, total) && fits(r, 1, total); }

    std::vector<Range> pieces(UBreakIteratorType type, Range within) const {
        std::vector<Range> out;
        const auto b = breaks::boundaries(type, slice(within), break_locale);
        for (std::size_t k = 1; k < b.size(); ++k) out.push_back({within.start + b[k - 1], within.start + b[k]});
        return out;
    }

    // Line-break opportunities are where a word may end a line, so each piece keeps its trailing
    // space and punctuation ("Hello, " rather than "Hello" + ", ").
    std::vector<Range> word_pieces(Range sentence) const { return pieces(UBRK_LINE, sentence); }

    std::vector<Range> graphemes(Range word) const {
        std::vector<Range> out;
        const auto b = grapheme_boundaries(slice(word), break_locale);
        for (std::size_t k = 1; k < b.size(); ++k) out.push_back({word.start + b[k - 1], word.start + b[k]});
        return out;
    }

    std::string_view body_;
    const ChannelSpec& spec_;
    std::string mention_;
};

}  // namespace

std::vector<std::string> split_thread(std::string_view draft, const ChannelSpec& spec, std::string_view handle) {
    std::string_view body = trim(draft);
    if (body.empty()) return {};
    while (!handle.empty() && handle.front() == '@') handle.remove_prefix(1);
    const std::string mention = handle.empty() ? std::string() : "@" + std::string(handle);
    if (measure_length(draft, spec).fits) return {std::string(draft)};
    if (starts_with_mention(body, mention)) {
        body.remove_prefix(mention.size());
        while (!body.empty() && (is_space(body.front()) || body.front() == ',' || body.front() == ':'))
            body.remove_prefix(1);
    }

    Splitter splitter(body, spec, mention);
    // The numbering's width depends on the number of parts: pack for a guessed total and retry
    // with a larger one while more parts come out. Fewer parts than guessed are fine: numbering
    // them "k/n" with the smaller n only shortens each part.
    std::size_t total = 2;
    for (;;) {
        const auto parts = splitter.pack(splitter.atoms(total), total);
        if (!parts) return {};  // not even one character fits next to the mention and numbering
        if (parts->size() <= total) {
            std::vector<std::string> out;
            for (std::size_t k = 0; k < parts->size(); ++k)
                out.push_back(splitter.compose(splitter.slice((*parts)[k]), k + 1, parts->size()));
            return out;
        }
        total = parts->size();
    }
}

}  // namespace replycheck
