#include "match/phrase_automaton.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

#include "match/token_normaliser.h"
#include "pack/compiled_pack.h"

namespace replycheck {
namespace {

using Ids = std::vector<PhraseAutomaton::TokenId>;

std::set<std::pair<std::uint32_t, std::size_t>> scan_all(const PhraseAutomaton& a, const Ids& stream) {
    std::set<std::pair<std::uint32_t, std::size_t>> hits;
    a.scan(stream, [&](PhraseAutomaton::PatternId p, std::size_t last) { hits.insert({p, last}); });
    return hits;
}

TEST(PhraseAutomaton, ReportsOverlappingAndNestedOccurrences) {
    // The classic he/she/his/hers set, with letters as token ids.
    PhraseAutomaton a;
    const auto he = a.add(Ids{1, 2});
    const auto she = a.add(Ids{3, 1, 2});
    const auto his = a.add(Ids{1, 4, 3});
    const auto hers = a.add(Ids{1, 2, 5, 3});
    EXPECT_EQ(a.add(Ids{1, 2}), he);  // same sequence, same id
    a.build();
    // "ushers": u s h e r s
    const auto hits = scan_all(a, Ids{9, 3, 1, 2, 5, 3});
    const std::set<std::pair<std::uint32_t, std::size_t>> expected = {{she, 3}, {he, 3}, {hers, 5}};
    EXPECT_EQ(hits, expected);
    (void)his;
}

TEST(PhraseAutomaton, UnknownTokensResetTheMatch) {
    PhraseAutomaton a;
    const auto ab = a.add(Ids{1, 2});
    a.build();
    EXPECT_TRUE(scan_all(a, Ids{1, PhraseAutomaton::kOtherToken, 2}).empty());
    EXPECT_EQ(scan_all(a, Ids{1, 1, 2}).count({ab, 2}), 1u);
}

class CompiledPackMatching : public ::testing::Test {
protected:
    static std::shared_ptr<const CompiledPack> compile(Pack pack) { return CompiledPack::compile(std::move(pack)); }

    static std::vector<std::string> matched(const CompiledPack& c, const std::string& list, const std::string& draft) {
        const AnalysedText text(draft, c.locale());
        const PhraseMatchSet set = c.match_phrases(text);
        std::vector<std::string> out;
        const int index = c.list_index(list);
        if (index < 0) return out;
        for (const PhraseMatch& m : set.by_list[static_cast<std::size_t>(index)])
            out.push_back(std::string(text.slice(m.start, m.end)) + "=" + m.entry->match);
        return out;
    }

