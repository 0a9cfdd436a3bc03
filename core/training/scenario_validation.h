#pragma once
// `replycheck scenarios validate` and the trainer's Validate button: a scenario set checked
// against templates/scenarios.schema.json (built in) and by the loader, whose semantic checks go
// further (id syntax, duplicate ids, uses_name without a name). Issues the loader already reports
// at the same place are not repeated from the schema, as for packs (pack/pack_validation.h).
#include <string_view>
#include <vector>

#include "pack/pack_loader.h"

namespace replycheck {

// The JSON Schema text compiled into the binary.
std::string_view builtin_scenario_schema();

struct ScenarioSetValidation {
    std::vector<PackIssue> issues;  // schema issues first, then the loader's, each in document order
    bool ok() const;                 // no error-level issue
};

ScenarioSetValidation validate_scenario_set(std::string_view json);

// Schema issues only (for tests that compare schema and loader).
std::vector<PackIssue> scenario_schema_issues(std::string_view json);

}  // namespace replycheck
