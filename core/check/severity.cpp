#include "check/finding.h"

namespace replycheck {

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::suggestion: return "suggestion";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "warning";
}

bool parse_severity(std::string_view text, Severity& out) {
    if (text == "suggestion") out = Severity::suggestion;
    else if (text == "warning") out = Severity::warning;
    else if (text == "error") out = Severity::error;
    else return false;
    return true;
}

}  // namespace replycheck
