#include "engine/text_report.h"

#include <algorithm>

namespace replycheck {
namespace {

// Columns are counted in code points: right for the Latin-script replies this tool mostly sees,
// approximate for wide (CJK) characters, which a terminal draws two columns wide.
std::size_t columns(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

struct Line {
    std::uint32_t start;
    std::uint32_t end;  // excluding the newline
};

std::vector<Line> split_lines(const std::string& text) {
    std::vector<Line> lines;
    std::uint32_t start = 0;
    for (std::uint32_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            std::uint32_t end = i;
            if (end > start && text[end - 1] == '\r') --end;
            lines.push_back({start, end});
            start = i + 1;
        }
    }
    return lines;
}

}  // namespace

std::string render_text_report(const CheckResult& result, const CheckRequest& request) {
    std::string out;
    if (!result.ok()) return "error: " + result.error + "\n";
    const std::string& draft = request.draft;
    const auto lines = split_lines(draft);
    for (const Line& line : lines) {
        const std::string_view text = std::string_view(draft).substr(line.start, line.end - line.start);
        out += "  ";
        out += text;
        out += '\n';
        for (std::size_t k = 0; k < result.findings.size(); ++k) {
            const Finding& f = result.findings[k];
            // A finding is drawn on every line it touches; a point finding at the line's end too.
            const bool touches = f.start <= line.end && f.end >= line.start &&
                                 !(f.end == line.start && f.start < line.start) &&
                                 !(f.start == line.end && f.end > line.end);
            if (!touches) continue;
            const std::uint32_t from = std::max(f.start, line.start);
            const std::uint32_t to = std::min(f.end, line.end);
            out += "  ";
            out += std::string(columns(std::string_view(draft).substr(line.start, from - line.start)), ' ');
            out += std::string(std::max<std::size_t>(1, columns(std::string_view(draft).substr(from, to - from))), '^');
            out += ' ';
            out += std::to_string(k + 1);
            out += '\n';
        }
    }
    out += '\n';
    for (std::size_t k = 0; k < result.findings.size(); ++k) {
        const Finding& f = result.findings[k];
        out += std::to_string(k + 1) + ". " + std::string(to_string(f.severity)) + " [" + f.rule + "] " + f.message + "\n";
        for (const Suggestion& s : f.suggestions) {
            out += "     -> " + s.label;
            if (!s.text.empty() || s.start != s.end) out += ": \"" + s.text + "\"";
            if (s.safe) out += " (safe)";
            out += '\n';
        }
    }
    if (result.findings.empty()) out += "No findings.\n";
    for (const std::string& rule : result.failed_checks) out += "note: the " + rule + " check failed to run\n";
    out += "\nlength: " + std::to_string(result.length.count) + "/" + std::to_string(result.length.limit) + " (" +
           result.channel + ")\n";
    out += "score: " + std::to_string(result.score) + "/100  " + (result.ready ? "ready to send" : "NOT ready: fix the errors") +
           "\n";
    return out;
}

}  // namespace replycheck
