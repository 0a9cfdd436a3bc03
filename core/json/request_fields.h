#pragma once
// The fields of a CheckRequest as every JSON document spells them (batch requests, pack examples,
// scenarios): draft, customer_post, customer_name, customer_handle, channel, visibility,
// agent_name, agent_initials. One reader, so the three cannot drift apart.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "base/request.h"
#include "json/document_reader.h"
#include "json/json_tree.h"

namespace replycheck {

inline constexpr std::array<std::string_view, 8> kRequestFields = {
    "draft", "customer_post", "customer_name", "customer_handle", "channel", "visibility", "agent_name", "agent_initials"};

struct RequestFieldLimits {
    std::size_t text_bytes = 4000;  // draft and customer_post
    std::size_t label_bytes = 200;  // names and handle
    std::size_t channel_bytes = 64;
    std::size_t initials_bytes = 16;
    // Batch requests: null means absent, and blank or oversized text is left for the engine to
    // reject under its own error codes (empty_draft, too_long).
    bool engine_judges_values = false;
};

// Reads `m` into `request` when its key is one of kRequestFields, reporting a bad value against
// `path` (the member's own path); returns false for any other key. A blank draft or channel is an
// error: no document means "check nothing".
// "public" or "private", for requests and a channel's default_visibility.
bool read_visibility(DocumentReader& r, const json::Value& v, const std::string& path, Visibility& out);

bool read_request_field(DocumentReader& r, const json::Member& m, const std::string& path, CheckRequest& request,
                        const RequestFieldLimits& limits = {});

}  // namespace replycheck
