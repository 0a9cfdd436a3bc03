// Check latency: a typical 120-character reply and a long 2,000-character one with the built-in
// pack, and the effect of pack size (100 vs 10,000 terminology entries). Targets: <= 10 us for
// 120 chars in wasm, wasm <= 2x native, 10k pack <= 1.5x the 100 pack.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "check/check.h"
#include "checks/checks.h"
#include "analysis/entities.h"
#include "analysis/sentence_analysis.h"
#include "engine/checker.h"
#include "harness.h"
#include "pack/compiled_pack.h"
#include "pack/pack_registry.h"

// Heap allocations, counted so that the benchmark can report how many one check makes: in wasm
// each one is a call into dlmalloc, and they add up. Counting costs one increment.
namespace {
std::size_t g_allocations = 0;
}  // namespace

void* operator new(std::size_t size) {
    ++g_allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

using namespace replycheck;

std::size_t allocations_per_check(const CheckRequest& request, const CompiledPack& pack) {
    bench::keep(check(request, pack));  // first use builds static tables; not counted
    const std::size_t before = g_allocations;
    bench::keep(check(request, pack));
    return g_allocations - before;
}

CheckRequest request_of(std::string draft) {
    CheckRequest r;
    r.draft = std::move(draft);
    r.customer_post = "@SkyWayHelp my router has been down since Monday and nobody answers, this is ridiculous";
    r.customer_name = "Sam";
    r.customer_handle = "sam_k";
    r.agent_name = "Jo";
    r.agent_initials = "JD";
    return r;
}

// A pack with `terms` terminology entries on top of the built-in one, generated so that none of
// them occurs in the drafts (the realistic case: big glossaries, few hits).
std::shared_ptr<const CompiledPack> pack_with_terms(std::size_t terms) {
    Pack pack = builtin_pack()->pack();
    pack.id = "bench-" + std::to_string(terms);
    for (std::size_t i = 0; i < terms; ++i)
        pack.terminology.push_back({"legacy term " + std::to_string(i), "Term " + std::to_string(i), ""});
    return CompiledPack::compile(std::move(pack));
}

// Each check alone over one prepared context, to see where a check's time goes and which checks
// run slower in wasm than native. The context is built as the engine builds it; its shared,
// lazily computed parts (phrase matches, length, names) are computed before timing starts.
// `only` (a rule id) runs that check `repeat` times untimed instead, for a profiler.
void time_each_check(const CheckRequest& request, const CompiledPack& pack, const char* label,
                     std::string_view only = {}, long repeat = 0) {
    const AnalysedText draft(request.draft, pack.locale());
    const AnalysedText post(request.customer_post, pack.locale());
    const PostSignals signals = read_post(post, "en");
    const ChannelSpec* channel = default_channel(request.channel);
    CheckContext ctx{request, draft, post, pack.pack(), pack, *channel, channel->default_visibility, signals};
    const auto checks = all_checks();
    for (std::size_t k = 0; k < checks.size(); ++k) {
        ctx.rule = k;
        Findings warm;
        checks[k](ctx, warm);
    }
    for (std::size_t k = 0; k < checks.size(); ++k) {
        ctx.rule = k;
        if (!only.empty()) {
            for (long i = 0; only == kRules[k].id && i < repeat; ++i) {
                Findings found;
                checks[k](ctx, found);
                bench::keep(found);
            }
            continue;
        }
        const std::string name = std::string(label) + " " + std::string(kRules[k].id);
        bench::run(name.c_str(), [&] {
            Findings found;
            checks[k](ctx, found);
            bench::keep(found);
        }, 60.0);
    }
}

}  // namespace

int main(int argc, char** argv) {
    const auto builtin = builtin_pack();
    if (!builtin) {
        std::fprintf(stderr, "built-in pack failed to load\n");
        return 1;
    }
    const std::string reply120 =
        "Hi Sam, sorry your router has been down since Monday. We're resetting the line now; DM us if it's not back. ^JD";
    std::string reply2000;
    while (reply2000.size() < 2000) reply2000 += reply120 + " ";
    reply2000.resize(2000);

    const CheckRequest short_request = request_of(reply120);
    const CheckRequest long_request = request_of(reply2000);

    // `--profile-check RULE N`: N runs of one check over the long reply's context.
    if (argc >= 4 && std::strcmp(argv[1], "--profile-check") == 0) {
        time_each_check(long_request, *builtin, "", argv[2], std::atol(argv[3]));
        return 0;
    }
    // `--profile N [long]`: N plain checks and nothing else, for instruction counts under
    // callgrind (valgrind --tool=callgrind check_bench --profile 2000); the timed cases below
    // would drown the check in harness and pack-compilation work.
    if (argc >= 3 && std::strcmp(argv[1], "--profile") == 0) {
        const long n = std::atol(argv[2]);
        const CheckRequest& req = argc >= 4 && std::strcmp(argv[3], "long") == 0 ? long_request : short_request;
        for (long i = 0; i < n; ++i) bench::keep(check(req, *builtin));
        return 0;
    }
    std::printf("reply lengths: %zu and %zu bytes\n", reply120.size(), reply2000.size());
    std::printf("heap allocations per check: %zu (120 chars), %zu (2000 chars)\n",
                allocations_per_check(short_request, *builtin), allocations_per_check(long_request, *builtin));

    bench::run("check 120 chars, default pack", [&] { bench::keep(check(short_request, *builtin)); });
    bench::run("check 2000 chars, default pack", [&] { bench::keep(check(long_request, *builtin)); });

    const auto small = pack_with_terms(100);
    const auto large = pack_with_terms(10000);
    const double t100 = bench::run("check 120 chars, +100 terms", [&] { bench::keep(check(short_request, *small)); });
    const double t10k = bench::run("check 120 chars, +10000 terms", [&] { bench::keep(check(short_request, *large)); });
    std::printf("10k/100 ratio: %.2f\n", t10k / t100);

    const AnalysedText draft(reply120, builtin->locale());
    bench::run("phrase matching only, 120 chars, 10k terms", [&] { bench::keep(large->match_phrases(draft)); });
    bench::run("analysis only, 120 chars", [&] { bench::keep(AnalysedText(reply120, "en")); });
    // What every check reads before it runs: entities, clauses, negation, routes, requests.
    bench::run("entities + sentence analysis, 120 chars", [&] {
        const Entities entities = find_entities(draft, builtin->locale());
        bench::keep(SentenceAnalysis(draft, entities, sentence_cues(builtin->locale())).clauses().size());
    });
    bench::run("compile pack with 10000 terms", [&] { bench::keep(pack_with_terms(10000)); }, 2000.0);
    time_each_check(long_request, *builtin, "2000 chars:");
    return 0;
}
