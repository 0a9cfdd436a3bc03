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

// A draft line as the terminal should see it: control characters (NUL, ESC, TAB...) become their
// one-column Control Pictures (U+2400 block), so they neither cut the report short nor move the
// caret lines out of line, nor send escape sequences to the terminal.
void append_visible(std::string& out, std::string_view text) {
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c != 0x7F) {
            out += ch;
            continue;
        }
        const unsigned picture = c == 0x7F ? 0x2421 : 0x2400 + c;
        out += static_cast<char>(0xE0 | (picture >> 12));
        out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (picture & 0x3F));
    }
}

// Caret lines drawn under one draft line; the rest are counted. Each caret line is as wide as its
// column, so without a bound a 20 KB line of 3,000 placeholders would print tens of megabytes.
constexpr std::size_t kMaxCaretLinesPerLine = 20;

}  // namespace

std::string render_text_report(const CheckResult& result, const CheckRequest& request) {
    std::string out;
    if (!result.ok()) return "error: " + result.error + "\n";
    const std::string& draft = request.draft;
    const auto lines = split_lines(draft);
    for (const Line& line : lines) {
        const std::string_view text = std::string_view(draft).substr(line.start, line.end - line.start);
        out += "  ";
        append_visible(out, text);
        out += '\n';
        std::size_t drawn = 0, hidden = 0;
        for (std::size_t k = 0; k < result.findings.size(); ++k) {
            const Finding& f = result.findings[k];
            // A finding is drawn on every line it touches; a point finding at the line's end too.
            const bool touches = f.start <= line.end && f.end >= line.start &&
                                 !(f.end == line.start && f.start < line.start) &&
                                 !(f.start == line.end && f.end > line.end);
            if (!touches) continue;
            if (drawn == kMaxCaretLinesPerLine) {
                ++hidden;
                continue;
            }
            ++drawn;
            const std::uint32_t from = std::max(f.start, line.start);
            const std::uint32_t to = std::min(f.end, line.end);
            out += "  ";
            out += std::string(columns(std::string_view(draft).substr(line.start, from - line.start)), ' ');
            out += std::string(std::max<std::size_t>(1, columns(std::string_view(draft).substr(from, to - from))), '^');
            out += ' ';
            out += std::to_string(k + 1);
            out += '\n';
        }
        if (hidden > 0)
            out += "  (and " + std::to_string(hidden) + " more finding" + (hidden == 1 ? "" : "s") + " on this line)\n";
    }
    out += '\n';
    for (std::size_t k = 0; k < result.findings.size(); ++k) {
        const Finding& f = result.findings[k];
        out += std::to_string(k + 1) + ". " + std::string(to_string(f.severity)) + " [" + f.rule + "] ";
        append_visible(out, f.message);
        out += '\n';
        for (const Suggestion& s : f.suggestions) {
            out += "     -> " + s.label;
            if (!s.text.empty() || s.start != s.end) {
                out += ": \"";
                append_visible(out, s.text);
                out += '"';
            }
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