    static Pack pack_with(std::initializer_list<const char*> phrases) {
        Pack p;
        p.id = "t";
        for (const char* phrase : phrases) p.rules["tone.defensive"].phrases.push_back({phrase, "", ""});
        return p;
    }
};

TEST_F(CompiledPackMatching, LongestMatchWinsAndMatchesDoNotOverlap) {
    const auto c = compile(pack_with({"sorry", "so sorry", "sorry for the inconvenience"}));
    EXPECT_EQ(matched(*c, "tone.defensive", "We are so sorry for the inconvenience. Sorry!"),
              (std::vector<std::string>{"so sorry=so sorry", "Sorry=sorry"}));
    EXPECT_EQ(matched(*c, "tone.defensive", "sorry for the inconvenience"),
              (std::vector<std::string>{"sorry for the inconvenience=sorry for the inconvenience"}));
}

TEST_F(CompiledPackMatching, MatchesWholeTokensOnly) {
    const auto c = compile(pack_with({"sort"}));
    EXPECT_TRUE(matched(*c, "tone.defensive", "We will sorted it, resort to it").empty());
    EXPECT_EQ(matched(*c, "tone.defensive", "we'll sort it").size(), 1u);
}

TEST_F(CompiledPackMatching, FoldsCaseAndWidth) {
    const auto c = compile(pack_with({"calm down"}));
    EXPECT_EQ(matched(*c, "tone.defensive", "CALM DOWN please").size(), 1u);
    // Full-width Latin, as typed with a CJK input method.
    EXPECT_EQ(matched(*c, "tone.defensive", "\xEF\xBD\x83\xEF\xBD\x81\xEF\xBD\x8C\xEF\xBD\x8D down").size(), 1u);
    EXPECT_EQ(matched(*c, "tone.defensive", "Straße calm  \n down").size(), 1u);
}

TEST_F(CompiledPackMatching, ContractionsAndSpellingVariantsMatchEachOther) {
    const auto c = compile(pack_with({"we apologise", "you're wrong", "we can not"}));
    EXPECT_EQ(matched(*c, "tone.defensive", "We apologize.").size(), 1u);
    EXPECT_EQ(matched(*c, "tone.defensive", "You are wrong").size(), 1u);
    EXPECT_EQ(matched(*c, "tone.defensive", "you\xE2\x80\x99re wrong").size(), 1u);  // curly apostrophe
    EXPECT_EQ(matched(*c, "tone.defensive", "We can't, we cannot").size(), 2u);
    // A phrase must not match half of a contraction.
    const auto are = compile(pack_with({"are wrong"}));
    EXPECT_TRUE(matched(*are, "tone.defensive", "you're wrong").empty());
    EXPECT_EQ(matched(*are, "tone.defensive", "they are wrong").size(), 1u);
}

TEST_F(CompiledPackMatching, CjkPhrasesMatchPerCharacter) {
    const auto c = compile(pack_with({"退款", "请稍等"}));
    const auto hits = matched(*c, "tone.defensive", "我们无法退款，请稍等。");
    EXPECT_EQ(hits, (std::vector<std::string>{"退款=退款", "请稍等=请稍等"}));
}

TEST_F(CompiledPackMatching, PackLevelListsAreSeparateFromRuleLists) {
    Pack p = pack_with({"calm down"});
    p.banned_phrases.push_back({"calm down", "", "banned"});
    p.terminology.push_back({"wifi", "Wi-Fi", ""});
    p.brand_names.push_back("SkyWay");
    const auto c = compile(std::move(p));
    const std::string draft = "Calm down, the wifi on skyway works";
    EXPECT_EQ(matched(*c, "tone.defensive", draft).size(), 1u);
    EXPECT_EQ(matched(*c, "brand.banned_phrase", draft).size(), 1u);
    EXPECT_EQ(matched(*c, "brand.terminology", draft), (std::vector<std::string>{"wifi=wifi"}));
    EXPECT_EQ(matched(*c, "brand.capitalization", draft), (std::vector<std::string>{"skyway=SkyWay"}));
    EXPECT_EQ(c->list_index("tone.shouting"), -1);
}

TEST_F(CompiledPackMatching, ThousandsOfPhrasesStillFindTheRightOnes) {
    Pack p;
    p.id = "big";
    for (int i = 0; i < 5000; ++i) p.terminology.push_back({"term" + std::to_string(i) + " x", "T", ""});
    const auto c = compile(std::move(p));
    EXPECT_EQ(matched(*c, "brand.terminology", "use term4999 x and term12 x, not term5000 x"),
              (std::vector<std::string>{"term4999 x=term4999 x", "term12 x=term12 x"}));
}

TEST(TokenNormaliser, RewritesOnlyKnownForms) {
    NormalisedToken n;
    ASSERT_TRUE(normalise_token("won't", n));
    EXPECT_EQ(n.count, 2u);
    EXPECT_EQ(n.parts[0], "will");
    EXPECT_EQ(n.parts[1], "not");
    ASSERT_TRUE(normalise_token("colour", n));
    EXPECT_EQ(n.parts[0], "color");
    EXPECT_FALSE(normalise_token("refund", n));
    ASSERT_TRUE(normalise_token("o\xE2\x80\x99neill", n));  // curly apostrophe straightened
    EXPECT_EQ(n.parts[0], "o'neill");
}

}  // namespace
}  // namespace replycheck
