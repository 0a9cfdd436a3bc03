#pragma once
// Shape checks for every JSON document the app reads (packs, scenario sets, practice sessions),
// reporting each problem as a DocumentIssue with line:column and JSON path:
//   "3:17 $.scenarios[0].channel: expected a string, got a number".
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "json/document_issue.h"
#include "json/json_tree.h"

namespace replycheck {

std::string quote(std::string_view s);

class DocumentReader {
public:
    // Issues reported in full; past this many, one last issue says how many more there were.
    static constexpr std::size_t kMaxIssues = 100;

    DocumentReader(std::string_view text, std::vector<DocumentIssue>& issues) : lines_(text), issues_(issues) {}

    void error(std::size_t offset, std::string path, std::string message);
    void warning(std::size_t offset, std::string path, std::string message);
    bool failed() const { return errors_ > 0; }

    // The parsed document, or nothing after reporting why: over `max_bytes` (a whole number of
    // MiB) or not JSON. `what` names the document in the size message ("pack", "session").
    std::optional<json::ParseResult> parse(std::string_view text, std::size_t max_bytes, std::string_view what);

    bool expect(const json::Value& v, json::Kind kind, const std::string& path);
    // Reports keys outside `allowed` ("$schema" and "$comment" are always allowed) and returns
    // false when `object` is not an object.
    bool keys(const json::Value& object, const std::string& path, std::initializer_list<std::string_view> allowed) {
        return keys(object, path, std::span<const std::string_view>(allowed.begin(), allowed.size()));
    }
    bool keys(const json::Value& object, const std::string& path, std::span<const std::string_view> allowed);
    // Reports each of `required` that `object` lacks; returns false when any is missing.
    bool required(const json::Value& object, const std::string& path, std::initializer_list<std::string_view> required);

    bool text(const json::Value& v, const std::string& path, std::size_t max_bytes, std::string& out,
              bool allow_blank = true);
    bool choice(const json::Value& v, const std::string& path, std::initializer_list<std::string_view> options,
                std::string& out);
    bool integer(const json::Value& v, const std::string& path, long long min, long long max, long long& out);
    bool boolean(const json::Value& v, const std::string& path, bool& out);
    // An array of at most `max_items` entries (and at least `min_items`).
    bool list(const json::Value& v, const std::string& path, std::size_t max_items, std::size_t min_items = 0);
    // An array of non-blank strings, each at most `max_bytes`.
    bool strings(const json::Value& v, const std::string& path, std::size_t max_items, std::size_t max_bytes,
                 std::vector<std::string>& out, std::size_t min_items = 0);

private:
    void add(bool is_warning, std::size_t offset, std::string path, std::string message);

    json::LineMap lines_;
    std::vector<DocumentIssue>& issues_;
    std::size_t errors_ = 0;
    std::size_t shown_ = 0;
    std::size_t hidden_ = 0;
    std::size_t summary_index_ = 0;  // of the "and N more issues not shown" issue, once hidden_ > 0
};

// Comma-separated, for "expected one of ..." messages.
std::string join(std::span<const std::string_view> words);
inline std::string join(std::initializer_list<std::string_view> words) {
    return join(std::span<const std::string_view>(words.begin(), words.size()));
}

// Ids in trainer documents double as phrase-list names and CSV cells: lower-case letters,
// digits, '-' and '_', at most 64 bytes.
bool is_plain_id(std::string_view id);

}  // namespace replycheck
