#pragma once
// Every rule ReplyCheck knows, declared once, in report order. Each line is
//
//   RULE(check, "id", default severity, params...)
//
// where `check` is the function in core/checks/<check>.cpp (its test beside it), the id is the
// stable name packs use (never renamed), and each numeric knob a pack may set is
// PARAM_INT(name, minimum, maximum, default) or PARAM_BOOL(name, default).
//
// Errors are for drafts that must not be posted as they are (leftover template text, personal
// data in public, profanity, a wrong name); warnings for tone and brand problems a reviewer would
// send back; suggestions for polish.
//
// core/rules/rules.h derives the catalogue (ids, severities, params), core/checks/checks.h the
// declarations and core/checks/registry.cpp the functions from this one list.
#define REPLYCHECK_RULES(RULE, PARAM_INT, PARAM_BOOL)                                                    \
    RULE(placeholder_unfilled, "placeholder.unfilled", error)                                           \
    RULE(personal_no_name, "personal.no_name", suggestion)                                              \
    RULE(personal_wrong_name, "personal.wrong_name", error)                                             \
    RULE(personal_generic_opener, "personal.generic_opener", warning)                                   \
    RULE(personal_not_specific, "personal.not_specific", suggestion,                                    \
         PARAM_INT(min_key_terms, 0, 20, 2), PARAM_INT(min_reply_words, 0, 1000, 6))                   \
    RULE(tone_empathy_missing, "tone.empathy_missing", warning)                                         \
    RULE(tone_defensive, "tone.defensive", warning)                                                     \
    RULE(tone_dismissive, "tone.dismissive", warning)                                                   \
    RULE(tone_shouting, "tone.shouting", warning)                                                       \
    RULE(tone_over_apology, "tone.over_apology", suggestion,                                            \
         PARAM_INT(max_apologies, 1, 20, 2), PARAM_INT(short_words, 0, 10000, 30))                     \
    RULE(tone_profanity, "tone.profanity", error)                                                       \
    RULE(brand_banned_phrase, "brand.banned_phrase", warning)                                           \
    RULE(brand_terminology, "brand.terminology", suggestion)                                            \
    RULE(brand_capitalization, "brand.capitalization", suggestion)                                      \
    RULE(brand_emoji, "brand.emoji", suggestion)                                                        \
    RULE(brand_signoff, "brand.signoff", suggestion, PARAM_BOOL(private, false))                        \
    RULE(brand_promise, "brand.promise", warning)                                                       \
    RULE(brand_contractions, "brand.contractions", suggestion)                                          \
    RULE(brand_formality, "brand.formality", suggestion)                                                \
    RULE(privacy_pii_public, "privacy.pii_public", error)                                               \
    RULE(privacy_ask_pii_public, "privacy.ask_pii_public", error)                                       \
    RULE(channel_too_long, "channel.too_long", error)                                                   \
    RULE(channel_link_domain, "channel.link_domain", warning)                                           \
    RULE(resolution_no_next_step, "resolution.no_next_step", warning)
