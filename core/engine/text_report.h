#pragma once
// The human-readable report of `replycheck check`: the draft with each finding underlined and
// numbered, then the numbered findings with their suggestions, then length, score and verdict.
#include <string>

#include "base/request.h"
#include "engine/checker.h"

namespace replycheck {

std::string render_text_report(const CheckResult& result, const CheckRequest& request);

}  // namespace replycheck
