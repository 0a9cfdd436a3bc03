#pragma once
// JSON in and out of the engine, for `replycheck batch` and the web app.
//
// Request: {"draft": "...", "customer_post", "customer_name", "customer_handle", "channel",
//           "visibility": "public"|"private", "agent_name", "agent_initials", "id",
//           "templates": true}  -- unknown fields are ignored; "draft" is required.
// Result:  {"id", "score", "ready", "findings": [{"rule", "severity", "message", "start", "end",
//           "start16", "end16", "suggestions": [{"label", "text", "start", "end", "start16",
//           "end16", "safe"}]}], "length": {"channel", "count", "limit", "fits", "overflow_start",
//           "overflow_start16"}, "post": {"mood", "sentiment", "key_terms"},
//           "templates": [...] only when asked}
// length.count is in the channel's own unit (X: weighted); overflow_start(16) is where the draft
// stops fitting (the draft's end when it fits). post describes the customer's post.
// start/end are UTF-8 byte offsets into the draft, start16/end16 UTF-16 code-unit offsets (JS).
// A rejected request gives {"id", "error": {"code", "message"}} (plus "line" in batch mode).
#include <string>
#include <string_view>

#include "base/request.h"
#include "engine/checker.h"
#include "engine/templates.h"

namespace replycheck {

struct ParsedRequest {
    CheckRequest request;
    std::string id_json = "null";  // the request's "id" as JSON text, echoed in the result
    bool want_templates = false;
    std::string error;  // "1:17 $.draft: expected a string, got a number"; empty when ok

    bool ok() const { return error.empty(); }
};

// A request is at most a draft and a post plus a few names, escaped; anything much bigger is not
// a request, and parsing it would only waste memory (batch reads no further into a line).
inline constexpr std::size_t kMaxRequestBytes = 8 * (EngineLimits::max_draft_bytes + EngineLimits::max_post_bytes);

ParsedRequest request_from_json(std::string_view text);

std::string result_to_json(const CheckResult& result, const CheckRequest& request, std::string_view id_json = "null",
                           const std::vector<TemplateSuggestion>* templates = nullptr);

// {"id": ..., "line": N (when N > 0), "error": {"code": code, "message": message}}
std::string error_to_json(std::string_view code, std::string_view message, std::string_view id_json = "null",
                          std::size_t line = 0);

}  // namespace replycheck
