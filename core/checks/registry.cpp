// Every check with its default severity, in report order. Errors are for drafts that must not be
// posted as they are (leftover template text, personal data in public, profanity, a wrong name);
// warnings for tone and brand problems a reviewer would send back; suggestions for polish.
#include <array>

#include "check/check.h"
#include "check/rule_ids.h"
#include "checks/checks.h"

namespace replycheck {
namespace {

constexpr std::array kChecks = {
    CheckDef{"placeholder.unfilled", Severity::error, checks::placeholder_unfilled},
    CheckDef{"personal.no_name", Severity::suggestion, checks::personal_no_name},
    CheckDef{"personal.wrong_name", Severity::error, checks::personal_wrong_name},
    CheckDef{"personal.generic_opener", Severity::warning, checks::personal_generic_opener},
    CheckDef{"personal.not_specific", Severity::suggestion, checks::personal_not_specific},
    CheckDef{"tone.empathy_missing", Severity::warning, checks::tone_empathy_missing},
    CheckDef{"tone.defensive", Severity::warning, checks::tone_defensive},
    CheckDef{"tone.dismissive", Severity::warning, checks::tone_dismissive},
    CheckDef{"tone.shouting", Severity::warning, checks::tone_shouting},
    CheckDef{"tone.over_apology", Severity::suggestion, checks::tone_over_apology},
    CheckDef{"tone.profanity", Severity::error, checks::tone_profanity},
    CheckDef{"brand.banned_phrase", Severity::warning, checks::brand_banned_phrase},
    CheckDef{"brand.terminology", Severity::suggestion, checks::brand_terminology},
    CheckDef{"brand.capitalization", Severity::suggestion, checks::brand_capitalization},
    CheckDef{"brand.emoji", Severity::suggestion, checks::brand_emoji},
    CheckDef{"brand.signoff", Severity::suggestion, checks::brand_signoff},
    CheckDef{"brand.promise", Severity::warning, checks::brand_promise},
    CheckDef{"brand.contractions", Severity::suggestion, checks::brand_contractions},
    CheckDef{"brand.formality", Severity::suggestion, checks::brand_formality},
    CheckDef{"privacy.pii_public", Severity::error, checks::privacy_pii_public},
    CheckDef{"privacy.ask_pii_public", Severity::error, checks::privacy_ask_pii_public},
    CheckDef{"channel.too_long", Severity::error, checks::channel_too_long},
    CheckDef{"channel.link_domain", Severity::warning, checks::channel_link_domain},
    CheckDef{"resolution.no_next_step", Severity::warning, checks::resolution_no_next_step},
};

constexpr bool registry_matches_rule_ids() {
    if (kChecks.size() != kRuleIds.size()) return false;
    for (std::size_t i = 0; i < kChecks.size(); ++i)
        if (kChecks[i].rule != kRuleIds[i]) return false;
    return true;
}
static_assert(registry_matches_rule_ids(), "core/check/rule_ids.h and the registry disagree");

}  // namespace

std::span<const CheckDef> all_checks() { return kChecks; }

}  // namespace replycheck
