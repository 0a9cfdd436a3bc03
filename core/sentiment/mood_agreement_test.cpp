// How often mood_of() agrees with a person reading the post. Source of the posts: Kaggle
// "Customer Support on Twitter" (Thought Vector, CC BY-NC-SA 4.0), the sample of customer->brand
// pairs kept outside the repo at ../shared/data/twcs-kaggle-sample-pairs.csv. The labels are one
// engineer's reading of each post: upset when it complains or pleads, happy when it thanks or
// praises with no complaint, neutral for questions and facts. Sarcasm ("Love the new update!!!!"
// after a complaint) and terse problem reports are where the lexicon and the reader part ways.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include "sentiment/sentiment.h"

namespace replycheck {
namespace {

Mood mood(const std::string& post) { return mood_of(score_sentiment(AnalysedText(post, "en")).compound); }

struct LabelledPost {
    const char* text;
    Mood reader;
};

// A handful quoted from the sample, chosen to include both kinds of miss.
const LabelledPost kQuoted[] = {
    {"@SpotifyCares Brilliant thanks 😊", Mood::happy},
    {"@SpotifyCares seems to be working at this stage. Will let you know if it happens again. Cheers", Mood::happy},
    {"@76099 @AppleSupport fix this update. It’s horrible", Mood::upset},
    {"You’ve paralysed my phone with your update @76099 grrrrrrrrrr", Mood::upset},
    {"@76495 @91226 Please help! Spotify Premium skipping through songs constantly on android tablet & "
     "bluetooth speaker. Tried everything!",
     Mood::upset},
    {"So the new @76099 update does not let me listen to music and go on whatsapp at the same time?!?", Mood::upset},
    {"@Tesco Done all that. Still telling me there are no delivery slots whatsoever.", Mood::upset},
    {"@southwestair Just curious....will I get the companion pass the exact moment I get enough points? It will "
     "I have to wait? Thanks!",
     Mood::neutral},
    {"@Tesco Will I lose all the shopping I've done if I delete the cache/cookies (not using app)?", Mood::neutral},
    {"@Tesco Uk offlicense law is 18. Not 25", Mood::neutral},
    // Misses: sarcasm reads as neutral, a bare problem report as upset.
    {"Got id's @Tesco for buying one Adnams Broadside. Is being blind part of the job-spec? I am 35 and 99 kilos.",
     Mood::upset},
    {"@HPSupport Problem with printhead  Serial# TH536D1HN #hpcswus #hpprnt", Mood::neutral},
};

TEST(MoodAgreement, QuotedPostsMostlyAgreeWithAReader) {
    std::size_t agree = 0;
    for (const LabelledPost& p : kQuoted) {
        const bool same = mood(p.text) == p.reader;
        agree += same;
        if (!same) std::cout << "  mood differs from the reader's: " << p.text << "\n";
    }
    EXPECT_GE(agree, 10u) << agree << "/" << std::size(kQuoted);
    // The thresholds that the agreement rests on.
    EXPECT_EQ(mood("@SpotifyCares Thanks! Does distance from speaker matter?"), Mood::neutral);
    EXPECT_EQ(mood("@SpotifyCares Thanks so much, brilliant!"), Mood::happy);
}

// The reader's label for every customer post in the sample, by tweet id.
const std::map<std::string, Mood> kSampleLabels = {
    {"119239", Mood::upset},   {"119242", Mood::upset},   {"119241", Mood::upset},   {"119244", Mood::neutral},
    {"119249", Mood::upset},   {"119253", Mood::upset},   {"119256", Mood::upset},   {"119255", Mood::neutral},
    {"119258", Mood::neutral}, {"119260", Mood::happy},   {"119263", Mood::upset},   {"119265", Mood::upset},
    {"119268", Mood::upset},   {"119270", Mood::upset},   {"119272", Mood::upset},   {"119274", Mood::neutral},
    {"119276", Mood::upset},   {"119278", Mood::upset},   {"119280", Mood::upset},   {"119283", Mood::upset},
    {"119282", Mood::happy},   {"119285", Mood::upset},   {"119287", Mood::neutral}, {"119292", Mood::upset},
    {"119294", Mood::upset},   {"119297", Mood::neutral}, {"119299", Mood::upset},   {"119301", Mood::upset},
    {"119302", Mood::upset},   {"119306", Mood::neutral}, {"119310", Mood::upset},   {"119313", Mood::neutral},
    {"119315", Mood::upset},   {"119319", Mood::upset},   {"119318", Mood::neutral}, {"119321", Mood::upset},
    {"119324", Mood::neutral}, {"119326", Mood::upset},   {"119328", Mood::neutral}, {"119330", Mood::upset},
    {"119333", Mood::upset},
};

// The first two fields of each CSV record (id, text); quoted fields may hold commas and newlines.
std::vector<std::pair<std::string, std::string>> first_two_fields(const std::string& csv) {
    std::vector<std::pair<std::string, std::string>> records;
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') fields.back() += csv[++i];
            else if (c == '"') quoted = false;
            else fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c == '\n') {
            if (fields.size() >= 2) records.emplace_back(fields[0], fields[1]);
            fields.assign(1, "");
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    if (fields.size() >= 2) records.emplace_back(fields[0], fields[1]);
    return records;
}

std::string without_html_entities(std::string s) {
    const std::pair<std::string_view, std::string_view> entities[] = {
        {"&amp;", "&"}, {"&gt;", ">"}, {"&lt;", "<"}, {"&quot;", "\""}, {"&#39;", "'"}};
    for (const auto& entity : entities)
        for (std::size_t at = s.find(entity.first); at != std::string::npos;
             at = s.find(entity.first, at + entity.second.size()))
            s.replace(at, entity.first.size(), entity.second);
    return s;
}

TEST(MoodAgreement, WholeSampleAgreesWithTheReaderOnMostPosts) {
    const std::string path = std::string(REPLYCHECK_SOURCE_DIR) + "/../shared/data/twcs-kaggle-sample-pairs.csv";
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    if (text.str().empty()) GTEST_SKIP() << "shared data not found at " << path;
    std::size_t total = 0, agree = 0;
    std::map<std::string, bool> counted;
    for (const auto& record : first_two_fields(text.str())) {
        const auto label = kSampleLabels.find(record.first);
        if (label == kSampleLabels.end() || counted[record.first]) continue;
        counted[record.first] = true;
        ++total;
        agree += mood(without_html_entities(record.second)) == label->second;
    }
    ASSERT_EQ(total, kSampleLabels.size());
    std::cout << "mood agrees with the reader on " << agree << "/" << total << " posts\n";
    // 36 of 41 when tuned; the five left are sarcasm, a thanked-for bad outcome and a bare
    // problem report.
    EXPECT_GE(static_cast<double>(agree) / static_cast<double>(total), 0.85);
}

}  // namespace
}  // namespace replycheck
