#include "training/scenario_validation.h"

#include "pack/pack_validation.h"
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

bool ScenarioSetValidation::ok() const { return !has_error(issues); }

std::vector<PackIssue> scenario_schema_issues(std::string_view text) {
    static const DocumentSchema schema(builtin_scenario_schema());
    return schema.issues(text, ScenarioLimits::max_document_bytes);
}

ScenarioSetValidation validate_scenario_set(std::string_view text) {
    return {combine_issues(scenario_schema_issues(text), load_scenario_set(text).issues)};
}

}  // namespace replycheck
