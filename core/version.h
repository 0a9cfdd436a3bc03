#pragma once
namespace replycheck {
// Bumped by hand on each release; the CLI and the app both show it.
inline constexpr const char* kVersion = "0.1.0";
}  // namespace replycheck
