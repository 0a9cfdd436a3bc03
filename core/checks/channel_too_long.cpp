// Over the channel's limit, counted the channel's way (core/channel/channels.h). The finding
// covers the part that does not fit, so the editor can show where to cut. On public X and Threads
// replies, where a numbered thread is the usual way out, it also offers the split.
#include <string>

#include "channel/channels.h"
#include "channel/thread_split.h"
#include "checks/checks.h"

namespace replycheck::checks {

void channel_too_long(const CheckContext& ctx, Findings& out) {
    if (ctx.channel.limit == 0) return;
    const LengthReport& report = ctx.draft_length();
    if (report.fits) return;
    const std::string name = ctx.channel.display_name.empty() ? ctx.channel.id : ctx.channel.display_name;
    const auto end = static_cast<std::uint32_t>(ctx.draft.text().size());
    Finding f = make_finding(                             "This reply is " + std::to_string(report.count) + " characters; " + name + " allows " +
                                 std::to_string(report.limit) + ".",
                             report.overflow_utf8, end);
    const bool threads_are_usual = ctx.channel.id == "x" || ctx.channel.id == "threads";
    if (threads_are_usual && ctx.visibility == Visibility::public_reply) {
        const auto parts = split_thread(ctx.draft.text(), ctx.channel, ctx.request.customer_handle);
        if (parts.size() > 1) {
            std::string thread;
            for (const std::string& part : parts) thread += (thread.empty() ? "" : "\n\n") + part;
            f.suggestions.push_back(make_suggestion(
                "Split into a thread of " + std::to_string(parts.size()) + " posts", std::move(thread), 0, end, false));
        }
    }
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
