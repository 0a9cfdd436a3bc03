#pragma once
// Reading the CLI's input files, shared by every command.
#include <cstddef>
#include <istream>
#include <optional>
#include <string>

namespace replycheck::cli {

// What any one input file may hold when its reader has no tighter limit (label files, baselines).
inline constexpr std::size_t kMaxInputBytes = 64u << 20;

// The file's bytes, or nothing after setting `why` ("is a directory", "No such file or
// directory", "is 209715200 bytes; the limit is 4 MiB (4194304 bytes)"). "-" reads standard
// input. A file over `max_bytes` is refused from its size, before it is read; standard input is
// read up to the limit only.
std::optional<std::string> read_file(const std::string& path, std::size_t max_bytes, std::string& why);

// Prints "replycheck: cannot read <what>PATH: WHY" to stderr and returns exit status 2.
int cannot_read(const std::string& path, const std::string& why, const char* what = "");

// One line of `in` without its "\n" (and "\r"), at most `max_bytes`; a longer line is skipped to
// its end without being kept, and `too_long` is set. False at the end of input.
bool read_line(std::istream& in, std::size_t max_bytes, std::string& line, bool& too_long);

// "N bytes; the limit is M bytes", as the loaders word it.
std::string over_limit(std::size_t size, std::size_t max_bytes);

}  // namespace replycheck::cli
