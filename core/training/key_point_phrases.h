#pragma once
// The built-in phrase lists behind `apology` and `dm_offer` key points that give no phrases of
// their own. Kept here, in one place, so a trainer can see exactly what counts.
#include <span>
#include <string_view>

namespace replycheck::training {

std::span<const std::string_view> default_apology_phrases();
std::span<const std::string_view> default_dm_offer_phrases();

}  // namespace replycheck::training
