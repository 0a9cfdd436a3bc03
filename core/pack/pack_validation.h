#pragma once
// `replycheck pack validate`: a pack checked against templates/pack.schema.json (built in) and
// by the loader, whose semantic checks go further (known rule ids, duplicates, extends). Issues
// the loader already reports at the same place are not repeated from the schema.
#include <string_view>
#include <vector>

#include "pack/pack_loader.h"
#include "pack/pack_registry.h"

namespace replycheck {

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
