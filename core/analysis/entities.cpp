#include "analysis/entities.h"

#include <algorithm>

#include "analysis/entity_finders.h"

namespace replycheck {

std::string_view to_string(EntityKind kind) {
    switch (kind) {
        case EntityKind::url: return "url";
        case EntityKind::email: return "email";
        case EntityKind::handle: return "handle";
        case EntityKind::hashtag: return "hashtag";
        case EntityKind::phone: return "phone";
        case EntityKind::card: return "card";
        case EntityKind::card_tail: return "card_tail";
        case EntityKind::postcode: return "postcode";
        case EntityKind::address: return "address";
        case EntityKind::date: return "date";
        case EntityKind::time: return "time";
        case EntityKind::price: return "price";
        case EntityKind::reference: return "reference";
        case EntityKind::account: return "account";
        case EntityKind::secret: return "secret";
    }
    return "?";
}

Entities::Entities(std::vector<Entity> found) {
    // Longest first at each start, then drop anything overlapping an entity already kept.
    // Insertion sort: stable, allocation-free, and quick on the few, mostly ordered entities a text has.
    const auto before = [](const Entity& a, const Entity& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    };
    for (std::size_t i = 1; i < found.size(); ++i)
        for (std::size_t k = i; k > 0 && before(found[k], found[k - 1]); --k) std::swap(found[k], found[k - 1]);
    for (const Entity& e : found) {
        if (e.end <= e.start) continue;
        if (!entities_.empty() && e.start < entities_.back().end) continue;
        entities_.push_back(e);
    }
}

const Entity* Entities::at(std::uint32_t offset) const {
    auto it = std::upper_bound(entities_.begin(), entities_.end(), offset,
                               [](std::uint32_t o, const Entity& e) { return o < e.start; });
    if (it == entities_.begin()) return nullptr;
    --it;
    return offset < it->end ? &*it : nullptr;
}

bool Entities::overlaps(std::uint32_t start, std::uint32_t end) const {
    auto it = std::upper_bound(entities_.begin(), entities_.end(), start,
                               [](std::uint32_t o, const Entity& e) { return o < e.start; });
    if (it != entities_.begin() && std::prev(it)->end > start) return true;
    return it != entities_.end() && it->start < end;
}

Entities find_entities(const AnalysedText& text, std::string_view locale) {
    const std::string& t = text.text();
    // What the text holds decides which finders run: most replies have no '@', '#' or digits.
    const bool digit = std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool at = t.find('@') != std::string::npos;
    const bool hash = t.find('#') != std::string::npos;
    const bool upper = std::any_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    std::vector<Entity> found;
    entity_detail::Scan scan{text, entity_detail::entity_cues(locale), found};
    // Order matters only between equal spans: the more specific finder goes first.
    if (at) entity_detail::find_emails_and_handles(scan);
    entity_detail::find_urls(scan);  // after the emails, whose domains need no link search
    entity_detail::find_spelled_emails(scan);
    if (digit) {
        entity_detail::find_cued_values(scan);
        entity_detail::find_numbers(scan);
        if (upper) entity_detail::find_month_dates(scan);
        entity_detail::find_places(scan);
    } else if (upper) {
        entity_detail::find_cued_values(scan);  // "booking ref QXPLLM", "password is Harbour" need no digit
    }
    if (hash) entity_detail::find_hashtags(scan);
    return Entities(std::move(found));
}

std::string digits_of(std::string_view text) {
    std::string out;
    for (const char c : text)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

}  // namespace replycheck
