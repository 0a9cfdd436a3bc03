#include "channel/thread_split.h"

#include <unicode/ubrk.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "channel/channels.h"
#include "channel/x_url.h"
#include "text/analysed_text.h"
#include "text/breaks.h"
#include "text/utf8.h"

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

std::size_t decimal_digits(std::size_t n) {
    std::size_t digits = 1;
    while (n >= 10) n /= 10, ++digits;
    return digits;
}

struct Range {
    std::uint32_t start, end;  // byte offsets into the body
};

class Splitter {
public:
    Splitter(std::string_view body, const ChannelSpec& spec, std::string mention)
        : body_(body),
          spec_(spec),
          mention_(std::move(mention)),
          counts_bytes_(counts_one_per_byte(body_, spec.counting) && counts_one_per_byte(mention_, spec.counting)) {
        if (is_ascii(body_) && !x_url::ascii_may_contain_url(body_)) return;
        // twitter-text's URLs, as byte ranges of the body (it searches NFC text; most text is).
        const Utf16OffsetMap map(body_);
        for (const auto& url : x_url::extract_urls(to_utf16(body_)))
            urls_.push_back({static_cast<std::uint32_t>(map.to_utf8(url.start)),
                             static_cast<std::uint32_t>(map.to_utf8(url.start + url.length))});
    }

    // Asked several times per part. Text that counts one per byte (most replies) needs no
    // measuring; other text is built in one reused buffer and measured.
    bool fits(Range r, std::size_t part, std::size_t total) const {
        if (counts_bytes_) {
            const bool mentioned = !mention_.empty() && (part == 1 || spec_.mention_on_every_part);
            const std::size_t size = (mentioned ? mention_.size() + 1 : 0) + trim(slice(r)).size() + 1 +
                                     decimal_digits(part) + 1 + decimal_digits(total);
            return size <= spec_.limit;
        }
        compose_into(scratch_, slice(r), part, total);
        return measure_length(scratch_, spec_).fits;
    }

