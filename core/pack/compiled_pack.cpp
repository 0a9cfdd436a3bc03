#include "pack/compiled_pack.h"

#include <algorithm>
#include <map>

#include "channel/channels.h"
#include "match/token_normaliser.h"

namespace replycheck {
namespace {

bool is_plain_ascii_phrase(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
    });
}

// Folded tokens of a phrase. Letters-digits-spaces phrases (most terminology) split on spaces
// and lower-case, which is exactly what ICU's word breaks and NFKC_Casefold give for them but
// far cheaper when a pack has 20,000 terms; anything else goes through the real analysis.
std::vector<std::string> folded_tokens(const std::string& phrase, const char* locale) {
    std::vector<std::string> out;
    if (is_plain_ascii_phrase(phrase)) {
        std::string word;
        for (char c : phrase) {
            if (c == ' ') {
                if (!word.empty()) out.push_back(std::move(word));
                word.clear();
            } else {
                word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            }
        }
        if (!word.empty()) out.push_back(std::move(word));
        return out;
    }
    const AnalysedText analysed(phrase, locale);
    for (const Token& t : analysed.tokens()) out.push_back(t.folded);
    return out;
}

}  // namespace

PhraseAutomaton::TokenId CompiledPack::intern(const std::string& canonical) {
    const auto next = static_cast<PhraseAutomaton::TokenId>(vocabulary_.size() + 1);
    const auto [it, added] = vocabulary_.try_emplace(canonical);
    if (added) it->second.ids[0] = next;
    return it->second.ids[0];
}

void CompiledPack::add_list(const std::string& name, const std::vector<PhraseEntry>& entries) {
    const auto list = static_cast<std::uint32_t>(
        std::lower_bound(list_names_.begin(), list_names_.end(), name) - list_names_.begin());
    std::vector<PhraseAutomaton::TokenId> ids;
    NormalisedToken normalised;
    for (const PhraseEntry& entry : entries) {
        ids.clear();
        for (const std::string& folded : folded_tokens(entry.match, locale())) {
            if (normalise_token(folded, normalised)) {
                for (std::size_t k = 0; k < normalised.count; ++k) ids.push_back(intern(normalised.parts[k]));
            } else {
                ids.push_back(intern(folded));
            }
        }
        if (ids.empty()) continue;
        const PhraseAutomaton::PatternId pattern = automaton_.add(ids);
        if (pattern >= payloads_.size()) payloads_.resize(pattern + 1);
        auto& payloads = payloads_[pattern];
        // The same wording twice in one list (e.g. "apologise" and "apologize") reports once.
        const bool duplicate = std::any_of(payloads.begin(), payloads.end(),
                                           [&](const Payload& p) { return p.list == list; });
        if (!duplicate) payloads.push_back({list, &entry});
        ++phrase_count_;
    }
}

std::shared_ptr<const CompiledPack> CompiledPack::compile(Pack pack) {
    std::shared_ptr<CompiledPack> compiled(new CompiledPack(std::move(pack)));
    CompiledPack& c = *compiled;
    const Pack& p = c.pack_;
    c.term_phrases_.reserve(p.terminology.size());
    for (const TermEntry& t : p.terminology) c.term_phrases_.push_back({t.avoid, t.prefer, t.reason});
    for (const std::string& name : p.brand_names) c.brand_phrases_.push_back({name, name, {}});

    std::map<std::string, std::vector<const std::vector<PhraseEntry>*>> lists;
    for (const auto& [rule, spec] : p.rules)
        if (!spec.phrases.empty()) lists[rule].push_back(&spec.phrases);
    if (!p.banned_phrases.empty()) lists["brand.banned_phrase"].push_back(&p.banned_phrases);
    if (!c.term_phrases_.empty()) lists["brand.terminology"].push_back(&c.term_phrases_);
    if (!c.brand_phrases_.empty()) lists["brand.capitalization"].push_back(&c.brand_phrases_);
    for (const auto& entry : lists) c.list_names_.push_back(entry.first);
    for (const auto& [name, sources] : lists)
        for (const auto* source : sources) c.add_list(name, *source);
    c.add_rewrites_to_vocabulary();
    c.automaton_.build();
    c.rules_.reserve(kRuleCount);
    for (const RuleInfo& info : kRules) {
        RuleSettings settings;
        settings.severity = info.default_severity;
        settings.phrase_list = c.list_index(info.id);
        const auto it = p.rules.find(std::string(info.id));
        if (it != p.rules.end()) {
            settings.spec = &it->second;
            settings.enabled = it->second.enabled;
            if (it->second.severity) settings.severity = *it->second.severity;
        }
        for (const ParamSpec& param : info.params)
            settings.params.push_back(settings.spec != nullptr ? settings.spec->param(param.name, param.fallback)
                                                               : param.fallback);
        c.rules_.push_back(std::move(settings));
    }
    return compiled;
}

const ChannelSpec* CompiledPack::channel(std::string_view id) const {
    if (const auto it = pack_.channels.find(std::string(id)); it != pack_.channels.end()) return &it->second;
    return default_channel(id);
}

