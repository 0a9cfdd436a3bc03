// The ASCII segmentation fast path against ICU itself: word segments (ends and rule statuses),
// sentence boundaries and the resulting AnalysedText must be identical on the shipped packs' text,
// the shared customer-service sample, hand-picked edge cases and generated strings.
#include "text/ascii_segments.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/analysed_text.h"
#include "text/breaks.h"
#include "text/utf8.h"

namespace replycheck {
namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void collect_strings(const nlohmann::json& j, std::vector<std::string>& out) {
    if (j.is_string()) out.push_back(j.get<std::string>());
    else if (j.is_structured())
        for (const auto& child : j) collect_strings(child, out);
}

// Every string in the shipped packs and every line (and whole file) of the shared samples.
std::vector<std::string> corpus() {
    std::vector<std::string> texts;
    const std::filesystem::path root(REPLYCHECK_SOURCE_DIR);
    for (const auto& entry : std::filesystem::directory_iterator(root / "templates")) {
        if (entry.path().extension() != ".json") continue;
        collect_strings(nlohmann::json::parse(read_file(entry.path())), texts);
    }
    const std::filesystem::path shared = root / ".." / "shared" / "data";
    if (std::filesystem::exists(shared)) {
        for (const auto& entry : std::filesystem::directory_iterator(shared)) {
            if (entry.path().extension() != ".csv") continue;
            const std::string all = read_file(entry.path());
            texts.push_back(all);
            std::istringstream lines(all);
            for (std::string line; std::getline(lines, line);) texts.push_back(line);
        }
    }
    return texts;
}

// The same text with every non-ASCII sequence replaced by one ASCII character, so that the real
// posts (which have curly quotes and emoji) also exercise the fast path.
std::string asciified(std::string_view text) {
    static constexpr char kStandIns[] = "'\"-. a!?";
    std::string out;
    std::size_t k = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) out += static_cast<char>(c);
        else if ((c & 0xC0) != 0x80) out += kStandIns[k++ % (sizeof kStandIns - 1)];
    }
    return out;
}

const std::vector<std::string>& edge_cases() {
    static const std::vector<std::string> cases = {
        "", " ", "a", "_", "__", "_a", "a_", "a_1", "a1_", "1_", "1__", "_1", "a1", "1a", "a1.2", "1.2.3",
        "1,000.50", "1,,2", "1..2", "1.a", "a.1", "a.b.", "a..b", "it's", "'s", "s'", "rock'n'roll", "1'000",
        "6:40pm", "a:b", "1:2", "a;b", "1;2", "x@y.com", "@sam_k", "@@", "a@1", "#tag", "#1", "$5.99",
        "50%", "e.g. this", "U.S.A. is", "Mr. Smith", "etc. and so", "No. 5", "3.14", "v2.0.1",
        "http://a.b/c?d=e&f=g#h", "https://bit.ly/x", "www.example.com/path_to/x", "foo@bar.co.uk,",
        "Hi!!! Why??", "What?! Really...", "Wait... what", "Wait... What", "\"Done.\" He said", "(Yes.) no",
        "end.)  \"Next\"", "ok.\nNew", "ok.\r\nNew", "a\rb", "a\r\n\r\nb", "\n\n", "\r", "x\vy\fz",
        "tab\there", "  spaced  out  ", "a - b", "a-b", "a--b", "...", ". . .", "!?", "?", "A. B. C.",
        "1. item\n2. item", "ver 1.2. Then", "5 p.m. tomorrow", "j.d. salinger", "J.D. Salinger",
        "\"Quote.\" 'Single.' (Paren.) [Bracket.] {Brace.}", "It costs $1,000.00; ok.", "a.  b", "a.  B",
        "ok. 123", "ok.123", "ok.  ,x", "ok. -x", "ok. :x", "Hi.\tThere", "A.b", "a.B", "1.B", "Z.Z",
        std::string("nul\0byte", 8), "\x01\x02\x7f", "^JD", "~/path", "a|b\\c", "<b>x</b>", "`code`",
    };
    return cases;
}

// Random texts from pieces that meet the rules' corners, and from raw ASCII bytes. The generator
// is seeded and drawn without std distributions so that native and wasm see the same strings.
std::vector<std::string> generated(std::size_t count) {
    static const char* const kPieces[] = {
        "a", "Z", "sam", "We're", "don't", "1", "42", "1,000.50", "6:40pm", "_", "@", "@sam_k", "#tag",
        "x@y.com", "https://a.b/c?d=e", ".", "..", "...", ",", ";", ":", "'", "\"", "!", "?", "-", "(", ")",
        "[", "]", "{", "}", " ", "  ", "\t", "\n", "\r\n", "\r", "\v", "\f", "^JD", "$", "%", "&", "/", "*",
        "e.g.", "U.S.", "Mr.", "etc.", "No.", "i", "A", "b", "9",
    };
    std::mt19937 rng(20240601);
    std::vector<std::string> out;
    for (std::size_t n = 0; n < count; ++n) {
        std::string text;
        const std::size_t length = rng() % 24;
        for (std::size_t k = 0; k < length; ++k) {
            if (n % 4 == 3) text += static_cast<char>(rng() % 128);
            else text += kPieces[rng() % (sizeof kPieces / sizeof kPieces[0])];
        }
        out.push_back(std::move(text));
    }
    return out;
}

