#include "analysis/locale_data.h"

#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

#include "analysis/locale_data_table.h"

namespace replycheck {
namespace {

std::optional<std::string_view> exact(std::string_view locale, std::string_view name) {
    for (const LocaleFileRow* row = kLocaleFiles; row->locale != nullptr; ++row)
        if (locale == row->locale && name == row->name)
            return std::string_view(reinterpret_cast<const char*>(row->bytes), static_cast<std::size_t>(*row->size));
    return std::nullopt;
}

}  // namespace

std::optional<std::string_view> locale_file(std::string_view locale, std::string_view name) {
    if (auto found = exact(locale, name)) return found;
    const std::size_t cut = locale.find_first_of("-_");
    if (cut != std::string_view::npos) return exact(locale.substr(0, cut), name);
    return std::nullopt;
}

const nlohmann::json& locale_json(std::string_view locale, std::string_view name) {
    // Parsed once per file and kept: checks ask for cues on every draft.
    static std::mutex lock;
    static std::map<std::string, nlohmann::json, std::less<>> parsed;
    const std::lock_guard guard(lock);
    std::string key = std::string(locale) + "/" + std::string(name);
    if (auto it = parsed.find(key); it != parsed.end()) return it->second;
    const auto text = locale_file(locale, name);
    if (!text) throw std::runtime_error("no locale data " + key + ".json under templates/locales/");
    nlohmann::json doc = nlohmann::json::parse(*text, nullptr, false);
    if (doc.is_discarded()) throw std::runtime_error("templates/locales/" + key + ".json is not valid JSON");
    return parsed.emplace(std::move(key), std::move(doc)).first->second;
}

}  // namespace replycheck
