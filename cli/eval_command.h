#pragma once
// `replycheck eval`: each rule's precision and recall against hand-labelled replies
// (core/eval/evaluation.h), with a committed baseline that must not drop.

namespace replycheck::cli {

// argv[1] is "eval". Exit status: 0 printed (and at or above the baseline when given), 1 below
// the baseline, 2 usage or input error.
int run_eval(int argc, char** argv);

}  // namespace replycheck::cli
