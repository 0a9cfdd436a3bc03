#pragma once
// Spans of a text that are not prose: links, addresses, handles and the personal or commercial
// data a reply may carry. Found once per text, before any word check runs; a token inside an
// entity is never read as a word by the tone checks, and the privacy checks read entities rather
// than digits. Cue words (who owns a phone number, what makes digits a reference) are locale
// data: templates/locales/<locale>/entities.json.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/analysed_text.h"

namespace replycheck {

enum class EntityKind : std::uint8_t {
    url,        // as X counts it: twitter-text's extractor (channel/x_url), scheme optional
    email,
    handle,     // @name
    hashtag,    // #word
    phone,
    card,       // payment card number: 13-19 digits passing Luhn with a known issuer prefix
    card_tail,  // the last digits of a card ("ending 1234", "last four digits 1234")
    postcode,   // UK postcodes, US ZIP codes after a state or "zip"
    address,    // a street address: house number + name + street word
    date,
    time,
    price,
    reference,  // order, booking, case or ticket reference: names a transaction, not a person
    account,    // account, membership or policy number, sort code, IBAN: identifies the customer
    secret,     // a password, PIN or one-time code given in the text ("your password is ...")
};

// Whose data an entity is, as far as the text says. A phone number introduced by "call us",
// "ring", "our team on", or with a toll-free or non-geographic prefix, is the brand's.
enum class EntityOwner : std::uint8_t { unknown, brand, customer };

struct Entity {
    EntityKind kind = EntityKind::url;
    std::uint32_t start = 0;  // UTF-8 byte offsets into the text
    std::uint32_t end = 0;
    EntityOwner owner = EntityOwner::unknown;
};

std::string_view to_string(EntityKind kind);

class Entities {
public:
    Entities() = default;
    // Sorts by start; overlaps resolved longest-first, and between equal spans the one found first.
    explicit Entities(std::vector<Entity> found);

    std::span<const Entity> all() const { return entities_; }
    // The entity that contains byte `offset`, or null.
    const Entity* at(std::uint32_t offset) const;
    // True when [start, end) overlaps any entity.
    bool overlaps(std::uint32_t start, std::uint32_t end) const;

private:
    std::vector<Entity> entities_;  // in text order, not overlapping
};

// Every entity of `text`; `locale` picks the cue data (templates/locales/<locale>/entities.json,
// compiled once per locale). Spans of a value named by a cue ("order 12345") cover the value only.
Entities find_entities(const AnalysedText& text, std::string_view locale);

// The digits of `text`, in order ("+44 (0)20 7946" -> "44020 7946" without the space).
std::string digits_of(std::string_view text);

}  // namespace replycheck
