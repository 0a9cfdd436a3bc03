#pragma once
// The finders behind find_entities, one per family of kinds. Each appends what it finds; overlaps
// between families are settled by Entities (longest first, earlier finders first on a tie).
#include <string_view>
#include <vector>

#include "analysis/entity_cues.h"

namespace replycheck::entity_detail {

struct Scan {
    const AnalysedText& text;
    const EntityCues& cues;
    std::vector<Entity>& out;

    void add(EntityKind kind, std::size_t start, std::size_t end, EntityOwner owner = EntityOwner::unknown) {
        out.push_back({kind, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), owner});
    }
};

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }
inline bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
inline bool is_word_byte(char c) { return is_alnum(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80; }

// URLs (twitter-text's extractor), emails, @handles and #hashtags.
void find_urls(Scan& scan);
void find_emails_and_handles(Scan& scan);
void find_hashtags(Scan& scan);
// Emails spelt out in words: "jay dot patel at outlook dot com".
void find_spelled_emails(Scan& scan);
// Phones, cards, dates, times, prices and US ZIP codes: digit runs read once, left to right.
void find_numbers(Scan& scan);
// Dates that start with a month name ("March 12").
void find_month_dates(Scan& scan);
// UK postcodes and street addresses.
void find_places(Scan& scan);
// Values named by a cue: references, account numbers, card tails, passwords.
void find_cued_values(Scan& scan);

}  // namespace replycheck::entity_detail
