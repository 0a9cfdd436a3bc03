#include "channel/thread_split.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "channel/channels.h"

namespace replycheck {
namespace {

const ChannelSpec& x() { return *default_channel("x"); }

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// The part's text without its mention prefix and " k/n" suffix; checks both are as expected.
std::string body_of(const std::string& part, const std::string& mention, std::size_t k, std::size_t n) {
    const std::string suffix = " " + std::to_string(k) + "/" + std::to_string(n);
    EXPECT_GE(part.size(), suffix.size());
    EXPECT_EQ(part.substr(part.size() - suffix.size()), suffix) << part;
    std::string body = part.substr(0, part.size() - suffix.size());
    if (!mention.empty()) {
        EXPECT_EQ(body.rfind(mention + " ", 0), 0u) << part;
        body = body.substr(mention.size() + 1);
    }
    return body;
}

std::string long_reply() {
    return "Thanks for your patience while we looked into this. Your order 4471 left our warehouse on "
           "Monday and is now with the courier. Tracking can lag by a day, so please don't worry if it "
           "still shows the old status. If nothing changes by Friday, reply here and we will send a "
           "replacement straight away. We're sorry for the wait and appreciate you flagging it. "
           "Have a lovely weekend!";
}

TEST(ThreadSplit, ADraftThatFitsIsReturnedAsIs) {
    const auto parts = split_thread("@acme Thanks, all sorted!", x(), "acme");
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_EQ(parts[0], "@acme Thanks, all sorted!");
    EXPECT_TRUE(split_thread("   ", x(), "acme").empty());
}

TEST(ThreadSplit, PartsFitAreNumberedAndKeepEveryWord) {
    const std::string draft = long_reply();
    ASSERT_FALSE(measure_length(draft, x()).fits);
    const auto parts = split_thread(draft, x(), "@jane_doe");
    ASSERT_GE(parts.size(), 2u);
    std::string rejoined;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        EXPECT_TRUE(measure_length(parts[k], x()).fits) << parts[k];
        rejoined += body_of(parts[k], "@jane_doe", k + 1, parts.size()) + " ";
    }
    EXPECT_EQ(words(rejoined), words(draft));
}

TEST(ThreadSplit, CutsBetweenSentences) {
    const auto parts = split_thread(long_reply(), x(), "jane_doe");
    ASSERT_GE(parts.size(), 2u);
    for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
        const std::string body = body_of(parts[k], "@jane_doe", k + 1, parts.size());
        ASSERT_FALSE(body.empty());
        EXPECT_NE(std::string(".!?").find(body.back()), std::string::npos) << body;
    }
}

TEST(ThreadSplit, AnOverlongSentenceIsCutBetweenWords) {
    std::string draft;
    for (int i = 0; i < 90; ++i) draft += "word" + std::to_string(i) + " ";  // one sentence, ~600 chars
    const auto parts = split_thread(draft, x(), "acme");
    ASSERT_GE(parts.size(), 3u);
    std::string rejoined;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        EXPECT_TRUE(measure_length(parts[k], x()).fits);
        rejoined += body_of(parts[k], "@acme", k + 1, parts.size()) + " ";
    }
    EXPECT_EQ(words(rejoined), words(draft));  // no word was cut in two
}

TEST(ThreadSplit, ExistingLeadingMentionIsNotRepeated) {
    const auto parts = split_thread("@Acme " + long_reply(), x(), "acme");
    ASSERT_GE(parts.size(), 2u);
    EXPECT_EQ(parts[0].find("@Acme"), std::string::npos);
    EXPECT_EQ(parts[0].rfind("@acme Thanks for", 0), 0u);
}

TEST(ThreadSplit, MentionOnlyOnFirstPartWhenTheChannelSaysSo) {
    ChannelSpec spec = x();
    spec.mention_on_every_part = false;
    const auto parts = split_thread(long_reply(), spec, "acme");
    ASSERT_GE(parts.size(), 2u);
    EXPECT_EQ(parts[0].rfind("@acme ", 0), 0u);
    for (std::size_t k = 1; k < parts.size(); ++k) EXPECT_EQ(parts[k].find("@acme"), std::string::npos);
}

