#include "training/scenario_validation.h"

#include "training/scenario_set.h"

namespace replycheck {

ScenarioSetValidation validate_scenario_set(std::string_view text) {
    return {std::move(load_scenario_set(text).issues)};
}

}  // namespace replycheck