const RuleSettings* CompiledPack::rule(std::string_view id) const {
    const auto index = rule_index(id);
    return index ? &rules_[*index] : nullptr;
}

void CompiledPack::add_rewrites_to_vocabulary() {
    // Every list is interned by now, so each rewrite's parts resolve to their final ids (or to
    // "no phrase uses it"). The rewritten forms themselves are never interned: phrases are
    // normalised before interning, so these keys are new.
    std::vector<std::pair<std::string_view, Vocab>> rewrites;
    NormalisedToken normalised;
    for (std::string_view from : rewritten_tokens()) {
        if (!normalise_token(from, normalised)) continue;
        Vocab vocab;
        vocab.count = static_cast<std::uint8_t>(normalised.count);
        for (std::size_t k = 0; k < normalised.count; ++k) {
            const auto it = vocabulary_.find(normalised.parts[k]);
            vocab.ids[k] = it == vocabulary_.end() ? PhraseAutomaton::kOtherToken : it->second.ids[0];
        }
        rewrites.emplace_back(from, vocab);
    }
    for (const auto& rewrite : rewrites) vocabulary_.try_emplace(std::string(rewrite.first), rewrite.second);
}

int CompiledPack::list_index(std::string_view list) const {
    const auto it = std::lower_bound(list_names_.begin(), list_names_.end(), list,
                                     [](const std::string& a, std::string_view b) { return a < b; });
    if (it == list_names_.end() || *it != list) return -1;
    return static_cast<int>(it - list_names_.begin());
}

std::vector<PhraseAutomaton::TokenId> CompiledPack::encode(const AnalysedText& text, std::vector<std::uint32_t>* origin,
                                                           std::vector<std::uint8_t>* edges) const {
    std::vector<PhraseAutomaton::TokenId> stream;
    const auto& tokens = text.tokens();
    stream.reserve(tokens.size() + 8);
    origin->reserve(tokens.size() + 8);
    edges->reserve(tokens.size() + 8);
    NormalisedToken normalised;
    auto push = [&](PhraseAutomaton::TokenId id, std::size_t token, std::uint8_t edge) {
        stream.push_back(id);
        origin->push_back(static_cast<std::uint32_t>(token));
        edges->push_back(edge);
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& folded = tokens[i].folded;
        if (const auto it = vocabulary_.find(folded); it != vocabulary_.end()) {
            const Vocab& vocab = it->second;
            if (vocab.count == 1) {
                push(vocab.ids[0], i, 3);
            } else {
                push(vocab.ids[0], i, 1);
                push(vocab.ids[1], i, 2);
            }
            continue;
        }
        // The vocabulary holds every rewrite (add_rewrites_to_vocabulary), so only a token with a
        // typographic apostrophe (U+2019, lead byte E2) can still need normalising.
        if (folded.find('\xE2') == std::string::npos) {
            push(PhraseAutomaton::kOtherToken, i, 3);
            continue;
        }
        if (!normalise_token(folded, normalised)) {
            push(PhraseAutomaton::kOtherToken, i, 3);
            continue;
        }
        for (std::size_t k = 0; k < normalised.count; ++k) {
            const auto it = vocabulary_.find(normalised.parts[k]);
            const auto id = it == vocabulary_.end() ? PhraseAutomaton::kOtherToken : it->second.ids[0];
            const std::uint8_t edge = static_cast<std::uint8_t>((k == 0 ? 1 : 0) | (k + 1 == normalised.count ? 2 : 0));
            push(id, i, edge);
        }
    }
    return stream;
}

PhraseMatchSet CompiledPack::match_phrases(const AnalysedText& draft) const {
    PhraseMatchSet result;
    result.by_list.resize(list_names_.size());
    if (automaton_.pattern_count() == 0) return result;
    std::vector<std::uint32_t> origin;
    std::vector<std::uint8_t> edges;
    const auto stream = encode(draft, &origin, &edges);
    const auto& tokens = draft.tokens();
    automaton_.scan(stream, [&](PhraseAutomaton::PatternId pattern, std::size_t last) {
        const std::size_t first = last + 1 - automaton_.pattern_length(pattern);
        // A phrase must cover whole draft tokens: "are" alone does not match inside "we're".
        if ((edges[first] & 1) == 0 || (edges[last] & 2) == 0) return;
        const std::size_t first_token = origin[first];
        const std::size_t last_token = origin[last];
        for (const Payload& p : payloads_[pattern])
            result.by_list[p.list].push_back({tokens[first_token].start, tokens[last_token].end, first_token,
                                              last_token, p.entry});
    });
    for (auto& matches : result.by_list) {
        if (matches.size() < 2) continue;
        std::sort(matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
            if (a.first_token != b.first_token) return a.first_token < b.first_token;
            return a.last_token > b.last_token;
        });
        std::size_t kept = 0;
        for (std::size_t i = 0; i < matches.size(); ++i) {
            if (kept > 0 && matches[i].first_token <= matches[kept - 1].last_token) continue;
            matches[kept++] = matches[i];
        }
        matches.resize(kept);
    }
    return result;
}

}  // namespace replycheck
