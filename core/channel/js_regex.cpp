#include "channel/js_regex.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <type_traits>

namespace replycheck::js_regex {
namespace {

const std::array<char16_t, 65536>& canonical_table() {
    static const auto table = [] {
        auto t = std::make_unique<std::array<char16_t, 65536>>();
        for (std::uint32_t u = 0; u < 65536; ++u) {
            const char16_t unit = static_cast<char16_t>(u);
            char16_t upper = unit;
            if (u < 128) {
                if (u >= 'a' && u <= 'z') upper = static_cast<char16_t>(u - 32);
            } else if ((u < 0xD800 || u > 0xDFFF) && u_hasBinaryProperty(static_cast<UChar32>(u), UCHAR_CHANGES_WHEN_UPPERCASED)) {
                // Full upper-casing (toUpperCase), not u_toupper's simple mapping: they differ for
                // units such as U+1FB3 whose upper case is two units, which JS leaves unchanged.
                UChar out[4];
                UErrorCode status = U_ZERO_ERROR;
                const int32_t n = u_strToUpper(out, 4, &unit, 1, "", &status);
                if (U_SUCCESS(status) && n == 1 && out[0] >= 128) upper = out[0];
            }
            (*t)[u] = upper;
        }
        return t;
    }();
    return *table;
}

bool test_bit(const std::vector<std::uint64_t>& bits, char16_t u) {
    return (bits[u >> 6] >> (u & 63)) & 1;
}
void set_bit(std::vector<std::uint64_t>& bits, char16_t u) { bits[u >> 6] |= std::uint64_t{1} << (u & 63); }

// A non-owning reference to "what to match next", so that backtracking needs no allocation.
class Continuation {
public:
    template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, Continuation>>>
    Continuation(const F& f)  // NOLINT: implicit by design
        : object_(&f), call_([](const void* o, std::size_t pos) { return (*static_cast<const F*>(o))(pos); }) {}
    bool operator()(std::size_t pos) const { return call_(object_, pos); }

private:
    const void* object_;
    bool (*call_)(const void*, std::size_t);
};

bool same_unit(const Node* n, char16_t u) {
    return u == n->unit || (n->ignore_case && canonicalize(u) == canonicalize(n->unit));
}

class Matcher {
public:
    Matcher(std::u16string_view text, std::vector<Span>& captures, Budget& budget)
        : text_(text), captures_(captures), budget_(budget) {}

    bool match(const Node* n, std::size_t pos, Continuation next) {
        if (budget_.exhausted || depth_ >= budget_.max_depth || budget_.steps_left == 0) {
            budget_.exhausted = true;
            return false;
        }
        --budget_.steps_left;
        ++depth_;
        const bool matched = step(n, pos, next);
        --depth_;
        return matched;
    }

private:
    bool step(const Node* n, std::size_t pos, Continuation next) {
        using K = Node::Kind;
        switch (n->kind) {
            case K::unit_set:
                return pos < text_.size() && n->set->contains(text_[pos]) && next(pos + 1);
            case K::unit:
                return pos < text_.size() && same_unit(n, text_[pos]) && next(pos + 1);
            case K::sequence:
                return sequence(n, 0, pos, next);
            case K::alternation:
                for (const Node* c : n->children)
                    if (match(c, pos, next)) return true;
                return false;
            case K::repeat:
                if (n->children[0]->kind == K::unit_set) return repeat_units(n, pos, next);
                return repeat(n, 0, pos, next);
            case K::capture: {
                const int g = n->group;
                const std::size_t start = pos;
                return match(n->children[0], pos, [&](std::size_t end) {
                    const Span saved = captures_[g];
                    captures_[g] = {static_cast<std::int32_t>(start), static_cast<std::int32_t>(end)};
                    if (next(end)) return true;
                    captures_[g] = saved;
                    return false;
                });
            }
            case K::input_start:
                return pos == 0 && next(pos);
            case K::input_end:
                return pos == text_.size() && next(pos);
            case K::lookahead:
                return match(n->children[0], pos, [](std::size_t) { return true; }) && next(pos);
            case K::literal_list: {
                std::uint32_t lengths[LiteralList::max_length];
                const std::size_t count = n->literals->find(text_, pos, lengths);
                for (std::size_t k = 0; k < count; ++k)
                    if (next(pos + lengths[k])) return true;
                return false;
            }
        }
        return false;
    }

