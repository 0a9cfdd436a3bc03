#include "analysis/entities.h"

#include <algorithm>

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
    }
    return "?";
}

Entities::Entities(std::vector<Entity> found) {
    // Longest first at each start, then drop anything overlapping an entity already kept.
    std::sort(found.begin(), found.end(), [](const Entity& a, const Entity& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
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

// Placeholder until the finders land: no entities.
Entities find_entities(const AnalysedText&, std::string_view) { return Entities{}; }

}  // namespace replycheck
