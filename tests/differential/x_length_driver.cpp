// Reads one JSON string per line from argv[1] and writes, per line of argv[2],
// "<weighted length> <valid 0|1> <overflow UTF-16 index>" as ReplyCheck computes them. Driven by
// x_length_differential.mjs, which compares the output with twitter-text's parseTweet.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "channel/x_length.h"
#include "text/utf8.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: x_length_driver <input.jsonl> <output.txt>\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    std::ofstream out(argv[2]);
    if (!in || !out) {
        std::cerr << "x_length_driver: cannot open input or output\n";
        return 2;
    }
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
        ++n;
        const std::string text = nlohmann::json::parse(line).get<std::string>();
        if (auto err = replycheck::find_utf8_error(text)) {
            std::cerr << "line " << n << ": " << err->message << "\n";
            return 2;
        }
        const replycheck::XLength r = replycheck::x_weighted_length(text);
        out << r.weighted << ' ' << (r.valid ? 1 : 0) << ' ' << r.overflow_utf16 << '\n';
    }
    return out.good() ? 0 : 1;
}
