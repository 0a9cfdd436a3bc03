// Leftover template variables: {first_name}, {{name}}, [CUSTOMER NAME], <ITEM>, %NAME%. Curly
// braces are never part of a social reply, so any {identifier} counts; square and angle brackets
// and percent signs only when what they hold looks like a variable (capitals or snake_case), so
// that "[sic]" or "<3" pass.
#include <string>

#include "checks/checks.h"

namespace replycheck::checks {
namespace {

constexpr std::size_t kMaxVariable = 40;

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Inside {…}: letters, digits, '_', '.', '-' and spaces, starting with a letter.
bool is_identifier(std::string_view s) {
    if (s.empty() || !(is_ascii_upper(s[0]) || is_ascii_lower(s[0]) || s[0] == '_')) return false;
    for (char c : s)
        if (!(is_ascii_upper(c) || is_ascii_lower(c) || is_ascii_digit(c) || c == '_' || c == '.' ||
              c == '-' || c == ' '))
            return false;
    return s.back() != ' ';
}

// Inside […], <…>, %…%: CUSTOMER NAME, ORDER_NO, first_name — not "sic", "3" or "a link".
bool looks_like_variable(std::string_view s) {
    if (!is_identifier(s)) return false;
    int upper = 0, lower = 0;
    bool underscore = false;
    for (char c : s) {
        upper += is_ascii_upper(c);
        lower += is_ascii_lower(c);
        underscore |= c == '_';
    }
    return (upper >= 2 && lower == 0) || underscore;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
    for (char& c : out)
        if (c == ' ' || c == '-' || c == '.') c = '_';
    return out;
}

// A value the request already knows for a common variable name, or empty.
std::string known_value(const CheckRequest& r, std::string_view variable) {
    const std::string v = lower_ascii(variable);
    const std::string first_name = r.customer_name.substr(0, r.customer_name.find(' '));
    if (v == "name" || v == "first_name" || v == "firstname" || v == "customer_name" ||
        v == "customer" || v == "customer_first_name" || v == "fname")
        return v == "customer_name" && !r.customer_name.empty() ? r.customer_name : first_name;
    if (v == "full_name") return r.customer_name;
    if (v == "handle" || v == "username" || v == "twitter_handle") {
        if (r.customer_handle.empty()) return {};
        return r.customer_handle[0] == '@' ? r.customer_handle : "@" + r.customer_handle;
    }
    if (v == "agent" || v == "agent_name" || v == "my_name") return r.agent_name;
    if (v == "initials" || v == "agent_initials") return r.agent_initials;
    return {};
}

}  // namespace

void placeholder_unfilled(const CheckContext& ctx, Findings& out) {
    const std::string& text = ctx.draft.text();
    std::size_t i = 0;
    while (i < text.size()) {
        const char open = text[i];
        char close = 0;
        std::size_t inner = i + 1;
        std::size_t outer_open = 1;
        if (open == '{') {
            close = '}';
            if (i + 1 < text.size() && text[i + 1] == '{') {
                inner = i + 2;
                outer_open = 2;
            }
        } else if (open == '[') {
            close = ']';
        } else if (open == '<') {
            close = '>';
        } else if (open == '%') {
            close = '%';
        } else {
            ++i;
            continue;
        }
        // Look for the closer within a short window; the window bound keeps the scan linear.
        std::size_t j = inner;
        while (j < text.size() && j - inner <= kMaxVariable && text[j] != close && text[j] != '\n') ++j;
        if (j >= text.size() || text[j] != close) {
            ++i;
            continue;
        }
        std::string_view variable(text.data() + inner, j - inner);
        while (!variable.empty() && variable.front() == ' ') variable.remove_prefix(1);
        while (!variable.empty() && variable.back() == ' ') variable.remove_suffix(1);
        const bool is_variable = open == '{' ? is_identifier(variable) : looks_like_variable(variable);
        if (!is_variable) {
            ++i;
            continue;
        }
        std::size_t end = j + 1;
        if (outer_open == 2 && end < text.size() && text[end] == '}') ++end;
        Finding f = make_finding("“" + std::string(text, i, end - i) +
                                     "” is a template variable that was never filled in.",
                                 static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end));
        if (std::string value = known_value(ctx.request, variable); !value.empty())
            f.suggestions.push_back(make_suggestion("Fill in “" + value + "”", value, f.start, f.end, true));
        out.push_back(std::move(f));
        i = end;
    }
}

}  // namespace replycheck::checks
