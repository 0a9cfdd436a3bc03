#include "engine/key_terms.h"

#include <gtest/gtest.h>

#include "text/analysed_text.h"

namespace replycheck {
namespace {

TEST(KeyTerms, NameTheIssueNotTheAddressee) {
    AnalysedText post("@SkyWayHelp my flight to Lisbon was delayed 3 hours and nobody told us", "en");
    const auto terms = extract_key_terms(post);
    EXPECT_EQ(std::find(terms.begin(), terms.end(), "@skywayhelp"), terms.end());
    EXPECT_EQ(std::find(terms.begin(), terms.end(), "skywayhelp"), terms.end());
    EXPECT_NE(std::find(terms.begin(), terms.end(), "flight"), terms.end());
    EXPECT_NE(std::find(terms.begin(), terms.end(), "lisbon"), terms.end());
}

TEST(KeyTerms, TextThatFoldsToNothingIsNoTerm) {
    AnalysedText post("\u00AD router", "en");  // a lone soft hyphen folds to the empty string
    const auto terms = extract_key_terms(post);
    EXPECT_EQ(terms, (std::vector<std::string>{"router"}));
}

}  // namespace
}  // namespace replycheck
