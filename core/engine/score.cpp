#include "engine/score.h"

#include <cmath>
#include <map>
#include <string_view>

namespace replycheck {
namespace {

double weight(Severity s) {
    switch (s) {
        case Severity::error: return 30.0;
        case Severity::warning: return 10.0;
        case Severity::suggestion: return 3.0;
    }
    return 10.0;
}

}  // namespace

int readiness_score(std::span<const Finding> findings) {
    std::map<std::string_view, int> repeats;
    double penalty = 0;
    for (const Finding& f : findings) {
        const int seen = repeats[f.rule]++;
        penalty += weight(f.severity) * std::ldexp(1.0, -seen);
    }
    return static_cast<int>(std::lround(100.0 * std::exp(-penalty / 100.0)));
}

}  // namespace replycheck
