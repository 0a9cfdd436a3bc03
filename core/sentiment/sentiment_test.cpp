#include "sentiment/sentiment.h"

#include <gtest/gtest.h>

#include <set>

#include "sentiment/lexicon.h"

namespace replycheck {
namespace {

double compound(const char* text) { return score_sentiment(AnalysedText(text, "en")).compound; }

TEST(Sentiment, EmptyAndNeutralTextScoreZero) {
    EXPECT_EQ(compound(""), 0.0);
    EXPECT_EQ(compound("My flight is at 6pm from Leeds."), 0.0);
    const auto s = score_sentiment(AnalysedText("My flight is at 6pm.", "en"));
    EXPECT_DOUBLE_EQ(s.neu, 1.0);
}

TEST(Sentiment, PositiveAndNegativeWordsPushTheRightWay) {
    EXPECT_GT(compound("Thanks, the crew were brilliant"), 0.5);
    EXPECT_LT(compound("This is the worst airline, ridiculous"), -0.6);
}

TEST(Sentiment, NegationFlipsAndShrinks) {
    const double happy = compound("I am happy with the service");
    const double not_happy = compound("I am not happy with the service");
    EXPECT_GT(happy, 0.3);
    EXPECT_LT(not_happy, -0.3);
    EXPECT_LT(std::abs(compound("It isn't great")), std::abs(compound("It is great")));
}

TEST(Sentiment, BoostersAndDampenersScale) {
    const double plain = compound("The app is slow");
    EXPECT_LT(compound("The app is extremely slow"), plain);
    EXPECT_GT(compound("The app is slightly slow"), plain);
}

TEST(Sentiment, CapsAndExclamationsAddEmphasis) {
    EXPECT_LT(compound("This is TERRIBLE service"), compound("This is terrible service"));
    EXPECT_LT(compound("This is terrible service!!!"), compound("This is terrible service"));
    // A post written entirely in caps has no contrast, so caps add nothing.
    EXPECT_DOUBLE_EQ(compound("THIS IS TERRIBLE SERVICE"), compound("this is terrible service"));
}

TEST(Sentiment, ButShiftsWeightToTheSecondClause) {
    EXPECT_LT(compound("The crew were lovely but the delay was awful"), -0.3);
    EXPECT_GT(compound("The delay was awful but the crew were lovely"), 0.2);
}

TEST(Sentiment, ComplaintPhrasingIsNegative) {
    EXPECT_LT(compound("Still waiting for my refund"), -0.3);
    EXPECT_LT(compound("3rd time I've called about this"), -0.2);
    EXPECT_LT(compound("Flight cancelled and no response from anyone"), -0.5);
    EXPECT_LT(compound("Still waiting… ’no one’ can help"), -0.3);
}

TEST(Sentiment, EmojiAndEmoticonsCount) {
    EXPECT_LT(compound("My parcel 😡"), -0.4);
    EXPECT_GT(compound("Arrived early 😍❤️"), 0.5);
    EXPECT_GT(compound("Sorted, thanks 👍🏽"), 0.3);
    EXPECT_LT(compound("Parcel lost again :("), -0.4);
}

TEST(Sentiment, ProportionsSumToOne) {
    const auto s = score_sentiment(AnalysedText("Thanks but the wifi is awful and slow", "en"));
    EXPECT_NEAR(s.pos + s.neg + s.neu, 1.0, 1e-9);
    EXPECT_GT(s.neg, s.pos);
}

TEST(Sentiment, NonEnglishScriptsDoNotCrashAndStayNeutral) {
    EXPECT_EQ(compound("航班延误了"), 0.0);
    EXPECT_EQ(compound("שלום, הטיסה שלי"), 0.0);
}

TEST(Sentiment, MoodThresholds) {
    EXPECT_EQ(mood_of(-0.05), Mood::upset);
    EXPECT_EQ(mood_of(-0.04), Mood::neutral);
    EXPECT_EQ(mood_of(0.49), Mood::neutral);
    EXPECT_EQ(mood_of(0.5), Mood::happy);
    EXPECT_EQ(mood_of(compound("Worst service ever, still waiting")), Mood::upset);
    EXPECT_EQ(mood_of(compound("Thank you so much, amazing help!")), Mood::happy);
}

TEST(SentimentLexicon, KeysAreUniqueFoldedAndInRange) {
    std::set<std::string_view> seen;
    for (const auto& e : sentiment::lexicon()) {
        EXPECT_TRUE(seen.insert(e.key).second) << "duplicate " << e.key;
        EXPECT_EQ(fold(e.key), e.key) << "not folded: " << e.key;
        EXPECT_GE(e.valence, -4.0);
        EXPECT_LE(e.valence, 4.0);
    }
    EXPECT_GT(seen.size(), 300u);
}

}  // namespace
}  // namespace replycheck
