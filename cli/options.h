#pragma once
// What the commands share: "--name value" options and the --pack file.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pack/compiled_pack.h"
#include "pack/pack_registry.h"

namespace replycheck::cli {

// "--name value" (or "--name=value") pairs; other arguments are positional.
struct Options {
    std::vector<std::pair<std::string, std::string>> named;
    std::vector<std::string> positional;

    // The last value given for `name`, or null.
    const std::string* get(std::string_view name) const {
        for (auto it = named.rbegin(); it != named.rend(); ++it)
            if (it->first == name) return &it->second;
        return nullptr;
    }
};

// Reads argv[first..argc); an option outside `known` is an error, described in `error`.
std::optional<Options> parse_options(int argc, char** argv, int first, const std::vector<std::string_view>& known,
                                     std::string& error);

// Loads --pack FILE into `registry` and returns it, or the built-in pack without a file. Prints
// the issues and returns null on failure.
std::shared_ptr<const CompiledPack> select_pack(PackRegistry& registry, const std::string& path);

}  // namespace replycheck::cli
