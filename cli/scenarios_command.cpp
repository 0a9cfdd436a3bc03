// replycheck scenarios: validate a scenario set and test its model answers; the helpers every
// subcommand shares. Grading a class is in scenarios_grade.cpp.
#include "scenarios_command.h"
#include "scenarios_support.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pack/pack_registry.h"
#include "training/grading.h"
#include "training/scenario_set.h"
#include "training/scenario_validation.h"

namespace replycheck::cli {

const char* const kScenariosUsage =
    "  scenarios validate SET.json\n"
    "             report schema and semantic errors of a scenario set\n"
    "  scenarios test SET.json [--pack FILE]...\n"
    "             every model answer must be ready and cover every key point\n"
    "  scenarios grade SET.json answers.jsonl [--pack FILE]... [--summary FILE]\n"
    "             grade {\"id\", \"trainee\", \"scenario\", \"reply\"} lines; results as JSONL on\n"
    "             stdout, a summary on stderr (and as JSON in FILE)\n"
    "             (shipped set: templates/scenarios/social-care-basics.json)\n";

int usage_error(const std::string& message) {
    std::fprintf(stderr, "replycheck: %s\n\nusage:\n%s", message.c_str(), kScenariosUsage);
    return kExitUsage;
}

std::optional<ScenarioSet> load_set(const std::string& path) {
    std::string why;
    const auto text = read_file(path, ScenarioLimits::max_document_bytes, why);
    if (!text) {
        cannot_read(path, why);
        return std::nullopt;
    }
    ScenarioSetLoadResult loaded = load_scenario_set(*text);
    std::fputs(loaded.report(path).c_str(), stderr);
    return std::move(loaded.set);
}

// The pack `set` is graded with, after loading --pack files (parents first) into `registry`.
std::shared_ptr<const CompiledPack> grading_pack(PackRegistry& registry, const std::vector<std::string>& files,
                                                 const ScenarioSet& set) {
    std::vector<PackSource> sources;
    for (const std::string& file : files) {
        std::string why;
        const auto text = read_file(file, PackLimits::max_document_bytes, why);
        if (!text) {
            cannot_read(file, why, "pack ");
            return nullptr;
        }
        sources.push_back({file, *text});
    }
    bool ok = true;
    const auto results = registry.load_all(sources);
    for (std::size_t i = 0; i < results.size(); ++i) {
        std::fputs(results[i].report(sources[i].name).c_str(), stderr);
        ok &= results[i].ok();
    }
    if (!ok) return nullptr;
    auto pack = registry.find(set.pack);
    if (!pack)
        std::fprintf(stderr, "replycheck: scenario set \"%s\" is graded with pack \"%s\", which is not loaded; pass it with --pack FILE\n",
                     set.id.c_str(), set.pack.c_str());
    return pack;
}

namespace {

std::optional<Arguments> parse_arguments(int argc, char** argv, bool takes_summary, std::string& error) {
    Arguments a;
    for (int i = 3; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--pack" || arg == "--summary") {
            if (arg == "--summary" && !takes_summary) {
                error = "unknown option --summary";
                return std::nullopt;
            }
            if (i + 1 >= argc) {
                error = "option " + std::string(arg) + " needs a value";
                return std::nullopt;
            }
            if (arg == "--pack") a.packs.emplace_back(argv[++i]);
            else a.summary = argv[++i];
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            error = "unknown option " + std::string(arg);
            return std::nullopt;
        } else {
            a.positional.emplace_back(arg);
        }
    }
    return a;
}

int run_validate(const Arguments& args) {
    if (args.positional.size() != 1 || !args.packs.empty()) return usage_error("scenarios validate takes one SET.json");
    const std::string& path = args.positional[0];
    std::string why;
    const auto text = read_file(path, ScenarioLimits::max_document_bytes, why);
    if (!text) return cannot_read(path, why);
    const ScenarioSetValidation validation = validate_scenario_set(*text);
    for (const DocumentIssue& issue : validation.issues) std::printf("%s:%s\n", path.c_str(), issue.to_string().c_str());
    // As `pack validate`: a document with errors is a finding (1); only an unreadable file or bad
    // arguments are 2.
    if (!validation.ok()) return kExitFailing;
    std::printf("%s: ok\n", path.c_str());
    return kExitOk;
}

int run_test(const Arguments& args) {
    if (args.positional.size() != 1) return usage_error("scenarios test takes one SET.json");
    const auto set = load_set(args.positional[0]);
    if (!set) return kExitUsage;
    PackRegistry registry;
    const auto pack = grading_pack(registry, args.packs, *set);
    if (!pack) return kExitUsage;
    const Grader grader(*set, pack);
    const ScenarioSetTestReport report = test_scenario_set(*set, grader);
    for (const std::string& failure : report.failures) std::printf("FAIL %s\n", failure.c_str());
    std::printf("%zu model answers passed, %zu failures\n", report.passed, report.failures.size());
    return report.ok() ? kExitOk : kExitFailing;
}

}  // namespace

int run_scenarios(int argc, char** argv) {
    if (argc < 3) return usage_error("scenarios needs a subcommand: validate, test or grade");
    const std::string_view sub = argv[2];
    if (sub != "validate" && sub != "test" && sub != "grade")
        return usage_error("unknown scenarios subcommand '" + std::string(sub) + "'");
    std::string error;
    const auto args = parse_arguments(argc, argv, sub == "grade", error);
    if (!args) return usage_error(error);
    if (sub == "validate") return run_validate(*args);
    if (sub == "test") return run_test(*args);
    return run_grade(*args);
}

}  // namespace replycheck::cli
