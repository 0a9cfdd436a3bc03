#pragma once
// A reply posted as a thread, as the app keeps it: the posts' texts (what the agent writes, without
// the mention and numbering the channel adds) and the one draft the core checks, the texts one
// blank line apart. No ImGui here, so the offset arithmetic is tested natively (tests/ui).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace replycheck::ui {

inline constexpr std::string_view kThreadSeparator = "\n\n";

// The draft of a thread: its texts, kThreadSeparator between them.
std::string join_thread(const std::vector<std::string>& texts);
// Where each text starts in join_thread(texts) (CheckRequest::thread_starts).
std::vector<std::uint32_t> thread_starts(const std::vector<std::string>& texts);
// The post holding draft offset `offset`; a separator belongs to the post before it.
std::size_t thread_post_at(const std::vector<std::string>& texts, std::size_t offset);

// The texts after an edit of their draft ([start, end) of join_thread(texts) replaced by
// `replacement`, as a fix does it). Text inserted at the end of a post joins that post, at the
// start of the next one that one; a replacement across a separator stays in the post it starts
// in, and the posts it spans keep what is left of them.
std::vector<std::string> edit_thread(const std::vector<std::string>& texts, std::size_t start, std::size_t end,
                                     std::string_view replacement);

}  // namespace replycheck::ui
