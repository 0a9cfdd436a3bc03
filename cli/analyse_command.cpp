#include "analyse_command.h"

#include <cstdio>
#include <string>

#include "analysis/entities.h"
#include "analysis/sentence_analysis.h"
#include "engine/checker.h"
#include "read_file.h"
#include "text/utf8.h"

namespace replycheck::cli {
namespace {

std::string_view mood_name(ClauseMood m) {
    switch (m) {
        case ClauseMood::statement: return "statement";
        case ClauseMood::question: return "question";
        case ClauseMood::request: return "request";
    }
    return "?";
}

std::string_view route_name(Route r) {
    switch (r) {
        case Route::none: return "none";
        case Route::public_reply: return "public";
        case Route::private_message: return "private";
    }
    return "?";
}

}  // namespace

int run_analyse(int argc, char** argv) {
    std::string locale = "en";
    std::string path = "-";
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--locale" && i + 1 < argc) locale = argv[++i];
        else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            std::fprintf(stderr, "replycheck analyse: unknown option %s\nusage: replycheck analyse [--locale L] [FILE|-]\n", arg.c_str());
            return 2;
        } else path = arg;
    }
    std::string why;
    auto text = read_file(path, replycheck::EngineLimits::max_draft_bytes, why);
    if (!text) return cannot_read(path, why);
    std::string draft = std::move(*text);
    while (!draft.empty() && (draft.back() == '\n' || draft.back() == '\r')) draft.pop_back();
    if (auto bad = find_utf8_error(draft)) {
        std::fprintf(stderr, "replycheck analyse: not valid UTF-8 at byte %zu: %s\n", static_cast<std::size_t>(bad->offset),
                     bad->message.c_str());
        return 2;
    }
    try {
        const AnalysedText text(draft, locale.c_str());
        const Entities entities = find_entities(text, locale);
        const SentenceAnalysis a(text, entities, sentence_cues(locale));
        const auto& tokens = text.tokens();
        auto words = [&](std::uint32_t first, std::uint32_t last) {
            return std::string(text.slice(tokens[first].start, tokens[last].end));
        };
        for (const Entity& e : entities.all())
            std::printf("entity %s%s: %s\n", std::string(to_string(e.kind)).c_str(),
                        e.owner == EntityOwner::brand ? " (brand's)" : "", std::string(text.slice(e.start, e.end)).c_str());
        for (std::size_t k = 0; k < a.clauses().size(); ++k) {
            const Clause& c = a.clauses()[k];
            std::string line;
            for (std::uint32_t t = c.first_token; t < c.end_token; ++t) {
                if (!line.empty()) line += ' ';
                line += text.slice(tokens[t]);
                if (a.negated(t)) line += "/neg";
                if (a.in_entity(t)) line += "/ent";
                if (a.is_vocative(t)) line += "/voc";
            }
            std::printf("clause %zu (sentence %u, %s): %s\n", k, c.sentence, std::string(mood_name(c.mood)).c_str(), line.c_str());
        }
        for (const RouteMention& r : a.routes())
            std::printf("route %s%s in clause %u: %s\n", std::string(route_name(r.route)).c_str(), r.strong ? " (strong)" : "",
                        r.clause, words(r.first_token, r.last_token).c_str());
        for (const DataMention& d : a.data())
            std::printf("data %s in clause %u: %s\n", a.cue_data().data_kinds()[d.kind].c_str(), d.clause,
                        words(d.first_token, d.last_token).c_str());
        for (const DataRequest& r : a.data_requests())
            std::printf("asks for %s (by \"%s\"), route %s%s\n", words(r.data.first_token, r.data.last_token).c_str(),
                        words(r.ask_token, r.ask_token).c_str(), std::string(route_name(r.route)).c_str(),
                        r.evidence ? (" via \"" + words(r.evidence->first_token, r.evidence->last_token) + "\"" +
                                      (r.route_in_clause ? "" : " elsewhere"))
                                         .c_str()
                                   : "");
        for (const Vocative& v : a.vocatives()) std::printf("addresses %s\n", words(v.first_token, v.last_token).c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "replycheck analyse: %s\n", e.what());
        return 2;
    }
    return 0;
}

}  // namespace replycheck::cli
