#include "read_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <string_view>

namespace replycheck::cli {

std::string over_limit(std::size_t size, std::size_t max_bytes) {
    std::string limit = std::to_string(max_bytes) + " bytes";
    if (max_bytes >= (1u << 20) && max_bytes % (1u << 20) == 0)
        limit = std::to_string(max_bytes >> 20) + " MiB (" + limit + ")";
    return std::to_string(size) + " bytes; the limit is " + limit;
}

std::optional<std::string> read_file(const std::string& path, std::size_t max_bytes, std::string& why) {
    std::istream* in = &std::cin;
    std::ifstream file;
    if (path != "-") {
        // A directory opens as a stream on Linux and fails only on the first read, by throwing.
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec) {
            why = ec.message();
            return std::nullopt;
        }
        if (std::filesystem::is_directory(status)) {
            why = "is a directory";
            return std::nullopt;
        }
        if (std::filesystem::is_regular_file(status)) {
            const auto size = std::filesystem::file_size(path, ec);
            if (!ec && size > max_bytes) {
                why = "is " + over_limit(static_cast<std::size_t>(size), max_bytes);
                return std::nullopt;
            }
        }
        file.open(path, std::ios::binary);
        if (!file) {
            why = std::strerror(errno);
            return std::nullopt;
        }
        in = &file;
    }
    // Pipes and devices have no size up front: read in blocks, stopping just past the limit.
    std::string text;
    char block[1 << 16];
    while (text.size() <= max_bytes) {
        in->read(block, sizeof block);
        text.append(block, static_cast<std::size_t>(in->gcount()));
        if (in->gcount() < static_cast<std::streamsize>(sizeof block)) break;
    }
    if (in->bad()) {
        why = "read error";
        return std::nullopt;
    }
    if (text.size() > max_bytes) {
        why = "is longer than the limit of " + std::to_string(max_bytes) + " bytes";
        return std::nullopt;
    }
    // As the browser reads a dropped file (web/glue.js): a UTF-8 byte order mark is skipped, and
    // UTF-16 or UTF-32 is refused by name rather than reported as a bad first character.
    const auto starts = [&](std::string_view prefix) { return std::string_view(text).substr(0, prefix.size()) == prefix; };
    using namespace std::string_view_literals;
    if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv) || starts("\0\0\xFE\xFF"sv)) {
        why = "is UTF-16 or UTF-32 (it starts with a byte order mark); save it as UTF-8";
        return std::nullopt;
    }
    if (starts("\xEF\xBB\xBF"sv)) text.erase(0, 3);
    return text;
}

int cannot_read(const std::string& path, const std::string& why, const char* what) {
    std::fprintf(stderr, "replycheck: cannot read %s%s: %s\n", what, path == "-" ? "standard input" : path.c_str(),
                 why.c_str());
    return 2;
}

bool read_line(std::istream& in, std::size_t max_bytes, std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    std::streambuf* buf = in.rdbuf();
    bool any = false;
    for (;;) {
        const int c = buf->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            in.setstate(std::ios::eofbit);
            break;
        }
        any = true;
        if (c == '\n') break;
        if (line.size() == max_bytes + 1) {  // room for a final '\r'
            too_long = true;
            line.clear();
            line.shrink_to_fit();
            in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
            break;
        }
        line += static_cast<char>(c);
    }
    if (!too_long && !line.empty() && line.back() == '\r') line.pop_back();
    if (!too_long && line.size() > max_bytes) {
        too_long = true;
        line.clear();
    }
    return any;
}

}  // namespace replycheck::cli
