// The brand's preferred terms ("wifi" -> "Wi-Fi", "login" -> "sign in"), from the pack's
// terminology list as matched by the engine. The replacement keeps the original's capitals
// unless the preferred term has its own ("Wi-Fi" stays "Wi-Fi" even at a sentence start).
#include <string>

#include "checks/checks.h"
#include "text/letter_case.h"

namespace replycheck::checks {

void brand_terminology(const CheckContext& ctx, Findings& out) {
    for (const PhraseMatch& m : ctx.phrase_matches()) {
        if (m.entry == nullptr || m.entry->replacement.empty()) continue;
        const std::string_view written = ctx.draft.slice(m.start, m.end);
        const std::string preferred = match_case(written, m.entry->replacement);
        if (written == preferred) continue;  // "Wi-Fi" may itself be listed under a looser avoid
        std::string message = "This brand writes “" + m.entry->replacement + "”, not “" + std::string(written) + "”.";
        if (!m.entry->reason.empty()) message.insert(message.size() - 1, std::string(" (") + m.entry->reason + ")");
        Finding f = make_finding(std::move(message), m.start, m.end);
        f.suggestions.push_back(make_suggestion("Use “" + preferred + "”", preferred, m.start, m.end, true));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
