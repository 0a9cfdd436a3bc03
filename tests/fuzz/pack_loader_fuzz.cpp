// Any byte string as a pack: the loader, the schema check and compilation must neither crash nor
// hang, and a pack the loader accepts must compile and check a draft.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/checker.h"
#include "pack/pack_registry.h"
#include "pack/pack_validation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace replycheck;
    static const PackRegistry base;  // holds the built-in parent for `extends`
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)validate_pack_document(text, base);
    PackRegistry registry;
    const PackLoadResult loaded = registry.load(text);
    if (loaded.ok()) {
        const auto pack = registry.find(loaded.pack->id);
        CheckRequest request;
        request.draft = "Hi Sam, sorry about the wifi. Per our policy we can't refund. ^JD";
        request.channel = pack->pack().channels.empty() ? "x" : pack->pack().channels.begin()->first;
        (void)check(request, *pack);
    }
    return 0;
}
