#include "eval_command.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "eval/evaluation.h"
#include "json/json_tree.h"
#include "options.h"
#include "read_file.h"

namespace replycheck::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitBelowBaseline = 1;
constexpr int kExitUsage = 2;

std::string base_name(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string number(std::optional<double> v) {
    if (!v) return "    -";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%5.3f", *v);
    return buf;
}

void print_confusion(const Confusion& c) {
    std::printf(" %4zu %4zu %4zu  %s %s %s", c.true_positives, c.false_positives, c.false_negatives,
                number(c.precision()).c_str(), number(c.recall()).c_str(), number(c.f1()).c_str());
}

void print_table(const std::string& name, const Evaluation& e) {
    std::printf("\n%s: %zu replies\n", name.c_str(), e.replies);
    std::printf("%-26s %5s | %-35s | %-35s\n", "rule", "true", "error+warning: tp   fp   fn      P     R    F1",
                "any level:     tp   fp   fn      P     R    F1");
    for (const RuleEvaluation& r : e.rules) {
        std::printf("%-26s %5zu |              ", r.rule.c_str(), r.blocking.labelled_true());
        print_confusion(r.blocking);
        std::printf(" |              ");
        print_confusion(r.any);
        std::printf("\n");
    }
    const double share = e.replies == 0 ? 0.0 : 100.0 * static_cast<double>(e.replies_with_false_blocking) /
                                                     static_cast<double>(e.replies);
    std::printf("replies with an error- or warning-level finding labelled false: %zu of %zu (%.1f%%)\n",
                e.replies_with_false_blocking, e.replies, share);
    std::printf("replies with an error- or warning-level finding of a rule not labelled: %zu\n",
                e.replies_with_unlabelled_blocking);
    for (const auto& [rule, lines] : e.unknown_rules)
        std::printf("labels of a rule this build does not have: %s (%zu lines)\n", rule.c_str(), lines);
    for (std::size_t i = 0; i < e.bad_lines.size() && i < 10; ++i) std::printf("skipped %s\n", e.bad_lines[i].c_str());
    if (e.bad_lines.size() > 10) std::printf("skipped %zu more bad lines\n", e.bad_lines.size() - 10);
}

void print_misses(const Evaluation& e, const std::string& show) {
    for (const EvalMiss& m : e.misses) {
        const bool fn = m.label;
        if ((show == "fp" && fn) || (show == "fn" && !fn)) continue;
        std::printf("%s %s line %zu id %s%s\n  draft: %s\n", fn ? "FN" : "FP", m.rule.c_str(), m.line, m.id.c_str(),
                    m.blocking ? "" : " (suggestion level only)", m.draft.c_str());
        if (!m.findings.empty()) std::printf("  found: %s\n", m.findings.c_str());
    }
}

// Rounded down, so that a baseline written from a run is met by the same run.
double floor3(double v) { return std::floor(v * 1000.0 + 1e-9) / 1000.0; }

nlohmann::ordered_json baseline_of(const Evaluation& e) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::object();
    for (const RuleEvaluation& r : e.rules) {
        nlohmann::ordered_json entry = nlohmann::ordered_json::object();
        if (const auto p = r.blocking.precision()) entry["precision"] = floor3(*p);
        if (const auto rc = r.blocking.recall()) entry["recall"] = floor3(*rc);
        rules[r.rule] = std::move(entry);
    }
    return rules;
}

// Each rule's precision and recall at the blocking level must stay at or above the baseline's.
// A precision with no prediction at all counts as 1 (nothing was flagged wrongly).
int compare(const std::string& name, const Evaluation& e, const nlohmann::json& baseline) {
    if (!baseline.contains(name)) {
        std::printf("baseline: no entry for %s\n", name.c_str());
        return kExitOk;
    }
    int status = kExitOk;
    for (const auto& [rule, floors] : baseline[name].items()) {
        const RuleEvaluation* r = e.find(rule);
        if (r == nullptr) {
            std::printf("BELOW BASELINE %s %s: no longer labelled\n", name.c_str(), rule.c_str());
            status = kExitBelowBaseline;
            continue;
        }
        const std::pair<const char*, std::optional<double>> measures[] = {
            {"precision", r->blocking.precision().value_or(1.0)}, {"recall", r->blocking.recall()}};
        for (const auto& [measure, value] : measures) {
            if (!floors.contains(measure) || !value) continue;
            const double floor = floors[measure].get<double>();
            if (*value + 1e-9 < floor) {
                std::printf("BELOW BASELINE %s %s %s: %.3f < %.3f\n", name.c_str(), rule.c_str(), measure, *value, floor);
                status = kExitBelowBaseline;
            }
        }
    }
    return status;
}

}  // namespace

int run_eval(int argc, char** argv) {
    std::string error;
    const auto opts = parse_options(argc, argv, 2, {"pack", "show", "baseline", "write-baseline"}, error);
    if (!opts || opts->positional.empty()) {
        std::fprintf(stderr, "replycheck: %s\nusage: replycheck eval LABELS.jsonl... [--pack FILE] [--show fp|fn|all] "
                             "[--baseline FILE] [--write-baseline FILE]\n",
                     opts ? "eval needs at least one LABELS.jsonl" : error.c_str());
        return kExitUsage;
    }
    const std::string show = opts->get("show") ? *opts->get("show") : "";
    if (!show.empty() && show != "fp" && show != "fn" && show != "all") {
        std::fprintf(stderr, "replycheck: --show must be fp, fn or all\n");
        return kExitUsage;
    }
    PackRegistry registry;
    const auto pack = select_pack(registry, opts->get("pack") ? *opts->get("pack") : std::string());
    if (!pack) return kExitUsage;

    nlohmann::json baseline;
    if (const std::string* path = opts->get("baseline")) {
        std::string why;
        const auto text = read_file(*path, kMaxInputBytes, why);
        // The strict parser first: it bounds nesting, which nlohmann's recursive dump() does not.
        const bool parses = text && replycheck::json::parse(*text).value.has_value();
        baseline = parses ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
        if (!baseline.is_object()) {
            std::fprintf(stderr, "replycheck: cannot read baseline %s as a JSON object\n", path->c_str());
            return kExitUsage;
        }
    }
    std::printf("pack: %s\n", pack->pack().id.c_str());
    int status = kExitOk;
    nlohmann::ordered_json written = nlohmann::ordered_json::object();
    for (const std::string& path : opts->positional) {
        std::string why;
        const auto text = read_file(path, kMaxInputBytes, why);
        if (!text) return cannot_read(path, why);
        const Evaluation e = evaluate(*text, *pack);
        const std::string name = base_name(path);
        print_table(name, e);
        if (!show.empty()) print_misses(e, show);
        if (!e.bad_lines.empty()) status = kExitUsage;
        if (!baseline.is_null() && compare(name, e, baseline) != kExitOk && status == kExitOk)
            status = kExitBelowBaseline;
        written[name] = baseline_of(e);
    }
    if (const std::string* path = opts->get("write-baseline")) {
        std::ofstream out(*path, std::ios::binary);
        out << written.dump(2) << "\n";
        if (!out) {
            std::fprintf(stderr, "replycheck: cannot write %s\n", path->c_str());
            return kExitUsage;
        }
    }
    return status;
}

}  // namespace replycheck::cli
