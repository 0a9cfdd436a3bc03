#pragma once
// Cue lists for the sentence analysis (negation triggers, request verbs, routes, entity cues) are
// data keyed by locale, in templates/locales/<locale>/<name>.json, embedded at build time. A pack
// in another language brings its own folder; C++ holds no English word lists.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace replycheck {

// The embedded file's text, or nothing. `locale` falls back from "en-GB" to "en".
std::optional<std::string_view> locale_file(std::string_view locale, std::string_view name);

// The parsed file. Throws std::runtime_error naming the file when it is missing or is not JSON:
// shipped data is tested, so this only fires for a locale without a folder.
const nlohmann::json& locale_json(std::string_view locale, std::string_view name);

// One T per language, built by `build(language)` on first use and kept: "en-GB" and "en" share
// en/. Each call site (each `build`) has a store of its own.
template <class T, class Build>
const T& per_language(std::string_view locale, Build build) {
    static std::mutex lock;
    static std::map<std::string, std::unique_ptr<const T>, std::less<>> built;
    const std::lock_guard guard(lock);
    const std::string language(locale.substr(0, locale.find_first_of("-_")));
    if (auto it = built.find(language); it != built.end()) return *it->second;
    std::unique_ptr<const T> made = build(language);
    return *built.emplace(language, std::move(made)).first->second;
}

}  // namespace replycheck
