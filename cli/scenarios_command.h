#pragma once
// `replycheck scenarios validate|test|grade`: trainer mode on the command line (core/training/).

namespace replycheck::cli {

// The usage lines main.cpp's help shows for the command.
extern const char* const kScenariosUsage;

// argv[1] is "scenarios". Returns the process exit status: 0 all good, 1 failing answers or
// model answers, 2 usage or input errors (exactly as documented in kScenariosUsage).
int run_scenarios(int argc, char** argv);

}  // namespace replycheck::cli
