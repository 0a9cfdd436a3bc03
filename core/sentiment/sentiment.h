#pragma once
// Lexicon-based sentiment of a customer's post, in the manner of VADER (Hutto & Gilbert 2014,
// "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text"): word
// valences on a -4..+4 scale, adjusted for boosters, dampeners, negation, ALL-CAPS emphasis,
// "but" shifts, exclamation marks and emoji, then squashed into [-1, 1]. The lexicon is our own,
// focused on customer-service posts (core/sentiment/lexicon.cpp).
#include <string_view>

#include "base/enums.h"
#include "text/analysed_text.h"

namespace replycheck {

struct SentimentScore {
    double compound = 0;  // normalised sum in [-1, 1]
    double pos = 0;       // shares of positive, negative and neutral weight; they sum to 1
    double neg = 0;
    double neu = 0;
};

SentimentScore score_sentiment(const AnalysedText& text);

// upset at or below kUpsetAtOrBelow, happy at or above kHappyAtOrAbove, neutral in between.
// VADER's own cut-offs are +-0.05. Upset keeps that: any complaint wording should earn an
// acknowledgement. Happy is set higher because a polite "Thanks!" in front of a question scores
// about 0.45 and is not a happy customer; thanked-and-pleased posts score 0.5 and up (tuned on
// the Kaggle sample in core/sentiment/mood_agreement_test.cpp).
inline constexpr double kUpsetAtOrBelow = -0.05;
inline constexpr double kHappyAtOrAbove = 0.5;
Mood mood_of(double compound);

// Valence of one folded word (or multi-word phrase joined by single spaces) in the lexicon; 0
// when absent. Exposed for tests and for the engine's key-term extraction.
double lexicon_valence(std::string_view folded);

}  // namespace replycheck
