#pragma once
// A plain benchmark harness that builds the same natively and to wasm (Google Benchmark does not
// build with Debian's emscripten). Prints one line per case: name, median and spread per op.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace replycheck::bench {

// Runs `op` in batches until about `budget_ms` has passed, and reports the median batch time per
// op. Returns the median in nanoseconds.
template <class Op>
double run(const char* name, Op&& op, double budget_ms = 400.0) {
    using clock = std::chrono::steady_clock;
    // Warm up first. V8 runs wasm in its baseline compiler until a function proves hot and then
    // compiles optimised code on background threads, which on a busy machine take the CPU from
    // the benchmark for a second or more; without this the first case measured (whichever it is)
    // reads up to twice as slow as it runs. Later cases reuse the optimised code.
    static bool first_case = true;
    const auto warm_until = clock::now() + std::chrono::milliseconds(first_case ? 2000 : 150);
    first_case = false;
    while (clock::now() < warm_until) op();
    // Size a batch so that one takes ~1 ms, to stay well above the clock's resolution.
    std::size_t batch = 1;
    for (;;) {
        const auto t0 = clock::now();
        for (std::size_t i = 0; i < batch; ++i) op();
        const double ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
        if (ms >= 1.0 || batch >= (1u << 24)) break;
        batch *= 2;
    }
    std::vector<double> per_op_ns;
    const auto start = clock::now();
    while (per_op_ns.size() < 15 ||
           (std::chrono::duration<double, std::milli>(clock::now() - start).count() < budget_ms &&
            per_op_ns.size() < 2000)) {
        const auto t0 = clock::now();
        for (std::size_t i = 0; i < batch; ++i) op();
        per_op_ns.push_back(std::chrono::duration<double, std::nano>(clock::now() - t0).count() / batch);
    }
    std::sort(per_op_ns.begin(), per_op_ns.end());
    const double median = per_op_ns[per_op_ns.size() / 2];
    const double p10 = per_op_ns[per_op_ns.size() / 10];
    const double p90 = per_op_ns[per_op_ns.size() * 9 / 10];
#ifdef __EMSCRIPTEN__
    const char* build = "wasm";
#else
    const char* build = "native";
#endif
    std::printf("%-44s %-6s median %10.0f ns  (p10 %.0f, p90 %.0f, %zu samples x %zu ops)\n", name, build,
                median, p10, p90, per_op_ns.size(), batch);
    return median;
}

// Keeps the optimiser from discarding a result.
template <class T>
void keep(const T& value) {
    asm volatile("" : : "r"(&value) : "memory");
}

}  // namespace replycheck::bench
