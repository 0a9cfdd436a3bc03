#pragma once
// The layers the engine calls that are written in parallel (core/sentiment, core/checks,
// core/channel). core/CMakeLists.txt defines REPLYCHECK_NO_* for a layer that has no sources yet,
// and these wrappers then give neutral answers, so the engine builds and runs meanwhile.
#include <string_view>

#include "check/check.h"
#include "text/analysed_text.h"

namespace replycheck {

// Sentiment of the customer's post (core/sentiment), or neutral.
PostSignals post_sentiment(const AnalysedText& post);
// Lexicon valence of one folded word (core/sentiment), or 0.
double sentiment_valence(std::string_view folded);

}  // namespace replycheck
