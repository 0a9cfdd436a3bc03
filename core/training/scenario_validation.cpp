#include "training/scenario_validation.h"

#include <algorithm>

#include "pack/json_tree.h"
#include "pack/schema_validator.h"
#include "training/scenario_set.h"

extern "C" {
extern const unsigned char replycheck_scenario_schema[];
extern const unsigned long replycheck_scenario_schema_size;
}

namespace replycheck {

std::string_view builtin_scenario_schema() {
    return {reinterpret_cast<const char*>(replycheck_scenario_schema),
            static_cast<std::size_t>(replycheck_scenario_schema_size)};
}

bool ScenarioSetValidation::ok() const {
    return std::none_of(issues.begin(), issues.end(), [](const PackIssue& i) { return !i.warning; });
}

std::vector<PackIssue> scenario_schema_issues(std::string_view text) {
    std::vector<PackIssue> issues;
    if (text.size() > ScenarioLimits::max_document_bytes) return issues;  // the loader says so
    static const json::ParseResult schema = json::parse(builtin_scenario_schema());
    if (!schema.value) {
        issues.push_back({false, 0, 0, "$", "built-in schema is not valid JSON: " + schema.error.message});
        return issues;
    }
    static const SchemaValidator validator(*schema.value);
    for (const std::string& problem : validator.schema_problems())
        issues.push_back({false, 0, 0, "$", "built-in schema: " + problem});
    const json::ParseResult doc = json::parse(text);
    if (!doc.value) return issues;  // the loader reports where parsing failed
    const json::LineMap lines(text);
    for (const SchemaViolation& v : validator.validate(*doc.value)) {
        const json::Location at = lines.locate(v.offset);
        issues.push_back({false, at.line, at.column, v.path, v.message});
    }
    return issues;
}

ScenarioSetValidation validate_scenario_set(std::string_view text) {
    ScenarioSetValidation out;
    const ScenarioSetLoadResult loaded = load_scenario_set(text);
    for (PackIssue& issue : scenario_schema_issues(text)) {
        const bool repeated = std::any_of(loaded.issues.begin(), loaded.issues.end(), [&](const PackIssue& l) {
            return l.line == issue.line && l.column == issue.column;
        });
        if (!repeated) out.issues.push_back(std::move(issue));
    }
    out.issues.insert(out.issues.end(), loaded.issues.begin(), loaded.issues.end());
    return out;
}

}  // namespace replycheck