std::string describe(std::string_view text, const std::vector<breaks::WordSegment>& segments) {
    std::string out;
    std::uint32_t start = 0;
    for (const auto& s : segments) {
        out += "[" + std::string(text.substr(start, s.end - start)) + "]" + std::to_string(s.rule_status) + " ";
        start = s.end;
    }
    return out;
}

void expect_same_as_icu(const std::string& text, const char* locale = "en") {
    ASSERT_TRUE(is_ascii(text));
    const auto icu_words = breaks::icu_word_segments(text, locale);
    const auto fast_words = ascii_segments::word_segments(text);
    EXPECT_EQ(fast_words, icu_words) << "text: \"" << text << "\"\n  fast: " << describe(text, fast_words)
                                     << "\n  icu:  " << describe(text, icu_words);
    std::vector<std::uint32_t> fast_sentences;
    ascii_segments::sentence_boundaries(text, fast_sentences);
    EXPECT_EQ(fast_sentences, breaks::icu_boundaries(UBRK_SENTENCE, text, locale)) << "text: \"" << text << "\"";
    // breaks::boundaries takes the fast path for the same text.
    EXPECT_EQ(breaks::boundaries(UBRK_SENTENCE, text, locale), fast_sentences);
    EXPECT_EQ(breaks::boundaries(UBRK_WORD, text, locale), breaks::icu_boundaries(UBRK_WORD, text, locale));
}

void expect_same_analysis(const std::string& text, const char* locale) {
    const AnalysedText fast(text, locale);
    const AnalysedText icu(text, locale, Segmenter::icu_only);
    ASSERT_EQ(fast.tokens().size(), icu.tokens().size()) << "text: \"" << text << "\"";
    for (std::size_t i = 0; i < fast.tokens().size(); ++i) {
        const Token& a = fast.tokens()[i];
        const Token& b = icu.tokens()[i];
        EXPECT_TRUE(a.start == b.start && a.end == b.end && a.kind == b.kind && a.folded == b.folded)
            << "text: \"" << text << "\" token " << i << ": \"" << fast.slice(a) << "\" vs \"" << icu.slice(b) << "\"";
    }
    ASSERT_EQ(fast.sentences().size(), icu.sentences().size()) << "text: \"" << text << "\"";
    for (std::size_t i = 0; i < fast.sentences().size(); ++i) {
        EXPECT_EQ(fast.sentences()[i].start, icu.sentences()[i].start) << "text: \"" << text << "\"";
        EXPECT_EQ(fast.sentences()[i].end, icu.sentences()[i].end) << "text: \"" << text << "\"";
    }
}

TEST(AsciiSegments, TheDefaultLocaleUsesTheMirroredRules) {
    EXPECT_TRUE(ascii_segments::mirrors_icu_rules_for("en"));
    EXPECT_TRUE(ascii_segments::mirrors_icu_rules_for(""));
}

TEST(AsciiSegments, KnowsWhatIsAscii) {
    EXPECT_TRUE(is_ascii(""));
    EXPECT_TRUE(is_ascii("plain text that is longer than eight bytes\x7f"));
    EXPECT_FALSE(is_ascii("caf\xC3\xA9"));
    EXPECT_FALSE(is_ascii("long enough prefix then \xE2\x80\x99"));
}

TEST(AsciiSegments, EdgeCasesMatchIcu) {
    for (const std::string& text : edge_cases()) expect_same_as_icu(text);
}

TEST(AsciiSegments, PackTextAndSharedSamplesMatchIcu) {
    std::size_t ascii = 0;
    for (const std::string& text : corpus()) {
        if (is_ascii(text)) {
            ++ascii;
            expect_same_as_icu(text);
        }
        expect_same_as_icu(asciified(text));
    }
    EXPECT_GT(ascii, 100u);
}

TEST(AsciiSegments, GeneratedTextMatchesIcu) {
    for (const std::string& text : generated(6000)) expect_same_as_icu(text);
}

TEST(AsciiSegments, AnalysedTextIsTheSameEitherWay) {
    std::vector<std::string> texts = corpus();
    for (const std::string& text : edge_cases()) texts.push_back(text);
    for (std::string& text : generated(1500)) texts.push_back(std::move(text));
    for (const std::string& text : texts) expect_same_analysis(text, "en");
}

TEST(AsciiSegments, TailoredLocalesGiveTheSameAnalysisEitherWay) {
    // Whether these take the fast path depends on the ICU data a build carries (the browser build
    // ships only root and en break data); either way the analysis must not change.
    for (const char* locale : {"sv", "fi", "el", "en-US-POSIX", "en@ss=standard", "de", "ja", "en-GB"})
        for (const std::string& text : edge_cases()) expect_same_analysis(text, locale);
}

}  // namespace
}  // namespace replycheck
