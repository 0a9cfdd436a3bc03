#pragma once
// JSON -> Pack. Every problem is reported with line:column and a JSON path, e.g.
//   3:17 $.rules["tone.defensive"].severity: expected one of error, warning, suggestion, off
// and the API never throws: a result carries the pack or the issues.
//
// Limits (a pack is user-written and loaded in the browser, so all of them are hard errors):
//   document             <= 4 MiB, nesting <= 64
//   terminology          <= 20,000 entries; any other list <= 5,000 entries
//   phrase / term / name <= 200 bytes; other text fields <= 4,000 bytes
//
// Unknown keys are errors: a typo such as "severty" would otherwise silently do nothing.
// "$schema" and "$comment" are accepted anywhere an object is read and ignored.
//
// `extends` (a brand pack on top of "social-care") merges the child onto a copy of the parent:
//   * scalars (name, description, locale, voice.*) override when present; id is the child's;
//   * lists append. An entry whose key equals a parent entry replaces it in place: terminology by
//     `avoid`, banned_phrases and rule phrases by `match`, brand_names and link_domains by value,
//     templates by `id` (keys compared after case folding, except template ids);
//   * "remove": {"terminology": [...avoid], "banned_phrases": [...match], "brand_names": [...],
//     "link_domains": [...], "templates": [...id]} drops parent entries before the child's are
//     appended; per rule, "remove_phrases": [...match] does the same for that rule's phrases;
//   * rules merge per id, field by field (severity, why, params override; good, bad, phrases
//     append);
//   * channels merge per id, field by field, over the parent's or the built-in channel.
// Duplicates inside one document (template ids, avoid terms, brand names, phrase matches of one
// list) are errors; removing something the parent does not have is a warning.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/document_issue.h"
#include "pack/pack.h"

namespace replycheck {

struct PackLimits {
    static constexpr std::size_t max_document_bytes = 4u << 20;
    static constexpr std::size_t max_terminology = 20000;
    static constexpr std::size_t max_list = 5000;
    static constexpr std::size_t max_phrase_bytes = 200;
    static constexpr std::size_t max_text_bytes = 4000;
};

struct PackLoadResult {
    std::optional<Pack> pack;  // set when there is no error-level issue
    std::vector<DocumentIssue> issues;

    bool ok() const { return pack.has_value(); }
    // All issues, one per line, each prefixed by `source` and ':' when it is not empty.
    std::string report(std::string_view source = {}) const;
};

// Looks up an already-loaded pack by id, for `extends`; returns nullptr when there is none.
using PackLookup = std::function<const Pack*(std::string_view id)>;

PackLoadResult load_pack(std::string_view json, const PackLookup& lookup);

// The `id` and `extends` of a document without loading it (empty when absent or unreadable), so
// that several files can be loaded parents first.
struct PackHeader {
    std::string id;
    std::string extends;
};
PackHeader read_pack_header(std::string_view json);

}  // namespace replycheck
