#include "channel/x_emoji.h"

#include <algorithm>
#include <cstdint>

#include "channel/x_text_data.h"

namespace replycheck::x_emoji {
namespace {

constexpr char16_t text_style_selector = 0xFE0E;

// A trie over code points of every sequence twemoji-parser's regex can match. A node remembers
// the earliest (highest-priority) sequence ending there, separately for sequences that only
// count when no U+FE0E follows.
class EmojiTrie {
public:
    EmojiTrie() : nodes_(1) {
        const std::uint32_t* word = x_data::emoji_sequences;
        const std::uint32_t* end = word + x_data::emoji_sequences_size;
        for (std::uint32_t priority = 0; word < end; ++priority) {
            const std::uint32_t header = *word++;
            const std::uint32_t length = header & 0xFF;
            if (std::all_of(word, word + length, [](std::uint32_t cp) { return cp < 0x80; })) ascii_sequence_ = true;
            std::uint32_t node = 0;
            const char32_t first = static_cast<char32_t>(*word);
            first_units_[first >= 0x10000 ? 0xD800 + ((first - 0x10000) >> 10) : first] = true;
            for (std::uint32_t k = 0; k < length; ++k) node = child_or_new(node, static_cast<char32_t>(*word++));
            auto& slot = (header & x_data::emoji_not_before_fe0e) ? nodes_[node].before_anything_but_fe0e
                                                                   : nodes_[node].always;
            slot = std::min(slot, priority);
        }
    }

    // Whether some sequence is spelt in ASCII alone; if not, ASCII text holds no emoji.
    bool has_ascii_sequence() const { return ascii_sequence_; }

    // UTF-16 length of the match at text[pos...], or 0.
    std::size_t match(std::u16string_view text, std::size_t pos) const {
        if (!first_units_[text[pos]]) return 0;
        std::uint32_t node = 0;
        std::uint32_t best_priority = UINT32_MAX;
        std::size_t best_length = 0;
        std::size_t i = pos;
        while (i < text.size()) {
            char32_t cp = text[i];
            std::size_t units = 1;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < text.size() && (text[i + 1] & 0xFC00) == 0xDC00) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                units = 2;
            }
            node = child(node, cp);
            if (node == 0) break;
            i += units;
            const Node& n = nodes_[node];
            const bool fe0e_follows = i < text.size() && text[i] == text_style_selector;
            std::uint32_t p = n.always;
            if (!fe0e_follows) p = std::min(p, n.before_anything_but_fe0e);
            if (p < best_priority) {
                best_priority = p;
                best_length = i - pos;
            }
        }
        return best_length;
    }

private:
    struct Node {
        std::vector<std::pair<char32_t, std::uint32_t>> children;  // sorted by code point
        std::uint32_t always = UINT32_MAX;
        std::uint32_t before_anything_but_fe0e = UINT32_MAX;
    };

    std::uint32_t child(std::uint32_t node, char32_t cp) const {
        const auto& kids = nodes_[node].children;
        auto it = std::lower_bound(kids.begin(), kids.end(), cp, [](const auto& k, char32_t c) { return k.first < c; });
        return it != kids.end() && it->first == cp ? it->second : 0;
    }

    std::uint32_t child_or_new(std::uint32_t node, char32_t cp) {
        if (std::uint32_t existing = child(node, cp)) return existing;
        const auto id = static_cast<std::uint32_t>(nodes_.size());
        auto& kids = nodes_[node].children;
        kids.insert(std::lower_bound(kids.begin(), kids.end(), cp, [](const auto& k, char32_t c) { return k.first < c; }),
                    {cp, id});
        nodes_.emplace_back();
        return id;
    }

    std::vector<Node> nodes_;
    std::vector<bool> first_units_ = std::vector<bool>(65536);  // UTF-16 units that start a sequence
    bool ascii_sequence_ = false;
};

const EmojiTrie& trie() {
    static const EmojiTrie t;
    return t;
}

}  // namespace

bool ascii_can_hold_emoji() { return trie().has_ascii_sequence(); }

std::vector<EmojiEntity> find_emoji(std::u16string_view text) {
    std::vector<EmojiEntity> found;
    const EmojiTrie& t = trie();
    if (!t.has_ascii_sequence() && std::all_of(text.begin(), text.end(), [](char16_t u) { return u < 0x80; }))
        return found;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = t.match(text, i);
        if (length > 0) {
            found.push_back({i, length});
            i += length;
        } else {
            ++i;  // as the regex does: a low surrogate never starts a match, so this is safe
        }
    }
    return found;
}

}  // namespace replycheck::x_emoji
