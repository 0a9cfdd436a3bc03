// Pack phrase entries count only where their conditions hold (CheckContext::phrase_matches):
// outside entities and negation unless "negated": "match", and in a request or statement when
// "when" says so.
#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, PhraseEntry entry) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.pack.rules["tone.dismissive"].phrases.push_back(std::move(entry));
    return fx.run(checks::tone_dismissive);
}

TEST(PhraseConditions, NegatedAndEntityTextIsSkippedUnlessTheEntrySaysMatch) {
    const PhraseEntry plain{"nonsense", "", ""};
    EXPECT_EQ(run("That is nonsense.", plain).size(), 1u);
    EXPECT_TRUE(run("That is not nonsense at all.", plain).empty());
    EXPECT_TRUE(run("See https://example.com/nonsense for it.", plain).empty());
    PhraseEntry negated = plain;
    negated.match_negated = true;
    EXPECT_EQ(run("That is not nonsense at all.", negated).size(), 1u);
}

TEST(PhraseConditions, RequestsAndStatements) {
    PhraseEntry request{"read the guide", "", ""};
    request.when = PhraseWhen::request;
    EXPECT_EQ(run("Please read the guide.", request).size(), 1u);
    EXPECT_TRUE(run("Most people read the guide first.", request).empty());
    PhraseEntry statement = request;
    statement.when = PhraseWhen::statement;
    EXPECT_TRUE(run("Please read the guide.", statement).empty());
    EXPECT_EQ(run("Most people read the guide first.", statement).size(), 1u);
}

}  // namespace
}  // namespace replycheck
