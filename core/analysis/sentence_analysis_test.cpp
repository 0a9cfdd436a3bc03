#include "analysis/sentence_analysis.h"

#include <gtest/gtest.h>

#include <string>

namespace replycheck {
namespace {

struct Analysed {
    AnalysedText text;
    Entities entities;
    SentenceAnalysis analysis;
    explicit Analysed(const std::string& s)
        : text(s, "en"), entities(find_entities(text, "en")), analysis(text, entities, sentence_cues("en")) {}

    std::size_t token(std::string_view word, std::size_t nth = 0) const {
        for (std::size_t k = 0; k < text.tokens().size(); ++k)
            if (text.slice(text.tokens()[k]) == word && nth-- == 0) return k;
        ADD_FAILURE() << "no token " << word;
        return 0;
    }
    std::string data_of(const DataRequest& r) const {
        return std::string(text.slice(text.tokens()[r.data.first_token].start, text.tokens()[r.data.last_token].end));
    }
};

TEST(SentenceAnalysis, NegationCoversTheRestOfItsClauseOnly) {
    const Analysed a("Please don't post your card number here, DM us instead.");
    EXPECT_TRUE(a.analysis.negated(a.token("card")));
    EXPECT_TRUE(a.analysis.negated(a.token("here")));
    EXPECT_FALSE(a.analysis.negated(a.token("DM")));
}

TEST(SentenceAnalysis, PseudoTriggersDoNotNegate) {
    const Analysed a("Don't hesitate to send us your email address.");
    EXPECT_FALSE(a.analysis.negated(a.token("email")));
    const Analysed b("No problem at all, send us your order number.");
    EXPECT_FALSE(b.analysis.negated(b.token("order")));
}

TEST(SentenceAnalysis, ButEndsTheScope) {
    const Analysed a("We can't see it but please reply with your phone number.");
    EXPECT_FALSE(a.analysis.negated(a.token("phone")));
}

TEST(SentenceAnalysis, ClauseMoods) {
    const Analysed a("Thanks for waiting. Could you tell us more? Restart the app. It works now.");
    ASSERT_EQ(a.analysis.clauses().size(), 4u);
    EXPECT_EQ(a.analysis.clauses()[0].mood, ClauseMood::statement);
    EXPECT_EQ(a.analysis.clauses()[1].mood, ClauseMood::request);
    EXPECT_EQ(a.analysis.clauses()[2].mood, ClauseMood::request);
    EXPECT_EQ(a.analysis.clauses()[3].mood, ClauseMood::statement);
    const Analysed q("Which device are you using?");
    EXPECT_EQ(q.analysis.clauses()[0].mood, ClauseMood::question);
}

TEST(SentenceAnalysis, RequestWithPublicRouteInTheNextSentence) {
    const Analysed a("Can you send us your email address? Just reply here and we'll sort it.");
    ASSERT_EQ(a.analysis.data_requests().size(), 1u);
    const DataRequest& r = a.analysis.data_requests()[0];
    EXPECT_EQ(a.data_of(r), "email address");
    EXPECT_EQ(r.route, Route::public_reply);
    EXPECT_FALSE(r.route_in_clause);
}

TEST(SentenceAnalysis, PrivateRoutesWin) {
    const Analysed a("Please DM us your account number and we'll take a look.");
    ASSERT_EQ(a.analysis.data_requests().size(), 1u);
    EXPECT_EQ(a.analysis.data_requests()[0].route, Route::private_message);
    const Analysed b("Please send us your date of birth. You can use the form on our site.");
    ASSERT_EQ(b.analysis.data_requests().size(), 1u);
    EXPECT_EQ(b.analysis.data_requests()[0].route, Route::private_message);
}

TEST(SentenceAnalysis, NotRequests) {
    for (const char* s : {"Please check your email for the link.", "We'll send it to your email address.",
                          "For your safety, keep your password to yourself.",
                          "No need to share any account numbers here.", "Send us an email and we'll help.",
                          "Please confirm the last four digits of your card.",
                          "Let us know if your email address has changed."}) {
        const Analysed a(s);
        EXPECT_TRUE(a.analysis.data_requests().empty()) << s;
    }
}

TEST(SentenceAnalysis, Vocatives) {
    const Analysed a("@maria_g Hi Priya, sorry about that.");
    ASSERT_EQ(a.analysis.vocatives().size(), 1u);
    EXPECT_TRUE(a.analysis.is_vocative(a.token("Priya")));
    const Analysed b("Sorry about the delay, Priya, we'll DM you.");
    ASSERT_EQ(b.analysis.vocatives().size(), 1u);
    EXPECT_TRUE(b.analysis.is_vocative(b.token("Priya")));
    const Analysed c("Unfortunately, the store is closed. Thanks, Sam!");
    ASSERT_EQ(c.analysis.vocatives().size(), 1u);
    EXPECT_TRUE(c.analysis.is_vocative(c.token("Sam")));
}

TEST(SentenceCuesData, MalformedDataNamesTheFile) {
    EXPECT_THROW(SentenceCues("xx"), std::runtime_error);
}

}  // namespace
}  // namespace replycheck
