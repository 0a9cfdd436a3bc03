#include "base/enums.h"

#include <array>
#include <utility>

namespace replycheck {
namespace {

template <class E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<Severity, 3> kSeverities{{{Severity::suggestion, "suggestion"},
                                           {Severity::warning, "warning"},
                                           {Severity::error, "error"}}};
constexpr Names<Visibility, 2> kVisibilities{{{Visibility::public_reply, "public"},
                                               {Visibility::private_reply, "private"}}};
constexpr Names<Mood, 3> kMoods{{{Mood::upset, "upset"}, {Mood::neutral, "neutral"}, {Mood::happy, "happy"}}};

template <class E, std::size_t N>
std::string_view name_of(const Names<E, N>& names, E value) {
    for (const auto& [e, name] : names)
        if (e == value) return name;
    return names[0].second;
}

template <class E, std::size_t N>
std::optional<E> parse(const Names<E, N>& names, std::string_view text) {
    for (const auto& [e, name] : names)
        if (name == text) return e;
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Severity s) { return name_of(kSeverities, s); }
std::string_view to_string(Visibility v) { return name_of(kVisibilities, v); }
std::string_view to_string(Mood m) { return name_of(kMoods, m); }

std::optional<Severity> parse_severity(std::string_view text) { return parse(kSeverities, text); }
std::optional<Visibility> parse_visibility(std::string_view text) { return parse(kVisibilities, text); }
std::optional<Mood> parse_mood(std::string_view text) { return parse(kMoods, text); }

}  // namespace replycheck
