// replycheck: the command-line front end. It parses arguments and hands everything else to core/.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "version.h"

namespace {

constexpr const char* kUsage =
    "usage: replycheck <command> [options]\n"
    "\n"
    "commands:\n"
    "  check      check one draft reply\n"
    "  batch      check JSON requests, one per line, from standard input\n"
    "  pack       validate or test a brand-voice pack\n"
    "  --version  print the version\n"
    "  --help     print this help\n";

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const std::string_view command = argv[1];
    if (command == "--version" || command == "version") {
        std::printf("replycheck %s\n", replycheck::kVersion);
        return 0;
    }
    if (command == "--help" || command == "help" || command == "-h") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    std::fprintf(stderr, "replycheck: unknown command '%s'\n\n%s", argv[1], kUsage);
    return 2;
}
