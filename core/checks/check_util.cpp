#include "checks/check_util.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "pack/compiled_pack.h"
#include "text/utf8.h"

namespace replycheck::checks {

namespace {

// Index of `rule` in all_checks(), or all_checks().size() for a rule the registry does not know.
std::size_t check_index(std::string_view rule) {
    const std::span<const CheckDef> checks = all_checks();
    std::size_t k = 0;
    while (k < checks.size() && checks[k].rule != rule) ++k;
    return k;
}

const RuleSpec* rule_spec_at(const CheckContext& ctx, std::string_view rule, std::size_t index) {
    // The compiled pack looked every registered rule up once; a string-keyed map lookup per
    // call cost more than some checks' own work. A context whose pack is not the compiled pack's
    // own, or a rule outside the registry, still goes by name.
    if (index < all_checks().size() && &ctx.compiled.pack() == &ctx.pack) return ctx.compiled.check_rule(index);
    const auto it = ctx.pack.rules.find(std::string(rule));
    return it == ctx.pack.rules.end() ? nullptr : &it->second;
}

}  // namespace

const RuleSpec* rule_spec(const CheckContext& ctx, std::string_view rule) {
    return rule_spec_at(ctx, rule, check_index(rule));
}

double rule_param(const CheckContext& ctx, std::string_view rule, std::string_view name,
                  double fallback) {
    const RuleSpec* spec = rule_spec(ctx, rule);
    return spec == nullptr ? fallback : spec->param(name, fallback);
}

Severity severity_for(const CheckContext& ctx, std::string_view rule) {
    const std::size_t index = check_index(rule);
    if (const RuleSpec* spec = rule_spec_at(ctx, rule, index); spec != nullptr && spec->severity)
        return *spec->severity;
    if (index < all_checks().size()) return all_checks()[index].default_severity;
    return Severity::warning;
}

Finding make_finding(const CheckContext& ctx, std::string_view rule, std::string message,
                     std::uint32_t start, std::uint32_t end) {
    Finding f;
    f.rule = std::string(rule);
    f.severity = severity_for(ctx, rule);
    f.message = std::move(message);
    f.start = start;
    f.end = end;
    return f;
}

Suggestion make_suggestion(std::string label, std::string text, std::uint32_t start,
                           std::uint32_t end, bool safe) {
    Suggestion s;
    s.label = std::move(label);
    s.text = std::move(text);
    s.start = start;
    s.end = end;
    s.safe = safe;
    return s;
}

bool is_public(const CheckContext& ctx) { return ctx.visibility == Visibility::public_reply; }

std::string accent_key(std::string_view text) {
    std::string folded = fold(text);
    // ASCII has no decompositions and no combining marks: folding is the whole job, and most
    // names are ASCII.
    if (std::all_of(folded.begin(), folded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return folded;
    UErrorCode status = U_ZERO_ERROR;
    const ::icu::Normalizer2* nfd = ::icu::Normalizer2::getNFDInstance(status);
    std::string out;
    if (U_FAILURE(status) || nfd == nullptr) return folded;
    std::size_t i = 0;
    while (i < folded.size()) {
        const char32_t cp = next_code_point(folded, i);
        ::icu::UnicodeString decomposed;
        if (!nfd->getDecomposition(static_cast<UChar32>(cp), decomposed)) {
            append_utf8(out, cp);
            continue;
        }
        for (int32_t k = 0; k < decomposed.length();) {
            const UChar32 part = decomposed.char32At(k);
            k += U16_LENGTH(part);
            if (u_charType(part) != U_NON_SPACING_MARK) append_utf8(out, static_cast<char32_t>(part));
        }
    }
    // Stand-alone combining marks (typed as e + U+0301) also go.
    std::string clean;
    i = 0;
    while (i < out.size()) {
        const char32_t cp = next_code_point(out, i);
        if (u_charType(static_cast<UChar32>(cp)) != U_NON_SPACING_MARK) append_utf8(clean, cp);
    }
    return clean;
}

CaseShape case_shape(std::string_view text) {
    CaseShape shape;
    std::size_t i = 0;
    while (i < text.size()) {
        // ICU's properties agree with these ranges for ASCII; skipping the lookups matters
        // because every word of every draft passes through here.
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            ++i;
            if (byte >= 'A' && byte <= 'Z') ++shape.upper;
            else if (byte >= 'a' && byte <= 'z') ++shape.lower;
            else if (byte >= '0' && byte <= '9') ++shape.digits;
            continue;
        }
        const auto cp = static_cast<UChar32>(next_code_point(text, i));
        if (u_isupper(cp) || u_istitle(cp)) ++shape.upper;
        else if (u_islower(cp)) ++shape.lower;
        else if (u_isdigit(cp)) ++shape.digits;
    }
    return shape;
}

namespace {
std::string map_case(std::string_view text, bool upper) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto cp = static_cast<UChar32>(next_code_point(text, i));
        append_utf8(out, static_cast<char32_t>(upper ? u_toupper(cp) : u_tolower(cp)));
    }
    return out;
}
}  // namespace

bool in_capitals(std::string_view text) {
    const CaseShape shape = case_shape(text);
    return shape.upper >= 2 && shape.lower == 0;
}

std::string match_case(std::string_view original, std::string_view replacement) {
    const CaseShape want = case_shape(replacement);
    if (want.upper > 0) return std::string(replacement);
    if (in_capitals(original)) return map_case(replacement, true);
    std::size_t first = 0;
    if (original.empty()) return std::string(replacement);
    const auto cp = static_cast<UChar32>(next_code_point(original, first));
    if (!(u_isupper(cp) || u_istitle(cp))) return std::string(replacement);
    std::size_t split = 0;
    if (replacement.empty()) return {};
    next_code_point(replacement, split);
    return map_case(replacement.substr(0, split), true) + std::string(replacement.substr(split));
}

bool negated_before(const AnalysedText& text, std::size_t i) {
    const auto& tokens = text.tokens();
    std::size_t words = 0;
    for (std::size_t k = i; k > 0 && words < 2;) {
        const Token& t = tokens[--k];
        if (!is_wordish(t)) break;  // "No, you must have…" is not a negated "you must have"
        ++words;
        const std::string& w = t.folded;
        if (w == "not" || w == "never" || w == "no" || w == "cannot") return true;
        const auto ends_with = [&w](std::string_view tail) {
            return w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0;
        };
        if (ends_with("n't") || ends_with("n\u2019t")) return true;
    }
    return false;
}

bool glued_after(const AnalysedText& text, std::size_t i, char c) {
    if (i == 0) return false;
    const Token& prev = text.tokens()[i - 1];
    const Token& cur = text.tokens()[i];
    return prev.end == cur.start && prev.size() == 1 && text.text()[prev.start] == c;
}

Segment sentence_span(const AnalysedText& text, std::uint32_t offset) {
    if (text.sentences().empty()) return {0, 0};
    Segment s = text.sentences()[text.sentence_of(offset)];
    while (s.end > s.start) {
        const char c = text.text()[s.end - 1];
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') break;
        --s.end;
    }
    return s;
}

std::uint32_t trimmed_end(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t' ||
                       text[end - 1] == '\r'))
        --end;
    return static_cast<std::uint32_t>(end);
}

std::uint32_t after_leading_mentions(std::string_view text) {
    std::size_t i = 0;
    for (;;) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
        if (i >= text.size() || text[i] != '@') break;
        std::size_t j = i + 1;
        while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
        if (j == i + 1) break;
        i = j;
    }
    return static_cast<std::uint32_t>(i);
}

}  // namespace replycheck::checks
