#pragma once
// A brand-voice pack as data: what templates/*.json hold after loading and merging `extends`.
// Field names follow the JSON (templates/pack.schema.json); the loader is core/pack/pack_loader.h,
// which also documents how `extends` merges a pack onto its parent.
#include <map>
#include <optional>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/enums.h"
#include "base/request.h"
#include "channel/channel_spec.h"

namespace replycheck {

struct Voice {
    std::string formality = "neutral";     // casual | neutral | formal
    std::string contractions = "allow";    // prefer | allow | avoid
    std::string emoji = "allow";           // allow | limit | none
    int max_emoji = 2;                     // with emoji == "limit"
    int max_exclamations = 1;
    std::string signoff;                   // e.g. "^{initials}" or "- {agent}"; empty: none expected
};

// One entry of a phrase list. `match` is compared token by token after NFKC_Casefold.
// Where a phrase-list entry counts, read from the sentence analysis: in any clause, only in one
// that asks the reader for something ("could you", "please", an imperative, a question), or only
// in a statement.
enum class PhraseWhen : std::uint8_t { any, request, statement };

struct PhraseEntry {
    std::string match;
    std::string replacement;  // may be empty: no rewrite offered
    std::string reason;
    PhraseWhen when = PhraseWhen::any;
    // Entries match outside negation scope ("we don't guarantee" is not a guarantee) unless the
    // pack says "negated": "match".
    bool match_negated = false;
};

struct TermEntry {
    std::string avoid;
    std::string prefer;
    std::string reason;
};

struct ReplyTemplate {
    std::string id;
    std::string intent;  // e.g. "delay", "refund", "outage", "praise"
    std::string title;
    std::string text;    // with {name}, {handle}, {agent}, {initials} and free {variables}
    std::vector<std::string> keywords;  // words in a customer post that suggest this template
};

// A worked example for one rule; doubles as a test (`replycheck pack test`).
struct RuleExample {
    CheckRequest request;
    std::string note;  // why it is good or bad, shown to trainees
    // A bad example's draft once the first suggestion of its rule's first finding is applied;
    // `pack test` checks that the fix gives exactly this.
    std::optional<std::string> fixed;
};

struct RuleSpec {
    bool enabled = true;                  // severity "off" in the pack
    std::optional<Severity> severity;     // unset: the check's default
    std::string title;                    // its name for people ("Asks for personal data in public")
    std::string why;                      // why the rule exists, one or two sentences
    std::vector<RuleExample> good;        // must raise no finding of this rule
    std::vector<RuleExample> bad;         // must raise at least one finding of this rule
    std::vector<PhraseEntry> phrases;     // data for phrase-driven rules (tone.defensive, ...)
    // Numeric knobs of a check, e.g. {"max_apologies": 1}; names are the check's to define.
    std::map<std::string, double, std::less<>> params;

    double param(std::string_view name, double fallback) const {
        const auto it = params.find(name);
        return it == params.end() ? fallback : it->second;
    }
};

struct Pack {
    int schema_version = 1;
    std::string id;
    std::string name;
    std::string description;
    std::string locale = "en";
    std::string extends;  // id of the parent pack, empty for none

    Voice voice;
    std::vector<TermEntry> terminology;
    std::vector<PhraseEntry> banned_phrases;
    std::vector<std::string> brand_names;   // canonical spellings, e.g. "SkyWay", "Wi-Fi"
    std::vector<std::string> link_domains;  // allowed; subdomains included
    std::vector<ReplyTemplate> templates;
    std::map<std::string, RuleSpec> rules;        // by rule id
    std::map<std::string, ChannelSpec> channels;  // by channel id
};

}  // namespace replycheck
