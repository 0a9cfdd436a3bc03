#pragma once
// `replycheck scenarios validate` and the trainer's Validate button. As for packs
// (pack/pack_validation.h), the loader owns the document's shape and meaning;
// templates/scenarios.schema.json describes the same format for editors and
// core/training/scenario_schema_test.cpp holds the two in agreement.
#include <string_view>
#include <vector>

#include "json/document_issue.h"

namespace replycheck {

struct ScenarioSetValidation {
    std::vector<DocumentIssue> issues;  // in document order
    bool ok() const { return !has_error(issues); }
};

ScenarioSetValidation validate_scenario_set(std::string_view json);

}  // namespace replycheck
