#pragma once
// Reply templates ranked for a customer's post, with the request's names filled in.
#include <string>
#include <vector>

#include "base/request.h"
#include "pack/compiled_pack.h"

namespace replycheck {

struct TemplateSuggestion {
    std::string id;
    std::string title;
    std::string intent;
    std::string text;  // {name}, {handle}, {agent}, {initials} filled when known; other {vars} kept
    int relevance = 0;  // 3 per matching keyword, 5 when the intent word itself appears
};

// Templates with relevance > 0, best first (ties keep pack order), at most `max`.
std::vector<TemplateSuggestion> suggest_templates(const CheckRequest& request, const CompiledPack& pack,
                                                  std::size_t max = 3);

// Replaces {name}, {handle}, {agent} and {initials} with the request's values; a placeholder
// whose value is empty, and any other {variable}, stays visible for the agent to fill.
std::string fill_template(std::string_view text, const CheckRequest& request);

}  // namespace replycheck
