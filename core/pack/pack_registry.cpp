#include "pack/pack_registry.h"

#include <set>

extern "C" {
extern const unsigned char replycheck_default_pack[];
extern const unsigned long replycheck_default_pack_size;
}

namespace replycheck {
namespace {

struct Builtin {
    std::shared_ptr<const CompiledPack> pack;
    std::vector<DocumentIssue> issues;
};

const Builtin& builtin() {
    static const Builtin instance = [] {
        Builtin b;
        PackLoadResult loaded = load_pack(builtin_pack_json(), nullptr);
        b.issues = std::move(loaded.issues);
        if (loaded.pack) b.pack = CompiledPack::compile(std::move(*loaded.pack));
        return b;
    }();
    return instance;
}

}  // namespace

std::string_view builtin_pack_json() {
    return {reinterpret_cast<const char*>(replycheck_default_pack),
            static_cast<std::size_t>(replycheck_default_pack_size)};
}

std::shared_ptr<const CompiledPack> builtin_pack() { return builtin().pack; }
const std::vector<DocumentIssue>& builtin_pack_issues() { return builtin().issues; }

PackRegistry::PackRegistry() {
    if (auto pack = builtin_pack()) packs_.emplace(pack->pack().id, std::move(pack));
}

std::shared_ptr<const CompiledPack> PackRegistry::find(std::string_view id) const {
    const auto it = packs_.find(id);
    return it == packs_.end() ? nullptr : it->second;
}

std::vector<std::string> PackRegistry::ids() const {
    std::vector<std::string> out;
    for (const auto& entry : packs_) out.push_back(entry.first);
    return out;
}

PackLoadResult PackRegistry::load(std::string_view json) {
    PackLoadResult result = load_pack(json, [this](std::string_view id) -> const Pack* {
        const auto found = find(id);
        return found ? &found->pack() : nullptr;
    });
    if (result.pack) {
        const std::string id = result.pack->id;
        packs_[id] = CompiledPack::compile(*result.pack);
    }
    return result;
}

std::vector<PackLoadResult> PackRegistry::load_all(const std::vector<PackSource>& sources) {
    std::vector<PackLoadResult> results(sources.size());
    std::vector<PackHeader> headers;
    for (const PackSource& s : sources) headers.push_back(read_pack_header(s.json));
    std::vector<bool> done(sources.size(), false);
    // Repeatedly load every pack whose parent is available; each round loads at least one pack
    // or stops, so this ends after at most sources.size() rounds.
    for (bool progress = true; progress;) {
        progress = false;
        for (std::size_t i = 0; i < sources.size(); ++i) {
            if (done[i]) continue;
            const std::string& parent = headers[i].extends;
            bool parent_pending = false;
            for (std::size_t j = 0; j < sources.size(); ++j)
                if (!done[j] && j != i && headers[j].id == parent && !parent.empty()) parent_pending = true;
            if (parent_pending) continue;
            results[i] = load(sources[i].json);
            done[i] = true;
            progress = true;
        }
    }
    // What is left waits on itself through a cycle.
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (done[i]) continue;
        results[i].issues.push_back({false, 0, 0, "$.extends",
                                     "pack \"" + headers[i].id + "\" is part of an extends cycle (through \"" +
                                         headers[i].extends + "\")"});
    }
    return results;
}

}  // namespace replycheck
