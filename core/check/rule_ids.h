#pragma once
// The stable rule ids: the one list that packs, the loader, the registry of checks and the app
// agree on. Adding a rule means adding it here first; ids are never renamed (packs name them).
#include <array>
#include <string_view>

namespace replycheck {

inline constexpr std::array<std::string_view, 24> kRuleIds = {
    "placeholder.unfilled",    "personal.no_name",        "personal.wrong_name",
    "personal.generic_opener", "personal.not_specific",   "tone.empathy_missing",
    "tone.defensive",          "tone.dismissive",         "tone.shouting",
    "tone.over_apology",       "tone.profanity",          "brand.banned_phrase",
    "brand.terminology",       "brand.capitalization",    "brand.emoji",
    "brand.signoff",           "brand.promise",           "brand.contractions",
    "brand.formality",         "privacy.pii_public",      "privacy.ask_pii_public",
    "channel.too_long",        "channel.link_domain",     "resolution.no_next_step",
};

constexpr bool is_known_rule(std::string_view id) {
    for (std::string_view known : kRuleIds)
        if (known == id) return true;
    return false;
}

}  // namespace replycheck
