#include "json/document_issue.h"

#include <algorithm>

namespace replycheck {

std::string DocumentIssue::to_string() const {
    std::string out;
    if (line > 0) out += std::to_string(line) + ":" + std::to_string(column) + " ";
    out += path.empty() ? "$" : path;
    out += ": ";
    if (warning) out += "warning: ";
    out += message;
    return out;
}

std::string issues_report(const std::vector<DocumentIssue>& issues, std::string_view source) {
    std::string out;
    for (const DocumentIssue& issue : issues) {
        if (!source.empty()) {
            out += source;
            out += ':';
        }
        out += issue.to_string();
        out += '\n';
    }
    return out;
}

bool has_error(const std::vector<DocumentIssue>& issues) {
    return std::any_of(issues.begin(), issues.end(), [](const DocumentIssue& i) { return !i.warning; });
}

}  // namespace replycheck
