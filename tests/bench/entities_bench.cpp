// Entity finding (analysis/entities.h) alone, on real-looking replies: prose only, a link and a
// handle, and a reply dense with numbers. It runs once per draft inside the <= 10 us check budget.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "analysis/entities.h"
#include "harness.h"

int main(int argc, char** argv) {
    using namespace replycheck;
    const std::string prose =
        "Hi Sam, sorry your router has been down since Monday. We're resetting the line now; DM us if it's not back. ^JD";
    const std::string link =
        "@sam_k Sorry about that! These steps should help: https://help.example.com/articles/360024008433 #StaySafe ^JD";
    const std::string numbers =
        "@sam_k Call us on 0800 123 4567 or email help@brand.example. Order #A12345 ships on 14/03 at 10:30, "
        "refund of £42.99 to the card ending 4417.";
    // `--profile N [K]`: N finds over each text (or text K only) and nothing else, for callgrind.
    if (argc >= 3 && std::string(argv[1]) == "--profile") {
        const long n = std::atol(argv[2]);
        const long only = argc >= 4 ? std::atol(argv[3]) : -1;
        long index = 0;
        for (const std::string* text : {&prose, &link, &numbers}) {
            if (only >= 0 && index++ != only) continue;
            const AnalysedText analysed(*text, "en");
            for (long i = 0; i < n; ++i) bench::keep(find_entities(analysed, "en"));
        }
        return 0;
    }
    for (const std::string* text : {&prose, &link, &numbers}) {
        const AnalysedText analysed(*text, "en");
        bench::keep(find_entities(analysed, "en"));  // compiles the locale tables; not timed
        const std::string name = "find_entities " + std::to_string(text->size()) + " bytes";
        bench::run(name.c_str(), [&] { bench::keep(find_entities(analysed, "en")); });
    }
    return 0;
}
