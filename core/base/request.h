#pragma once
// What the agent is replying to and with: the input of one check.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/enums.h"

namespace replycheck {

struct CheckRequest {
    std::string draft;          // UTF-8
    std::string customer_post;  // UTF-8, may be empty
    std::string customer_name;
    std::string customer_handle;  // with or without the leading @
    std::string channel = "x";    // x, x_dm, facebook, facebook_dm, instagram, instagram_dm, linkedin, threads
    std::optional<Visibility> visibility;  // unset: the channel's default
    std::string agent_name;
    std::string agent_initials;
    // A reply posted as a numbered thread: where each post starts in `draft` (UTF-8 byte offsets,
    // ascending, the first 0). Each post is measured against the channel's limit on its own, with
    // the mention and numbering the channel adds (channel/thread_split.h). Empty: one post.
    std::vector<std::uint32_t> thread_starts;
};

}  // namespace replycheck