TEST(ThreadSplit, TenOrMorePartsStillFit) {
    std::string draft;
    for (int i = 0; i < 25; ++i) draft += long_reply() + " ";
    const auto parts = split_thread(draft, x(), "acme");
    ASSERT_GE(parts.size(), 10u);
    for (std::size_t k = 0; k < parts.size(); ++k) {
        EXPECT_TRUE(measure_length(parts[k], x()).fits) << parts[k];
        body_of(parts[k], "@acme", k + 1, parts.size());
    }
}

TEST(ThreadSplit, UrlsAndCjkAreMeasuredTheXWay) {
    // 150 CJK characters weigh 300: over the limit although only 150 characters long.
    std::string draft;
    for (int i = 0; i < 15; ++i) draft += "您的订单已经发货了请查收。";  // 12 CJK + full stop
    draft += " https://example.com/track/" + std::string(200, 'x');
    const auto parts = split_thread(draft, x(), "acme");
    ASSERT_GE(parts.size(), 2u);
    for (const auto& p : parts) EXPECT_TRUE(measure_length(p, x()).fits) << p;
}

TEST(ThreadSplit, NoPartCutsALinkAtItsQuestionMark) {
    // ICU sees a sentence end at the "?" of a query string; no part may end there.
    const std::string url = "https://support.example.com/s/article/Store-Sales-Tax?language=en_US";
    std::string draft = "Thank you. ";
    while (draft.size() < 220) draft += "The system asks for a payment method when the funds do not cover the taxes. ";
    draft += "Tax info here: " + url + " We recommend adding funds with cards, they work even with taxes on top.";
    const auto parts = split_thread(draft, x(), "acme");
    ASSERT_GE(parts.size(), 2u);
    bool whole = false;
    for (const auto& p : parts) whole |= p.find(url) != std::string::npos;
    EXPECT_TRUE(whole) << "the link is in one part, whole";
}

// Plain ASCII is split by adding sizes (counts_one_per_byte); any other text is measured. "é"
// weighs one on X and is one UTF-16 unit, so swapping every "e" for it must give the same cuts:
// the two paths agree.
std::string accented(std::string text) {
    std::string out;
    for (char c : text) out += c == 'e' ? std::string("\u00e9") : std::string(1, c);
    return out;
}

TEST(ThreadSplit, CountingBySizeCutsWhereMeasuringDoes) {
    std::string long_sentence;  // over one part, so that it is cut between words
    for (int i = 0; i < 40; ++i) long_sentence += "the courier needs one more day ";
    const std::vector<std::string> drafts = {
        long_reply() + " " + long_reply(),
        long_reply() + " " + long_sentence + ". " + long_reply(),
        [] {
            std::string d;
            for (int i = 0; i < 25; ++i) d += long_reply() + " ";
            return d;
        }(),
    };
    for (const char* channel : {"x", "threads"}) {
        for (const std::string& handle : {std::string("brandhq"), std::string()}) {
            for (const std::string& draft : drafts) {
                const auto plain = split_thread(draft, *default_channel(channel), handle);
                const auto measured = split_thread(accented(draft), *default_channel(channel), handle);
                ASSERT_EQ(plain.size(), measured.size()) << channel;
                EXPECT_GE(plain.size(), 2u);
                for (std::size_t k = 0; k < plain.size(); ++k) EXPECT_EQ(accented(plain[k]), measured[k]) << channel;
            }
        }
    }
}


std::string joined(const std::vector<std::string>& texts) {
    std::string out;
    for (const std::string& t : texts) out += (out.empty() ? "" : "\n\n") + t;
    return out;
}

std::vector<std::uint32_t> starts_of(const std::vector<std::string>& texts) {
    std::vector<std::uint32_t> starts;
    std::uint32_t at = 0;
    for (const std::string& t : texts) {
        starts.push_back(at);
        at += static_cast<std::uint32_t>(t.size() + 2);
    }
    return starts;
}

