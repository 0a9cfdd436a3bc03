// Replays inputs that once crashed or hung a fuzz target (tests/data/fuzz-regressions/), through
// the very same harness functions, so a fixed bug stays fixed in every build, wasm included.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define LLVMFuzzerTestOneInput checker_fuzz_one_input
#include "../../tests/fuzz/checker_fuzz.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput pack_loader_fuzz_one_input
#include "../../tests/fuzz/pack_loader_fuzz.cpp"
#undef LLVMFuzzerTestOneInput

namespace {

std::vector<std::filesystem::path> regressions(const std::string& prefix) {
    std::vector<std::filesystem::path> out;
    const std::filesystem::path dir = std::filesystem::path(REPLYCHECK_SOURCE_DIR) / "tests/data/fuzz-regressions";
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().filename().string().rfind(prefix, 0) == 0) out.push_back(entry.path());
    return out;
}

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(FuzzRegressions, CheckerInputsFinish) {
    const auto inputs = regressions("checker-");
    ASSERT_FALSE(inputs.empty());
    for (const auto& path : inputs) {
        const std::string data = bytes_of(path);
        SCOPED_TRACE(path.filename().string());
        EXPECT_EQ(checker_fuzz_one_input(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()), 0);
    }
}

TEST(FuzzRegressions, PackLoaderInputsFinish) {
    for (const auto& path : regressions("pack_loader-")) {
        const std::string data = bytes_of(path);
        SCOPED_TRACE(path.filename().string());
        EXPECT_EQ(pack_loader_fuzz_one_input(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()), 0);
    }
}

// The hostile seeds of scripts/fuzz.sh (tests/fuzz/corpus/, issue #12) through the same harnesses:
// out-of-range params, huge numbers, deep nesting, zero-width characters, lone surrogates, NULs.
std::vector<std::filesystem::path> seeds(const std::string& corpus) {
    std::vector<std::filesystem::path> out;
    const auto dir = std::filesystem::path(REPLYCHECK_SOURCE_DIR) / "tests/fuzz/corpus" / corpus;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) out.push_back(entry.path());
    return out;
}

TEST(FuzzRegressions, HostileSeedsFinish) {
    const auto checks = seeds("check"), packs = seeds("pack");
    ASSERT_FALSE(checks.empty());
    ASSERT_FALSE(packs.empty());
    for (const auto& path : checks) {
        const std::string data = bytes_of(path);
        SCOPED_TRACE(path.filename().string());
        EXPECT_EQ(checker_fuzz_one_input(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()), 0);
    }
    for (const auto& path : packs) {
        const std::string data = bytes_of(path);
        SCOPED_TRACE(path.filename().string());
        EXPECT_EQ(pack_loader_fuzz_one_input(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()), 0);
    }
}

}  // namespace
