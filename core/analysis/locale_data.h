#pragma once
// Cue lists for the sentence analysis (negation triggers, request verbs, routes, entity cues) are
// data keyed by locale, in templates/locales/<locale>/<name>.json, embedded at build time. A pack
// in another language brings its own folder; C++ holds no English word lists.
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace replycheck {

// The embedded file's text, or nothing. `locale` falls back from "en-GB" to "en".
std::optional<std::string_view> locale_file(std::string_view locale, std::string_view name);

// The parsed file. Throws std::runtime_error naming the file when it is missing or is not JSON:
// shipped data is tested, so this only fires for a locale without a folder.
const nlohmann::json& locale_json(std::string_view locale, std::string_view name);

}  // namespace replycheck
