#include "training/key_point_phrases.h"

#include <array>

namespace replycheck::training {
namespace {

// An apology says sorry in so many words. Acknowledgements ("I understand", "that's
// frustrating") are empathy, a separate key point, so they are not here. Matching folds case and
// normalises spelling and contractions (match/token_normaliser.h), so "apologize", "Sorry" and
// "we’re sorry" need no entries of their own.
constexpr std::array<std::string_view, 7> kApology = {
    "sorry", "apologise", "apologised", "apologises", "apologising", "apologies", "apology",
};

// Moving the conversation somewhere private: X and Instagram say DM, Facebook says inbox or
// Messenger. "dm" also covers "DM us" and "send us a DM"; a plural is a token of its own, so it
// is listed.
constexpr std::array<std::string_view, 14> kDmOffer = {
    "dm",         "dms",           "direct message", "direct messages", "private message",
    "private messages", "message us", "send us a message", "drop us a message", "inbox",
    "messenger",  "pm",            "private chat",   "privately",
};

}  // namespace

std::span<const std::string_view> default_apology_phrases() { return kApology; }
std::span<const std::string_view> default_dm_offer_phrases() { return kDmOffer; }

}  // namespace replycheck::training
