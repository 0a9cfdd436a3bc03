#pragma once
// Reading the CLI's input files, shared by every command.
#include <optional>
#include <string>

namespace replycheck::cli {

// The file's bytes, or nothing when it cannot be read; "-" reads standard input.
std::optional<std::string> read_file(const std::string& path);

}  // namespace replycheck::cli
