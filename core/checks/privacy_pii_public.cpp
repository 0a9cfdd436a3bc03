// Personal data of the customer in a public reply, read from the draft's entities
// (analysis/entities.h): full card numbers, the customer's phone numbers, emails, street
// addresses and postcodes, account numbers, passwords and dates of birth. Never the brand's own
// contact details, anything inside a link, card tails, order or case references, dates, times
// or prices: the rubric's line (shared/rule-rubric.md, privacy.pii_public).
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "checks/sentence_rewrite.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

constexpr std::string_view kDmHandoff = "I've sent you the details in a DM.";

// What the reply says in place of the value once it has gone to a DM: the sentence around it
// stays as the agent wrote it. Numbers and secrets become stars, which read in any sentence.
std::string_view stands_in_for(EntityKind kind) {
    switch (kind) {
        case EntityKind::address:
        case EntityKind::postcode: return "the address on your account";
        case EntityKind::email: return "the email address on your account";
        case EntityKind::phone: return "the number on your account";
        case EntityKind::date: return "the date of birth on your account";
        default: return "****";
    }
}

struct Disclosure {
    std::uint32_t start;
    std::uint32_t end;
    EntityKind kind;
    const char* what;
};

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string alnum_lower(std::string_view s) {
    std::string out;
    for (char c : lower_ascii(s))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    return out;
}

// An address on a domain the pack names as the brand's: an approved link domain (or under one),
// or a domain label that is a brand name ("help@skyway.example" for SkyWay).
bool brand_domain(const Pack& pack, std::string_view email) {
    const std::size_t at = email.find('@');
    if (at == std::string_view::npos) return false;  // spelt out: "jay at outlook dot com"
    const std::string domain = lower_ascii(email.substr(at + 1));
    for (const std::string& d : pack.link_domains) {
        const std::string want = lower_ascii(d);
        if (domain == want || (domain.size() > want.size() && domain.ends_with("." + want))) return true;
    }
    const std::string label = alnum_lower(domain.substr(0, domain.rfind('.')));
    for (const std::string& name : pack.brand_names) {
        const std::string n = alnum_lower(name);
        if (n.size() >= 3 && label.find(n) != std::string::npos) return true;
    }
    return false;
}

bool in_post(const CheckContext& ctx, std::string_view value, bool digits) {
    if (digits) {
        const std::string d = digits_of(value);
        return d.size() >= 6 && digits_of(ctx.post.text()).find(d) != std::string::npos;
    }
    return lower_ascii(ctx.post.text()).find(lower_ascii(value)) != std::string::npos;
}

// What the entity discloses, or null when it is not the customer's personal data.
const char* disclosed(const CheckContext& ctx, const Entity& e) {
    const std::string_view value = ctx.draft.slice(e.start, e.end);
    switch (e.kind) {
        case EntityKind::card: return "a card number";
        case EntityKind::account: return "an account number";
        case EntityKind::secret: return "a password";
        case EntityKind::date: return e.owner == EntityOwner::customer ? "a date of birth" : nullptr;
        case EntityKind::phone:
            // The brand's number stays the brand's unless the customer posted it as theirs.
            if (e.owner == EntityOwner::brand && !in_post(ctx, value, true)) return nullptr;
            return "a phone number";
        case EntityKind::email:
            if ((e.owner == EntityOwner::brand || brand_domain(ctx.pack, value)) && !in_post(ctx, value, false))
                return nullptr;
            return "an email address";
        case EntityKind::address: return e.owner == EntityOwner::brand ? nullptr : "a street address";
        case EntityKind::postcode: return e.owner == EntityOwner::brand ? nullptr : "a postcode";
        default: return nullptr;
    }
}

std::string last_digits(std::string_view value, std::size_t n) {
    const std::string d = digits_of(value);
    return d.size() > n ? d.substr(d.size() - n) : d;
}

// The masked form of a value, where one keeps the reply readable: the card's or phone's last four
// digits behind stars, the email's first letter and domain. Stars need no words, so the mask
// reads in any language.
std::optional<Suggestion> mask(const AnalysedText& draft, const Disclosure& d) {
    const std::string_view value = draft.slice(d.start, d.end);
    switch (d.kind) {
        case EntityKind::card:
            return make_suggestion("Show only the last four digits", "**** " + last_digits(value, 4), d.start, d.end,
                                   false);
        case EntityKind::phone:
            return make_suggestion("Show only the last four digits", "**** " + last_digits(value, 4),
                                   d.start, d.end, false);
        case EntityKind::email: {
            const std::size_t at = value.find('@');
            if (at == std::string_view::npos) return std::nullopt;
            return make_suggestion("Mask the address", std::string(value.substr(0, 1)) + "****" + std::string(value.substr(at)),
                                   d.start, d.end, false);
        }
        default: return std::nullopt;
    }
}

}  // namespace

void privacy_pii_public(const CheckContext& ctx, Findings& out) {
    if (!ctx.is_public()) return;
    std::vector<Disclosure> found;
    for (const Entity& e : ctx.draft_entities().all()) {
        const char* what = disclosed(ctx, e);
        if (what == nullptr) continue;
        // "22 Harbour Lane, Bristol BS1 4QT" is one address, not an address and a postcode.
        const bool place = e.kind == EntityKind::address || e.kind == EntityKind::postcode;
        if (place && !found.empty() && found.back().kind == EntityKind::address && e.start - found.back().end <= 40 &&
            ctx.draft.sentence_of(e.start) == ctx.draft.sentence_of(found.back().start)) {
            found.back().end = e.end;
            found.back().what = "a home address";
            continue;
        }
        found.push_back({e.start, e.end, e.kind, what});
    }
    for (const Disclosure& d : found) {
        Finding f = make_finding(std::string("This public reply shows ") + d.what +
                                     "; mask it or move the details to a private message.",
                                 d.start, d.end);
        if (auto masked = mask(ctx.draft, d)) f.suggestions.push_back(std::move(*masked));
        // The value gives way to a reference, and the sentence says where the details went.
        const Segment sentence = whole_sentence(ctx, d.start);
        const std::uint32_t end = std::max(sentence.end, d.end);
        f.suggestions.push_back(make_suggestion(
            "Move the details to a DM",
            std::string(stands_in_for(d.kind)) + std::string(ctx.draft.slice(d.end, end)) + " " + std::string(kDmHandoff),
            d.start, end, false));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