    bool sequence(const Node* n, std::size_t i, std::size_t pos, Continuation next) {
        if (i == n->children.size()) return next(pos);
        if (i + 1 == n->children.size()) return match(n->children[i], pos, next);
        return match(n->children[i], pos, [&](std::size_t p) { return sequence(n, i + 1, p, next); });
    }

    // A repeated single class needs no recursion: count the run, then give back one at a time.
    bool repeat_units(const Node* n, std::size_t pos, Continuation next) {
        const UnitSet* set = n->children[0]->set;
        std::size_t count = 0;
        while (count < n->max && pos + count < text_.size() && set->contains(text_[pos + count])) ++count;
        if (count < n->min) return false;
        for (std::size_t c = count + 1; c-- > n->min;)
            if (next(pos + c)) return true;
        return false;
    }

    bool repeat(const Node* n, std::uint32_t done, std::size_t pos, Continuation next) {
        if (done < n->max) {
            const bool matched = match(n->children[0], pos, [&](std::size_t p) {
                // ECMAScript rejects an iteration that consumed nothing once the minimum is met.
                if (p == pos && done >= n->min) return false;
                return repeat(n, done + 1, p, next);
            });
            if (matched) return true;
        }
        return done >= n->min && next(pos);
    }

    std::u16string_view text_;
    std::vector<Span>& captures_;
    Budget& budget_;
    std::size_t depth_ = 0;
};

}  // namespace

char16_t canonicalize(char16_t unit) { return canonical_table()[unit]; }

UnitSet& UnitSet::add(char16_t first, char16_t last) {
    for (std::uint32_t u = first; u <= last; ++u) set_bit(raw_, static_cast<char16_t>(u));
    return *this;
}

UnitSet& UnitSet::add(std::u16string_view units) {
    for (char16_t u : units) add(u);
    return *this;
}

UnitSet& UnitSet::add(const UnitSet& other) {
    for (std::size_t i = 0; i < raw_.size() && i < other.raw_.size(); ++i) raw_[i] |= other.raw_[i];
    return *this;
}

void UnitSet::finish(bool ignore_case, bool negated) {
    bits_.assign(1024, 0);
    // Stored as the set of units that match, so contains() is one lookup: for ignore_case that
    // is every unit whose canonical form is the canonical form of some member.
    if (!ignore_case) {
        bits_ = raw_;
    } else {
        std::vector<std::uint64_t> canonical(1024);
        for (std::uint32_t word = 0; word < raw_.size(); ++word) {
            for (std::uint64_t bits = raw_[word]; bits != 0; bits &= bits - 1) {
                const auto u = static_cast<char16_t>(word * 64 + static_cast<std::uint32_t>(__builtin_ctzll(bits)));
                set_bit(canonical, canonicalize(u));
            }
        }
        for (std::uint32_t u = 0; u < 65536; ++u)
            if (test_bit(canonical, canonicalize(static_cast<char16_t>(u)))) set_bit(bits_, static_cast<char16_t>(u));
    }
    if (negated)
        for (auto& w : bits_) w = ~w;
    raw_ = {};
}


LiteralList::LiteralList(const std::vector<std::u16string>& literals, bool ignore_case)
    : nodes_(1), ignore_case_(ignore_case) {
    for (std::uint32_t index = 0; index < literals.size(); ++index) {
        if (literals[index].size() > max_length) throw std::length_error("js_regex literal too long");
        std::uint32_t node = 0;
        for (char16_t u : literals[index]) {
            const char16_t key = ignore_case ? canonicalize(u) : u;
            auto& kids = nodes_[node].children;
            auto it = std::lower_bound(kids.begin(), kids.end(), key,
                                       [](const auto& kid, char16_t k) { return kid.first < k; });
            if (it != kids.end() && it->first == key) {
                node = it->second;
            } else {
                const auto child = static_cast<std::uint32_t>(nodes_.size());
                kids.insert(it, {key, child});
                nodes_.emplace_back();
                node = child;
            }
        }
        nodes_[node].first_index = std::min(nodes_[node].first_index, index);
    }
}

std::size_t LiteralList::find(std::u16string_view text, std::size_t pos, std::uint32_t* lengths) const {
    std::pair<std::uint32_t, std::uint32_t> found[max_length];  // (list index, length)
    std::size_t count = 0;
    std::uint32_t node = 0;
    for (std::size_t i = pos; i < text.size() && i - pos < max_length; ++i) {
        const char16_t key = ignore_case_ ? canonicalize(text[i]) : text[i];
        const auto& kids = nodes_[node].children;
        auto it = std::lower_bound(kids.begin(), kids.end(), key,
                                   [](const auto& kid, char16_t k) { return kid.first < k; });
        if (it == kids.end() || it->first != key) break;
        node = it->second;
        if (nodes_[node].first_index != UINT32_MAX)
            found[count++] = {nodes_[node].first_index, static_cast<std::uint32_t>(i + 1 - pos)};
    }
    std::sort(found, found + count);
    for (std::size_t k = 0; k < count; ++k) lengths[k] = found[k].second;
    return count;
}

const UnitSet* Builder::set(UnitSet s) {
    sets_.push_back(std::move(s));
    return &sets_.back();
}

const Node* Builder::add(Node n) {
    nodes_.push_back(std::move(n));
    return &nodes_.back();
}

const Node* Builder::unit(const UnitSet* s) {
    Node n;
    n.kind = Node::Kind::unit_set;
    n.set = s;
    return add(std::move(n));
}

const Node* Builder::unit(char16_t u, bool ignore_case) {
    Node n;
    n.kind = Node::Kind::unit;
    n.unit = u;
    n.ignore_case = ignore_case;
    return add(std::move(n));
}

const Node* Builder::literal(std::u16string_view text, bool ignore_case) {
    if (text.size() == 1) return unit(text[0], ignore_case);
    Node n;
    n.kind = Node::Kind::sequence;
    for (char16_t u : text) n.children.push_back(unit(u, ignore_case));
    return add(std::move(n));
}

const Node* Builder::seq(std::initializer_list<const Node*> items) {
    Node n;
    n.kind = Node::Kind::sequence;
    n.children.assign(items.begin(), items.end());
    return add(std::move(n));
}

const Node* Builder::alt(std::initializer_list<const Node*> items) {
    Node n;
    n.kind = Node::Kind::alternation;
    n.children.assign(items.begin(), items.end());
    return add(std::move(n));
}

const Node* Builder::repeat(const Node* item, std::uint32_t min, std::uint32_t max) {
    Node n;
    n.kind = Node::Kind::repeat;
    n.children = {item};
    n.min = min;
    n.max = max;
    return add(std::move(n));
}

const Node* Builder::capture(int group, const Node* item) {
    Node n;
    n.kind = Node::Kind::capture;
    n.children = {item};
    n.group = group;
    return add(std::move(n));
}

const Node* Builder::input_start() {
    Node n;
    n.kind = Node::Kind::input_start;
    return add(std::move(n));
}

const Node* Builder::input_end() {
    Node n;
    n.kind = Node::Kind::input_end;
    return add(std::move(n));
}

const Node* Builder::lookahead(const Node* item) {
    Node n;
    n.kind = Node::Kind::lookahead;
    n.children = {item};
    return add(std::move(n));
}

const Node* Builder::literals(const std::vector<std::u16string>& list, bool ignore_case) {
    lists_.emplace_back(list, ignore_case);
    Node n;
    n.kind = Node::Kind::literal_list;
    n.literals = &lists_.back();
    return add(std::move(n));
}

bool match_at(const Node* pattern, std::u16string_view text, std::size_t pos, std::vector<Span>& captures,
              Budget& budget) {
    for (auto& c : captures) c = Span{};
    Matcher m(text, captures, budget);
    std::size_t end = 0;
    if (!m.match(pattern, pos, [&](std::size_t p) {
            end = p;
            return true;
        }))
        return false;
    captures[0] = {static_cast<std::int32_t>(pos), static_cast<std::int32_t>(end)};
    return true;
}

bool search(const Node* pattern, std::u16string_view text, std::size_t from, std::vector<Span>& captures,
            Budget& budget, const std::vector<std::uint8_t>* may_start) {
    for (std::size_t pos = from; pos <= text.size() && !budget.exhausted; ++pos) {
        if (may_start && !(*may_start)[pos]) continue;
        if (match_at(pattern, text, pos, captures, budget)) return true;
    }
    return false;
}

}  // namespace replycheck::js_regex