TEST(ThreadSplit, TextsArePostsWithoutMentionAndNumbering) {
    const std::string draft = "@jane_doe " + long_reply() + " " + long_reply();
    const auto posts = split_thread(draft, x(), "jane_doe");
    const auto texts = split_thread_texts(draft, x(), "jane_doe");
    ASSERT_EQ(posts.size(), texts.size());
    ASSERT_GE(texts.size(), 2u);
    for (std::size_t k = 0; k < texts.size(); ++k) {
        EXPECT_EQ(thread_post(texts[k], k + 1, texts.size(), x(), "jane_doe"), posts[k]);
        EXPECT_EQ(texts[k].find("@jane_doe"), std::string::npos) << texts[k];
    }
    // A draft that fits is its own single text.
    EXPECT_EQ(split_thread_texts("Short and sweet.", x(), "jane_doe"), (std::vector<std::string>{"Short and sweet."}));
}

TEST(ThreadSplit, SplittingAThreadAgainChangesNothing) {
    std::string sentences;
    for (int i = 0; i < 12; ++i) sentences += "Sentence number " + std::to_string(i) + " says a little more about the delay. ";
    std::string one_long_sentence;
    for (int i = 0; i < 60; ++i) one_long_sentence += "and then ";
    for (const std::string& draft : {long_reply() + " " + long_reply(), sentences, one_long_sentence + "done."}) {
        for (const char* channel : {"x", "threads"}) {
            const ChannelSpec& spec = *default_channel(channel);
            const auto texts = split_thread_texts(draft, spec, "@maria_k");
            ASSERT_GE(texts.size(), 2u) << channel;
            EXPECT_EQ(split_thread_texts(joined(texts), spec, "@maria_k"), texts) << channel;
            // The numbered posts of the re-split carry the mention once, as the first split did.
            const auto again = split_thread(joined(texts), spec, "@maria_k");
            EXPECT_EQ(again, split_thread(draft, spec, "@maria_k")) << channel;
        }
    }
}

TEST(ThreadSplit, MeasuringAThreadMeasuresEachPostAsPosted) {
    const auto texts = split_thread_texts(long_reply() + " " + long_reply(), x(), "maria_k");
    const std::string draft = joined(texts);
    const ThreadLength fits = measure_thread(draft, starts_of(texts), x(), "maria_k");
    ASSERT_EQ(fits.posts.size(), texts.size());
    for (std::size_t k = 0; k < texts.size(); ++k) {
        EXPECT_EQ(fits.posts[k].count, measure_length(thread_post(texts[k], k + 1, texts.size(), x(), "maria_k"), x()).count);
        EXPECT_TRUE(fits.posts[k].fits);
        EXPECT_LE(fits.posts[k].count, fits.worst.count);
    }
    EXPECT_TRUE(fits.worst.fits);
    EXPECT_EQ(fits.worst.overflow_utf8, draft.size());

    // The second post made too long: the thread does not fit, and it stops fitting inside that post.
    std::vector<std::string> longer = texts;
    longer[1] += " " + std::string(300, 'a');
    const std::string longer_draft = joined(longer);
    const ThreadLength over = measure_thread(longer_draft, starts_of(longer), x(), "maria_k");
    EXPECT_TRUE(over.posts[0].fits);
    EXPECT_FALSE(over.posts[1].fits);
    EXPECT_FALSE(over.worst.fits);
    EXPECT_EQ(over.worst.count, over.posts[1].count);
    const std::uint32_t second = starts_of(longer)[1];
    EXPECT_GT(over.worst.overflow_utf8, second);
    EXPECT_LT(over.worst.overflow_utf8, second + longer[1].size());
    EXPECT_EQ(over.worst.overflow_utf16, over.worst.overflow_utf8);  // ASCII
}

}  // namespace
}  // namespace replycheck
