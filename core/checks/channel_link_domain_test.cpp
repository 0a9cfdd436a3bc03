#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, std::vector<std::string> domains = {"skyway.com", "skywaystatus.co.uk"}) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.pack.link_domains = std::move(domains);
    return fx.run(checks::channel_link_domain);
}

using testing::span;

TEST(ChannelLinkDomain, OwnDomainsAndTheirSubdomainsPass) {
    EXPECT_TRUE(run("Rebook at https://skyway.com/rebook, Zoé.").empty());
    EXPECT_TRUE(run("Status: https://m.skywaystatus.co.uk/SK204 or www.skyway.com.").empty());
    EXPECT_TRUE(run("See HTTPS://Help.SkyWay.com/Bags (bag rules).").empty());
    EXPECT_TRUE(run("Bare: help.skyway.com/bags and skyway.com!").empty());
}

TEST(ChannelLinkDomain, OtherDomainsAreFlaggedWithTheWholeLink) {
    const std::string draft = "Zoé 🙂 try https://cheap-flights.com/deals?x=1. Thanks!";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(draft, f[0]), "https://cheap-flights.com/deals?x=1");
    EXPECT_EQ(f[0].start, 14u);
    EXPECT_EQ(f[0].end, 49u);
    EXPECT_NE(f[0].message.find("cheap-flights.com"), std::string::npos);
    EXPECT_EQ(f[0].severity, Severity::warning);
}

TEST(ChannelLinkDomain, LookalikesOfAnAllowedDomainAreNotIt) {
    const std::string draft = "Try evilskyway.com, skyway.com.evil.io or (skyway.co).";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(span(draft, f[0]), "evilskyway.com");
    EXPECT_EQ(span(draft, f[1]), "skyway.com.evil.io");
    EXPECT_EQ(span(draft, f[2]), "skyway.co");
    EXPECT_EQ(f[2].start, 43u);
}

TEST(ChannelLinkDomain, WordsNumbersAndEmailsAreNotLinks) {
    EXPECT_TRUE(run("e.g. version 3.5, flight SK204, ticket no. 12.").empty());
    EXPECT_TRUE(run("Email help@othermail.com or DM us.").empty());
    EXPECT_TRUE(run("It works now.Thanks for waiting! 東京.航班 שלום.com").empty());
    // No allow-list: every link is fine.
    EXPECT_TRUE(run("https://anything.example", {}).empty());
}

}  // namespace
}  // namespace replycheck
