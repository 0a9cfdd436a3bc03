#include "json/document_reader.h"

#include <algorithm>

namespace replycheck {
std::string join(std::span<const std::string_view> words) {
    std::string out;
    for (std::string_view w : words) {
        if (!out.empty()) out += ", ";
        out += w;
    }
    return out;
}

std::string quote(std::string_view s) {
    std::string out = "\"";
    out += s;
    out += '"';
    return out;
}

void DocumentReader::error(std::size_t offset, std::string path, std::string message) {
    add(false, offset, std::move(path), std::move(message));
}

void DocumentReader::warning(std::size_t offset, std::string path, std::string message) {
    add(true, offset, std::move(path), std::move(message));
}

void DocumentReader::add(bool is_warning, std::size_t offset, std::string path, std::string message) {
    if (!is_warning) ++errors_;
    if (shown_ < kMaxIssues) {
        ++shown_;
        const json::Location at = lines_.locate(offset);
        issues_.push_back({is_warning, at.line, at.column, std::move(path), std::move(message)});
        return;
    }
    // Past the cap, one closing issue counts the rest: a document with 300k bad keys would
    // otherwise print 300k lines (and take minutes to locate them all).
    if (hidden_ == 0) {
        summary_index_ = issues_.size();
        issues_.push_back({true, 0, 0, "$", ""});
    }
    ++hidden_;
    DocumentIssue& summary = issues_[summary_index_];
    if (!is_warning) summary.warning = false;
    summary.message = "and " + std::to_string(hidden_) + " more issue" + (hidden_ == 1 ? "" : "s") + " not shown";
}

std::optional<json::ParseResult> DocumentReader::parse(std::string_view text, std::size_t max_bytes,
                                                       std::string_view what) {
    if (text.size() > max_bytes) {
        issues_.push_back({false, 0, 0, "$",
                           std::string(what) + " is " + std::to_string(text.size()) + " bytes; the limit is " +
                               std::to_string(max_bytes >> 20) + " MiB (" + std::to_string(max_bytes) + " bytes)"});
        ++errors_;
        return std::nullopt;
    }
    json::ParseResult parsed = json::parse(text);
    if (!parsed.value) {
        error(parsed.error.offset, "$", parsed.error.message);
        return std::nullopt;
    }
    return parsed;
}

bool DocumentReader::expect(const json::Value& v, json::Kind kind, const std::string& path) {
    if (v.kind == kind) return true;
    error(v.offset, path,
          "expected " + std::string(json::kind_name(kind)) + ", got " + std::string(json::kind_name(v.kind)));
    return false;
}

bool DocumentReader::keys(const json::Value& object, const std::string& path,
                          std::span<const std::string_view> allowed) {
    if (!expect(object, json::Kind::object, path)) return false;
    std::string expected;
    for (const json::Member& m : object.members) {
        if (m.key == "$schema" || m.key == "$comment") continue;
        if (std::find(allowed.begin(), allowed.end(), m.key) != allowed.end()) continue;
        // Past the cap only the count matters: 300k unknown keys need no 300k messages.
        if (shown_ >= kMaxIssues) {
            add(false, 0, {}, {});
            continue;
        }
        if (expected.empty()) expected = " (expected one of " + join(allowed) + ")";
        error(m.key_offset, json::path_key(path, m.key), "unknown key " + quote(m.key) + expected);
    }
    return true;
}

bool DocumentReader::required(const json::Value& object, const std::string& path,
                              std::initializer_list<std::string_view> names) {
    bool ok = true;
    for (std::string_view name : names)
        if (object.find(name) == nullptr) {
            error(object.offset, path, "missing required key " + quote(name));
            ok = false;
        }
    return ok;
}

bool DocumentReader::text(const json::Value& v, const std::string& path, std::size_t max_bytes, std::string& out,
                          bool allow_blank) {
    if (!expect(v, json::Kind::string, path)) return false;
    if (v.string.size() > max_bytes) {
        error(v.offset, path, "longer than " + std::to_string(max_bytes) + " bytes");
        return false;
    }
    if (!allow_blank && v.string.find_first_not_of(" \t\r\n") == std::string::npos) {
        error(v.offset, path, "must not be empty");
        return false;
    }
    out = v.string;
    return true;
}

bool DocumentReader::choice(const json::Value& v, const std::string& path,
                            std::initializer_list<std::string_view> options, std::string& out) {
    if (v.kind == json::Kind::string && std::find(options.begin(), options.end(), v.string) != options.end()) {
        out = v.string;
        return true;
    }
    error(v.offset, path, "expected one of " + join(options));
    return false;
}

bool DocumentReader::integer(const json::Value& v, const std::string& path, long long min, long long max,
                             long long& out) {
    if (!expect(v, json::Kind::number, path)) return false;
    if (!v.integral || v.number < static_cast<double>(min) || v.number > static_cast<double>(max)) {
        error(v.offset, path, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
        return false;
    }
    out = static_cast<long long>(v.number);
    return true;
}

bool DocumentReader::boolean(const json::Value& v, const std::string& path, bool& out) {
    if (!expect(v, json::Kind::boolean, path)) return false;
    out = v.boolean;
    return true;
}

bool DocumentReader::list(const json::Value& v, const std::string& path, std::size_t max_items,
                          std::size_t min_items) {
    if (!expect(v, json::Kind::array, path)) return false;
    if (v.items.size() > max_items) {
        error(v.offset, path, "more than " + std::to_string(max_items) + " entries");
        return false;
    }
    if (v.items.size() < min_items) {
        error(v.offset, path,
              min_items == 1 ? std::string("needs at least one entry")
                             : "needs at least " + std::to_string(min_items) + " entries");
        return false;
    }
    return true;
}

bool DocumentReader::strings(const json::Value& v, const std::string& path, std::size_t max_items,
                             std::size_t max_bytes, std::vector<std::string>& out, std::size_t min_items) {
    if (!list(v, path, max_items, min_items)) return false;
    bool ok = true;
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        std::string s;
        if (text(v.items[i], json::path_index(path, i), max_bytes, s, false)) out.push_back(std::move(s));
        else ok = false;
    }
    return ok;
}

bool is_plain_id(std::string_view id) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

}  // namespace replycheck