    // Pieces no part may cut through, each small enough for a part of its own where possible.
    std::vector<Range> atoms(std::size_t total) const {
        std::vector<Range> out;
        for (Range sentence : whole_urls(pieces(UBRK_SENTENCE, {0, static_cast<std::uint32_t>(body_.size())}))) {
            if (fits_alone(sentence, total)) {
                out.push_back(sentence);
                continue;
            }
            for (Range word : whole_urls(word_pieces(sentence))) {
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
    void compose_into(std::string& text, std::string_view chunk, std::size_t part, std::size_t total) const {
        text.clear();
        if (!mention_.empty() && (part == 1 || spec_.mention_on_every_part)) text.append(mention_).append(1, ' ');
        text.append(trim(chunk)).append(1, ' ');
        append_decimal(text, part);
        text.append(1, '/');
        append_decimal(text, total);
    }

    // std::to_string allocates, and printf is slow in wasm; this is measured hundreds of times.
    static void append_decimal(std::string& text, std::size_t n) {
        char digits[20];
        std::size_t count = 0;
        do digits[count++] = static_cast<char>('0' + n % 10), n /= 10;
        while (n != 0);
        while (count > 0) text.append(1, digits[--count]);
    }

    // Sentence breaks inside a link ("…/article?language=en") are none: the pieces either side
    // are one.
    std::vector<Range> whole_urls(std::vector<Range> pieces) const {
        if (pieces.size() < 2 || urls_.empty()) return pieces;
        std::vector<Range> out;
        for (Range r : pieces) {
            const bool inside = !out.empty() && std::any_of(urls_.begin(), urls_.end(), [&](Range u) { return u.start < r.start && r.start < u.end; });
            if (inside) out.back().end = r.end;
            else out.push_back(r);
        }
        return out;
    }

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
    bool counts_bytes_;
    std::vector<Range> urls_;  // no part may cut through one
    mutable std::string scratch_;
};

}  // namespace

namespace {

std::string mention_of(std::string_view handle) {
    while (!handle.empty() && handle.front() == '@') handle.remove_prefix(1);
    return handle.empty() ? std::string() : std::string("@").append(handle);
}

// The texts of the posts (trimmed, without mention and numbering) of a draft that does not fit;
// nothing when not even one character fits beside the mention and numbering.
std::vector<std::string> split_texts(std::string_view draft, const ChannelSpec& spec, const std::string& mention) {
    std::string_view body = trim(draft);
    if (starts_with_mention(body, mention)) {
        body.remove_prefix(mention.size());
        while (!body.empty() && (is_space(body.front()) || body.front() == ',' || body.front() == ':'))
            body.remove_prefix(1);
    }

    Splitter splitter(body, spec, mention);
    // The numbering's width depends on the number of parts: pack for a guessed total and retry
    // with a larger one while more parts come out. Fewer parts than guessed are fine: numbering
    // them "k/n" with the smaller n only shortens each part. Whether a part fits depends on the
    // total only through its number of digits, so a retry is needed only when that grows.
    std::size_t total = 2;
    for (;;) {
        const auto parts = splitter.pack(splitter.atoms(total), total);
        if (!parts) return {};
        if (parts->size() <= total || decimal_digits(parts->size()) == decimal_digits(total)) {
            std::vector<std::string> out;
            for (const Range& part : *parts) out.emplace_back(trim(splitter.slice(part)));
            return out;
        }
        total = parts->size();
    }
}

}  // namespace

std::vector<std::string> split_thread(std::string_view draft, const ChannelSpec& spec, std::string_view handle) {
    if (trim(draft).empty()) return {};
    if (measure_length(draft, spec).fits) return {std::string(draft)};
    const std::vector<std::string> texts = split_texts(draft, spec, mention_of(handle));
    std::vector<std::string> out;
    for (std::size_t k = 0; k < texts.size(); ++k) out.push_back(thread_post(texts[k], k + 1, texts.size(), spec, handle));
    return out;
}

std::vector<std::string> split_thread_texts(std::string_view draft, const ChannelSpec& spec, std::string_view handle) {
    if (trim(draft).empty()) return {};
    if (measure_length(draft, spec).fits) return {std::string(draft)};
    return split_texts(draft, spec, mention_of(handle));
}

std::string thread_post(std::string_view text, std::size_t part, std::size_t total, const ChannelSpec& spec,
                        std::string_view handle) {
    const std::string mention = mention_of(handle);
    std::string post;
    if (!mention.empty() && (part == 1 || spec.mention_on_every_part)) post.append(mention).append(1, ' ');
    post.append(trim(text)).append(1, ' ').append(std::to_string(part)).append(1, '/').append(std::to_string(total));
    return post;
}

ThreadLength measure_thread(std::string_view draft, std::span<const std::uint32_t> starts, const ChannelSpec& spec,
                            std::string_view handle) {
    ThreadLength out;
    const std::string mention = mention_of(handle);
    bool over = false;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t begin = std::min<std::size_t>(starts[k], draft.size());
        const std::size_t end = k + 1 < starts.size() ? std::clamp<std::size_t>(starts[k + 1], begin, draft.size()) : draft.size();
        const std::string_view chunk = draft.substr(begin, end - begin);
        const std::string post = thread_post(chunk, k + 1, starts.size(), spec, handle);
        LengthReport report = measure_length(post, spec);
        out.posts.push_back(report);
        if (over || (report.fits && report.count < out.worst.count)) continue;
        // Where the post stops fitting, as an offset into the draft: past the mention, inside the text.
        const std::size_t prefix = !mention.empty() && (k == 0 || spec.mention_on_every_part) ? mention.size() + 1 : 0;
        const std::string_view text = trim(chunk);
        const std::size_t leading = text.empty() ? 0 : static_cast<std::size_t>(text.data() - chunk.data());
        const std::size_t into = report.overflow_utf8 > prefix ? std::min(report.overflow_utf8 - prefix, text.size()) : 0;
        report.overflow_utf8 = static_cast<std::uint32_t>(report.fits ? draft.size() : begin + leading + into);
        report.overflow_utf16 = static_cast<std::uint32_t>(utf16_length(draft, report.overflow_utf8));
        out.worst = report;
        over = !report.fits;
    }
    if (out.posts.empty()) out.worst.limit = spec.limit;
    return out;
}

}  // namespace replycheck
