#pragma once
// One problem found in a JSON document the app reads (a pack, a scenario set, a practice session,
// a batch request), located by line:column and JSON path:
//   3:17 $.rules["tone.defensive"].severity: expected one of error, warning, suggestion, off
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace replycheck {

struct DocumentIssue {
    bool warning = false;      // warnings do not stop a document from loading
    std::uint32_t line = 0;    // 1-based; 0 when the issue is not tied to a place
    std::uint32_t column = 0;
    std::string path;  // JSON path, "$" for the document
    std::string message;

    // "3:17 $.rules["tone.defensive"].severity: expected ..." (with "warning: " for warnings).
    std::string to_string() const;
};

// All issues, one per line, each prefixed by `source` and ':' when it is not empty.
std::string issues_report(const std::vector<DocumentIssue>& issues, std::string_view source = {});

bool has_error(const std::vector<DocumentIssue>& issues);

}  // namespace replycheck
