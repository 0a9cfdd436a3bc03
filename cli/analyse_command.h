#pragma once
// `replycheck analyse`: what the sentence analysis makes of a draft (clauses and their mood,
// negated words, entities, routes, personal data asked for, vocatives), for trainers writing
// pack phrases and for anyone asking why a check fired.

namespace replycheck::cli {

// argv[1] is "analyse". Reads the draft from FILE or standard input. Exit status 0, or 2 for a
// usage or input error.
int run_analyse(int argc, char** argv);

}  // namespace replycheck::cli
