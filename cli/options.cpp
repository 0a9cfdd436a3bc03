#include "options.h"

#include <algorithm>
#include <cstdio>

#include "read_file.h"

namespace replycheck::cli {

std::shared_ptr<const CompiledPack> select_pack(PackRegistry& registry, const std::string& path) {
    if (path.empty()) {
        auto pack = registry.default_pack();
        if (!pack) {
            for (const DocumentIssue& issue : builtin_pack_issues())
                std::fprintf(stderr, "built-in pack:%s\n", issue.to_string().c_str());
        }
        return pack;
    }
    std::string why;
    const auto text = read_file(path, PackLimits::max_document_bytes, why);
    if (!text) {
        cannot_read(path, why, "pack ");
        return nullptr;
    }
    const PackLoadResult loaded = registry.load(*text);
    std::fputs(loaded.report(path).c_str(), stderr);
    if (!loaded.ok()) return nullptr;
    return registry.find(loaded.pack->id);
}

std::optional<Options> parse_options(int argc, char** argv, int first, const std::vector<std::string_view>& known,
                                     std::string& error) {
    Options o;
    for (int i = first; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.size() > 2 && arg.substr(0, 2) == "--") {
            std::string name(arg.substr(2)), value;
            const auto eq = name.find('=');
            if (eq != std::string::npos) {
                value = name.substr(eq + 1);
                name.resize(eq);
            } else if (i + 1 < argc) {
                value = argv[++i];
            } else {
                error = "option --" + name + " needs a value";
                return std::nullopt;
            }
            if (std::find(known.begin(), known.end(), name) == known.end()) {
                error = "unknown option --" + name;
                return std::nullopt;
            }
            o.named.emplace_back(std::move(name), std::move(value));
        } else {
            o.positional.emplace_back(arg);
        }
    }
    return o;
}

}  // namespace replycheck::cli
