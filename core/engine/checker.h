#pragma once
// The engine: request -> analysed text -> checks -> findings -> score. One call, no state; the
// compiled pack is shared and read-only, so any number of checks may run at once.
#include <cstdint>
#include <string>
#include <vector>

#include "base/request.h"
#include "channel/channels.h"
#include "check/check.h"
#include "check/finding.h"
#include "pack/compiled_pack.h"

namespace replycheck {

// Input limits. A reply is at most a few thousand characters on every channel; 20,000 bytes
// leaves room for long DMs while keeping the worst case well under a millisecond of checking.
struct EngineLimits {
    static constexpr std::size_t max_draft_bytes = 20000;
    static constexpr std::size_t max_post_bytes = 20000;
    static constexpr std::size_t max_field_bytes = 200;  // names, handles, initials, channel
};

struct CheckResult {
    // Set when the request is rejected; nothing else is then meaningful.
    std::string error_code;  // "empty_draft", "too_long", "invalid_utf8", "unknown_channel", "bad_request"
    std::string error;       // one sentence, naming the field and byte offset where it applies

    int score = 100;     // 0..100, see score.h
    bool ready = true;   // no error-level finding, and an upset customer is given a next step
    std::vector<Finding> findings;  // sorted by start, then end
    std::string channel;   // the channel's id
    LengthReport length;   // the draft's length in the channel's own unit, and where it overflows
    // For a thread (CheckRequest::thread_starts), each post's length as posted; `length` is then
    // the first post over the limit, or the longest.
    std::vector<LengthReport> thread_lengths;
    PostSignals post;      // what the customer's post says: mood, sentiment, key terms
    std::vector<std::string> failed_checks;  // rules whose check threw; their findings are missing

    bool ok() const { return error_code.empty(); }
};

// What the checks learn from the customer's post: its mood and the terms that name the issue.
PostSignals read_post(const AnalysedText& post, const char* locale);

CheckResult check(const CheckRequest& request, const CompiledPack& pack);

}  // namespace replycheck
