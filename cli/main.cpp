// replycheck: the command-line front end. It parses arguments, reads files and hands everything
// else to core/.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/checker.h"
#include "engine/json_io.h"
#include "engine/pack_examples.h"
#include "engine/text_report.h"
#include "pack/pack_registry.h"
#include "pack/pack_validation.h"
#include "analyse_command.h"
#include "eval_command.h"
#include "options.h"
#include "read_file.h"
#include "scenarios_command.h"
#include "version.h"

namespace {

using namespace replycheck;
using replycheck::cli::Options;
using replycheck::cli::parse_options;
using replycheck::cli::read_file;
using replycheck::cli::select_pack;

constexpr int kExitReady = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;
// A draft file is read up to this size; over it, nothing of it is checked (drafts are 20 KB).
constexpr std::size_t kMaxDraftFileBytes = 1u << 20;

constexpr const char* kUsage =
    "usage: replycheck <command> [options]\n"
    "\n"
    "commands:\n"
    "  check [--pack FILE] [--channel C] [--visibility public|private]\n"
    "        [--customer-name N] [--customer-handle H] [--customer-post TEXT]\n"
    "        [--agent-name N] [--agent-initials I] [--format text|json] [FILE|-]\n"
    "             check one draft reply (from FILE, or standard input)\n"
    "  batch [--pack FILE] < requests.jsonl > results.jsonl\n"
    "             check JSON requests, one per line\n"
    "  pack validate FILE   report schema and semantic errors of a pack\n"
    "  pack test [FILE]     run every good/bad example of every rule (default: built-in pack)\n"
    "  scenarios validate SET.json            check a scenario set (trainer mode)\n"
    "  scenarios test SET.json [--pack FILE]  every model answer must pass\n"
    "  scenarios grade SET.json answers.jsonl [--pack FILE] [--summary FILE]\n"
    "             grade trainees' answers; JSONL results on stdout, summary on stderr\n"
    "  eval LABELS.jsonl... [--pack FILE] [--show fp|fn|all] [--baseline FILE] [--write-baseline FILE]\n"
    "             precision and recall of each rule against hand labels\n"
    "  analyse [--locale L] [FILE|-]\n"
    "             what the sentence analysis reads in a draft: clauses, negation, requests, routes\n"
    "  --version  print the version\n"
    "  --help     print this help\n"
    "\n"
    "exit status: 0 no error-level findings (valid, passing), 1 error-level findings (an invalid\n"
    "             pack or set, failing tests or answers), 2 usage or input error (see README)\n";

int usage_error(const std::string& message) {
    std::fprintf(stderr, "replycheck: %s\n\n%s", message.c_str(), kUsage);
    return kExitUsage;
}

// Files usually end with a newline the agent did not type into the reply box.
void drop_final_newline(std::string& text) {
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (!text.empty() && text.back() == '\r') text.pop_back();
}

int run_check(int argc, char** argv) {
    std::string error;
    const auto opts = parse_options(argc, argv, 2,
                                    {"pack", "channel", "visibility", "customer-name", "customer-handle",
                                     "customer-post", "agent-name", "agent-initials", "format"},
                                    error);
    if (!opts) return usage_error(error);
    if (opts->positional.size() > 1) return usage_error("check takes at most one FILE");
    const std::string format = opts->get("format") ? *opts->get("format") : "text";
    if (format != "text" && format != "json") return usage_error("--format must be text or json");

    CheckRequest request;
    if (const auto* v = opts->get("channel")) request.channel = *v;
    if (const auto* v = opts->get("visibility")) {
        request.visibility = parse_visibility(*v);
        if (!request.visibility) return usage_error("--visibility must be public or private");
    }
    if (const auto* v = opts->get("customer-name")) request.customer_name = *v;
    if (const auto* v = opts->get("customer-handle")) request.customer_handle = *v;
    if (const auto* v = opts->get("customer-post")) request.customer_post = *v;
    if (const auto* v = opts->get("agent-name")) request.agent_name = *v;
    if (const auto* v = opts->get("agent-initials")) request.agent_initials = *v;

    const std::string source = opts->positional.empty() ? "-" : opts->positional[0];
    std::string why;
    // Room for a final newline; the checker says what is too long about a longer draft.
    auto draft = read_file(source, kMaxDraftFileBytes, why);
    if (!draft) return cli::cannot_read(source, why);
    drop_final_newline(*draft);
    request.draft = std::move(*draft);

    PackRegistry registry;
    const auto pack = select_pack(registry, opts->get("pack") ? *opts->get("pack") : std::string());
    if (!pack) return kExitUsage;

    const CheckResult result = check(request, *pack);
    if (format == "json") {
        std::printf("%s\n", result_to_json(result, request).c_str());
    } else if (!result.ok()) {
        std::fprintf(stderr, "replycheck: %s\n", result.error.c_str());
    } else {
        // fwrite, not fputs: a NUL in the report must not end it.
        const std::string report = render_text_report(result, request);
        std::fwrite(report.data(), 1, report.size(), stdout);
    }
    if (!result.ok()) return kExitUsage;
    return result.ready ? kExitReady : kExitFindings;
}

int run_batch(int argc, char** argv) {
    std::string error;
    const auto opts = parse_options(argc, argv, 2, {"pack"}, error);
    if (!opts) return usage_error(error);
    if (!opts->positional.empty()) return usage_error("batch reads requests from standard input only");
    PackRegistry registry;
    const auto pack = select_pack(registry, opts->get("pack") ? *opts->get("pack") : std::string());
    if (!pack) return kExitUsage;

    const bool progress = isatty(STDERR_FILENO) != 0;
    bool any_bad_input = false, any_not_ready = false;
    std::size_t line_number = 0, checked = 0;
    std::string line;
    bool too_long = false;
    while (cli::read_line(std::cin, kMaxRequestBytes, line, too_long)) {
        ++line_number;
        if (too_long) {
            const std::string why = "$: request line is longer than " + std::to_string(kMaxRequestBytes) + " bytes";
            std::printf("%s\n", error_to_json("bad_request", why, "null", line_number).c_str());
            std::fflush(stdout);
            any_bad_input = true;
            continue;
        }
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const ParsedRequest parsed = request_from_json(line);
        if (!parsed.ok()) {
            std::printf("%s\n", error_to_json("bad_request", parsed.error, parsed.id_json, line_number).c_str());
            any_bad_input = true;
            continue;
        }
        const CheckResult result = check(parsed.request, *pack);
        if (!result.ok()) {
            std::printf("%s\n", error_to_json(result.error_code, result.error, parsed.id_json, line_number).c_str());
            any_bad_input = true;
        } else {
            std::vector<TemplateSuggestion> templates;
            if (parsed.want_templates) templates = suggest_templates(parsed.request, *pack);
            std::printf("%s\n",
                        result_to_json(result, parsed.request, parsed.id_json, parsed.want_templates ? &templates : nullptr)
                            .c_str());
            any_not_ready |= !result.ready;
        }
        std::fflush(stdout);  // streamed: a later failure loses nothing already checked
        ++checked;
        if (progress && checked % 100 == 0) std::fprintf(stderr, "\rchecked %zu", checked);
    }
    if (progress) std::fprintf(stderr, "\rchecked %zu\n", checked);
    std::fflush(stdout);
    if (any_bad_input) return kExitUsage;
    return any_not_ready ? kExitFindings : kExitReady;
}

int run_pack(int argc, char** argv) {
    if (argc < 3) return usage_error("pack needs a subcommand: validate or test");
    const std::string_view sub = argv[2];
    if (sub != "validate" && sub != "test") return usage_error("unknown pack subcommand '" + std::string(sub) + "'");
    if (argc > 4) return usage_error("pack " + std::string(sub) + " takes one FILE");
    if (sub == "validate" && argc != 4) return usage_error("pack validate needs a FILE");
    const std::string path = argc == 4 ? argv[3] : std::string();

    PackRegistry registry;
    if (sub == "validate") {
        std::string why;
        const auto text = read_file(path, PackLimits::max_document_bytes, why);
        if (!text) return cli::cannot_read(path, why);
        const PackValidation validation = validate_pack_document(*text, registry);
        for (const DocumentIssue& issue : validation.issues) std::printf("%s:%s\n", path.c_str(), issue.to_string().c_str());
        if (!validation.ok()) return kExitFindings;
        std::printf("%s: ok\n", path.c_str());
        return kExitReady;
    }
    const auto pack = select_pack(registry, path);
    if (!pack) return kExitUsage;
    const PackExamplesReport report = run_pack_examples(*pack);
    for (const ExampleFailure& f : report.failures)
        std::printf("FAIL %s %s[%zu]: %s\n     draft: %s\n", f.rule.c_str(), f.good ? "good" : "bad", f.index,
                    f.problem.c_str(), f.draft.c_str());
    std::printf("%zu passed, %zu failed, %zu skipped (rule off)\n", report.passed, report.failures.size(),
                report.skipped);
    return report.ok() ? kExitReady : kExitFindings;
}

}  // namespace

int main(int argc, char** argv) {
    // Standard input is only read through std::cin and output only written through stdio, so
    // std::cin can have its own buffer: reading it char by char through stdio made skipping a
    // 300 MB batch line take seconds.
    std::ios::sync_with_stdio(false);
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    const std::string_view command = argv[1];
    if (command == "--version" || command == "version") {
        std::printf("replycheck %s\n", replycheck::kVersion);
        return 0;
    }
    if (command == "--help" || command == "help" || command == "-h") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command == "check") return run_check(argc, argv);
    if (command == "batch") return run_batch(argc, argv);
    if (command == "pack") return run_pack(argc, argv);
    if (command == "scenarios") return replycheck::cli::run_scenarios(argc, argv);
    if (command == "eval") return replycheck::cli::run_eval(argc, argv);
    if (command == "analyse") return replycheck::cli::run_analyse(argc, argv);
    std::fprintf(stderr, "replycheck: unknown command '%s'\n\n%s", argv[1], kUsage);
    return kExitUsage;
}
