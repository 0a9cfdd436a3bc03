#include "pack/pack_validation.h"

namespace replycheck {

PackValidation validate_pack_document(std::string_view text, const PackRegistry& registry) {
    PackLoadResult loaded = load_pack(text, [&](std::string_view id) -> const Pack* {
        const auto pack = registry.find(id);
        return pack ? &pack->pack() : nullptr;
    });
    return {std::move(loaded.issues)};
}

}  // namespace replycheck
