#include "engine/optional_layers.h"

#ifndef REPLYCHECK_NO_SENTIMENT
#include "sentiment/sentiment.h"
#endif

namespace replycheck {

PostSignals post_sentiment(const AnalysedText& post) {
    PostSignals signals;
#ifndef REPLYCHECK_NO_SENTIMENT
    if (!post.tokens().empty()) {
        signals.sentiment = score_sentiment(post).compound;
        signals.mood = mood_of(signals.sentiment);
    }
#else
    (void)post;
#endif
    return signals;
}

double sentiment_valence(std::string_view folded) {
#ifndef REPLYCHECK_NO_SENTIMENT
    return lexicon_valence(folded);
#else
    (void)folded;
    return 0.0;
#endif
}

#ifdef REPLYCHECK_NO_CHECK_REGISTRY
// No checks yet (core/checks/registry.cpp defines the real list).
std::span<const CheckDef> all_checks() { return {}; }
#endif

}  // namespace replycheck
