// Over the channel's limit, counted the channel's way (core/channel/channels.h). The finding
// covers the part that does not fit, so the editor can show where to cut.
#include <string>

#include "channel/channels.h"
#include "checks/check_util.h"
#include "checks/checks.h"

namespace replycheck::checks {

void channel_too_long(const CheckContext& ctx, Findings& out) {
    if (ctx.channel.limit == 0) return;
    const auto report = measure_length(ctx.draft.text(), ctx.channel);
    if (report.fits) return;
    const std::string name = ctx.channel.display_name.empty() ? ctx.channel.id : ctx.channel.display_name;
    out.push_back(make_finding(ctx, "channel.too_long",
                               "This reply is " + std::to_string(report.count) + " characters; " + name +
                                   " allows " + std::to_string(report.limit) + ".",
                               report.overflow_utf8, static_cast<std::uint32_t>(ctx.draft.text().size())));
}

}  // namespace replycheck::checks
