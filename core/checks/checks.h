#pragma once
// One function per rule; each lives in core/checks/<rule>.cpp and is listed in registry.cpp.
#include "check/check.h"

namespace replycheck::checks {

void placeholder_unfilled(const CheckContext& ctx, Findings& out);
void personal_no_name(const CheckContext& ctx, Findings& out);
void personal_wrong_name(const CheckContext& ctx, Findings& out);
void personal_generic_opener(const CheckContext& ctx, Findings& out);
void personal_not_specific(const CheckContext& ctx, Findings& out);
void tone_empathy_missing(const CheckContext& ctx, Findings& out);
void tone_defensive(const CheckContext& ctx, Findings& out);
void tone_dismissive(const CheckContext& ctx, Findings& out);
void tone_shouting(const CheckContext& ctx, Findings& out);
void tone_over_apology(const CheckContext& ctx, Findings& out);
void tone_profanity(const CheckContext& ctx, Findings& out);
void brand_banned_phrase(const CheckContext& ctx, Findings& out);
void brand_terminology(const CheckContext& ctx, Findings& out);
void brand_capitalization(const CheckContext& ctx, Findings& out);
void brand_emoji(const CheckContext& ctx, Findings& out);
void brand_signoff(const CheckContext& ctx, Findings& out);
void brand_promise(const CheckContext& ctx, Findings& out);
void brand_contractions(const CheckContext& ctx, Findings& out);
void brand_formality(const CheckContext& ctx, Findings& out);
void privacy_pii_public(const CheckContext& ctx, Findings& out);
void privacy_ask_pii_public(const CheckContext& ctx, Findings& out);
void channel_too_long(const CheckContext& ctx, Findings& out);
void channel_link_domain(const CheckContext& ctx, Findings& out);
void resolution_no_next_step(const CheckContext& ctx, Findings& out);

}  // namespace replycheck::checks
