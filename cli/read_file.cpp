#include "read_file.h"

#include <fstream>
#include <iostream>
#include <iterator>

namespace replycheck::cli {

std::optional<std::string> read_file(const std::string& path) {
    if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace replycheck::cli
