#pragma once
// `replycheck pack validate`: a pack checked against templates/pack.schema.json (built in) and
// by the loader, whose semantic checks go further (known rule ids, duplicates, extends). Issues
// the loader already reports at the same place are not repeated from the schema.
#include <memory>
#include <string_view>
#include <vector>

#include "pack/pack_loader.h"
#include "pack/pack_registry.h"

namespace replycheck {

// What every validated document kind (packs, scenario sets) shares: a built-in JSON Schema whose
// violations are located by line:column, and the rule for combining them with the loader's issues.
class DocumentSchema {
public:
    explicit DocumentSchema(std::string_view schema_json);
    DocumentSchema(const DocumentSchema&) = delete;
    DocumentSchema& operator=(const DocumentSchema&) = delete;
    // Nothing for a document over `max_bytes` or one that does not parse: the loader says why.
    std::vector<PackIssue> issues(std::string_view text, std::size_t max_bytes) const;

private:
    struct Parsed;
    std::shared_ptr<const Parsed> parsed_;
};

// The schema's issues, less those the loader reports at the same place, then the loader's.
std::vector<PackIssue> combine_issues(std::vector<PackIssue> schema, const std::vector<PackIssue>& loader);
bool has_error(const std::vector<PackIssue>& issues);

// The JSON Schema text compiled into the binary.
std::string_view builtin_pack_schema();

struct PackValidation {
    std::vector<PackIssue> issues;  // schema issues first, then the loader's, each in document order
    bool ok() const;                 // no error-level issue
};

// `registry` resolves `extends`; nothing is added to it.
PackValidation validate_pack_document(std::string_view json, const PackRegistry& registry);

// Schema issues only (for tests that compare schema and loader).
std::vector<PackIssue> schema_issues(std::string_view json);

}  // namespace replycheck
