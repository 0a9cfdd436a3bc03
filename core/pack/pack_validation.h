#pragma once
// `replycheck pack validate` and the Authoring tab's Validate button. The loader owns a pack's
// shape and meaning (types, limits, known rule ids and params, duplicates, `extends`), so
// validating is loading without keeping the result. templates/pack.schema.json describes the same
// format for editors; core/pack/pack_schema_test.cpp holds the two in agreement.
#include <string_view>
#include <vector>

#include "json/document_issue.h"
#include "pack/pack_registry.h"

namespace replycheck {

struct PackValidation {
    std::vector<DocumentIssue> issues;  // in document order
    bool ok() const { return !has_error(issues); }
};

// `registry` resolves `extends`; nothing is added to it.
PackValidation validate_pack_document(std::string_view json, const PackRegistry& registry);

}  // namespace replycheck
