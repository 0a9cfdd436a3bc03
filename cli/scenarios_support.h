#pragma once
// What the `replycheck scenarios` subcommands share (cli/scenarios_command.cpp defines it).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pack/compiled_pack.h"
#include "pack/pack_registry.h"
#include "read_file.h"
#include "training/scenario_set.h"

namespace replycheck::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailing = 1;
constexpr int kExitUsage = 2;

struct Arguments {
    std::vector<std::string> positional;
    std::vector<std::string> packs;  // --pack FILE, in the order given
    std::string summary;             // --summary FILE
};

// Prints the message and the subcommands' usage; returns kExitUsage.
int usage_error(const std::string& message);
// Loads a scenario set, printing its issues (prefixed by the path) to stderr.
std::optional<ScenarioSet> load_set(const std::string& path);
// Loads the --pack files into `registry` (parents first) and returns the pack the set names, or
// null after saying why on stderr.
std::shared_ptr<const CompiledPack> grading_pack(PackRegistry& registry, const std::vector<std::string>& files,
                                                 const ScenarioSet& set);

int run_grade(const Arguments& args);  // scenarios_grade.cpp

}  // namespace replycheck::cli
