#pragma once
// What the schema agreement tests (pack/pack_schema_test, training/scenario_schema_test) share:
// reading a shipped file, printing issues, and checking that a shipped schema is the embedded one
// and uses only keywords our validator supports.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "pack/json_tree.h"
#include "pack/pack_validation.h"
#include "pack/schema_validator.h"

namespace replycheck::testing {

inline std::filesystem::path templates_dir() { return std::filesystem::path(REPLYCHECK_SOURCE_DIR) / "templates"; }

inline std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string joined(const std::vector<PackIssue>& issues) {
    std::string s;
    for (const PackIssue& i : issues) s += i.to_string() + "\n";
    return s;
}

inline void expect_shipped_schema(const std::string& file, std::string_view embedded) {
    const std::string shipped = read_text(templates_dir() / file);
    EXPECT_EQ(shipped, std::string(embedded)) << "rebuild: the embedded " << file << " is stale";
    const auto schema = json::parse(shipped);
    ASSERT_TRUE(schema.value) << schema.error.message;
    const SchemaValidator validator(*schema.value);
    EXPECT_TRUE(validator.schema_problems().empty()) << validator.schema_problems().front();
}

}  // namespace replycheck::testing
