#pragma once
// The packs a session knows, by id. It always holds the built-in default pack ("social-care",
// templates/social-care.json compiled into the binary); brand packs are loaded on top of it.
// Loading is all-or-nothing: a pack with errors leaves the registry exactly as it was.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pack/compiled_pack.h"
#include "pack/pack_loader.h"

namespace replycheck {

inline constexpr std::string_view kDefaultPackId = "social-care";

// The built-in pack's JSON text.
std::string_view builtin_pack_json();
// The built-in pack, loaded and compiled once. Null only if the shipped JSON is broken, which the
// test suite rules out; builtin_pack_issues() then says why.
std::shared_ptr<const CompiledPack> builtin_pack();
const std::vector<DocumentIssue>& builtin_pack_issues();

struct PackSource {
    std::string name;  // file name or label, used to prefix issues
    std::string json;
};

class PackRegistry {
public:
    PackRegistry();

    std::shared_ptr<const CompiledPack> find(std::string_view id) const;
    std::shared_ptr<const CompiledPack> default_pack() const { return find(kDefaultPackId); }
    std::vector<std::string> ids() const;

    // Loads one pack; `extends` must name a pack already in the registry. On success the pack
    // is added, or replaces the one with the same id (packs extending the old one keep their
    // merged copy until reloaded); on error nothing changes.
    PackLoadResult load(std::string_view json);

    // Loads several packs in an order where parents come first, whatever order they are given
    // in. A missing parent or a cycle is reported against each pack involved; the packs that
    // load are kept. Returns one result per source, in the given order.
    std::vector<PackLoadResult> load_all(const std::vector<PackSource>& sources);

private:
    std::map<std::string, std::shared_ptr<const CompiledPack>, std::less<>> packs_;
};

}  // namespace replycheck
