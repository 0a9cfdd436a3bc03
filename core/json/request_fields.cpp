#include "json/request_fields.h"

#include <algorithm>

namespace replycheck {

bool read_visibility(DocumentReader& r, const json::Value& v, const std::string& path, Visibility& out) {
    const std::optional<Visibility> parsed = v.is(json::Kind::string) ? parse_visibility(v.string) : std::nullopt;
    if (parsed) out = *parsed;
    else r.error(v.offset, path, "expected one of public, private");
    return parsed.has_value();
}

bool read_request_field(DocumentReader& r, const json::Member& m, const std::string& path, CheckRequest& request,
                        const RequestFieldLimits& limits) {
    const std::string_view key = m.key;
    const json::Value& v = m.value;
    const bool lenient = limits.engine_judges_values;
    if (lenient && v.is(json::Kind::null))
        return std::find(kRequestFields.begin(), kRequestFields.end(), key) != kRequestFields.end();
    const auto size = [&](std::size_t max) { return lenient ? std::string::npos : max; };
    if (key == "draft") r.text(v, path, size(limits.text_bytes), request.draft, lenient);
    else if (key == "customer_post") r.text(v, path, size(limits.text_bytes), request.customer_post);
    else if (key == "customer_name") r.text(v, path, size(limits.label_bytes), request.customer_name);
    else if (key == "customer_handle") r.text(v, path, size(limits.label_bytes), request.customer_handle);
    else if (key == "channel") r.text(v, path, size(limits.channel_bytes), request.channel, lenient);
    else if (key == "agent_name") r.text(v, path, size(limits.label_bytes), request.agent_name);
    else if (key == "agent_initials") r.text(v, path, size(limits.initials_bytes), request.agent_initials);
    else if (key == "visibility") {
        Visibility visibility{};
        if (read_visibility(r, v, path, visibility)) request.visibility = visibility;
    } else {
        return false;
    }
    return true;
}

}  // namespace replycheck
