#include "pack/compiled_pack.h"

#include <algorithm>
#include <map>

#include "channel/channels.h"

namespace replycheck {

void CompiledPack::add_list(const std::string& name, const std::vector<PhraseEntry>& entries) {
    const auto list = static_cast<std::uint32_t>(
        std::lower_bound(list_names_.begin(), list_names_.end(), name) - list_names_.begin());
    for (const PhraseEntry& entry : entries) {
        const TokenPhrases::PatternId pattern = phrases_.add(entry.match, locale());
        if (pattern == TokenPhrases::kNoPattern) continue;
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
    // Terms and brand names are words to write differently wherever they stand, negated or not.
    for (const TermEntry& t : p.terminology) c.term_phrases_.push_back({t.avoid, t.prefer, t.reason, PhraseWhen::any, true});
    for (const std::string& name : p.brand_names) c.brand_phrases_.push_back({name, name, {}, PhraseWhen::any, true});

    std::map<std::string, std::vector<const std::vector<PhraseEntry>*>> lists;
    for (const auto& [rule, spec] : p.rules)
        if (!spec.phrases.empty()) lists[rule].push_back(&spec.phrases);
    if (!p.banned_phrases.empty()) lists["brand.banned_phrase"].push_back(&p.banned_phrases);
    if (!c.term_phrases_.empty()) lists["brand.terminology"].push_back(&c.term_phrases_);
    if (!c.brand_phrases_.empty()) lists["brand.capitalization"].push_back(&c.brand_phrases_);
    for (const auto& entry : lists) c.list_names_.push_back(entry.first);
    for (const auto& [name, sources] : lists)
        for (const auto* source : sources) c.add_list(name, *source);
    c.phrases_.build();
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

int CompiledPack::list_index(std::string_view list) const {
    const auto it = std::lower_bound(list_names_.begin(), list_names_.end(), list,
                                     [](const std::string& a, std::string_view b) { return a < b; });
    if (it == list_names_.end() || *it != list) return -1;
    return static_cast<int>(it - list_names_.begin());
}

PhraseMatchSet CompiledPack::match_phrases(const AnalysedText& draft) const {
    PhraseMatchSet result;
    result.by_list.resize(list_names_.size());
    const auto& tokens = draft.tokens();
    phrases_.scan(draft, [&](TokenPhrases::PatternId pattern, std::size_t first_token, std::size_t last_token) {
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
