#include "engine/key_terms.h"

#include <gtest/gtest.h>

#include "analysis/word_classes.h"
#include "text/analysed_text.h"

namespace replycheck {
namespace {

TEST(KeyTerms, NameTheIssueNotTheAddressee) {
    AnalysedText post("@SkyWayHelp my flight to Lisbon was delayed 3 hours and nobody told us", "en");
    const auto terms = extract_key_terms(post, "en");
    EXPECT_EQ(std::find(terms.begin(), terms.end(), "@skywayhelp"), terms.end());
    EXPECT_EQ(std::find(terms.begin(), terms.end(), "skywayhelp"), terms.end());
    EXPECT_NE(std::find(terms.begin(), terms.end(), "flight"), terms.end());
    EXPECT_NE(std::find(terms.begin(), terms.end(), "lisbon"), terms.end());
}

TEST(KeyTerms, TextThatFoldsToNothingIsNoTerm) {
    AnalysedText post("\u00AD router", "en");  // a lone soft hyphen folds to the empty string
    const auto terms = extract_key_terms(post, "en");
    EXPECT_EQ(terms, (std::vector<std::string>{"router"}));
}

TEST(KeyTerms, NounsNameTheIssueNotOrdinalsOrTimeWords) {
    // The words a review saw listed as the issue: "(third, time, month)".
    AnalysedText post("This is the third time this month my broadband has dropped out without warning", "en");
    EXPECT_EQ(extract_key_terms(post, "en"), (std::vector<std::string>{"broadband", "warning", "dropped"}));
    EXPECT_TRUE(word_classes("en").names_a_thing("broadband"));
    EXPECT_FALSE(word_classes("en").names_a_thing("dropped"));
}

TEST(KeyTerms, OrderNumbersCountShortNumbersDoNot) {
    AnalysedText post("order 48213 arrived 2 days late and the lid was cracked", "en");
    EXPECT_EQ(extract_key_terms(post, "en"), (std::vector<std::string>{"order", "48213", "lid", "cracked", "arrived"}));
}

TEST(KeyTerms, ContractionsAreNoTerms) {
    AnalysedText post("I can't open the app and it's not my password", "en");
    EXPECT_EQ(extract_key_terms(post, "en"), (std::vector<std::string>{"app", "password", "open"}));
}

}  // namespace
}  // namespace replycheck
