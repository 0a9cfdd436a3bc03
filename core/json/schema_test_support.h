#pragma once
// What the schema agreement tests (pack/pack_schema_test, training/scenario_schema_test) share:
// reading a shipped file, printing issues, and checking that a shipped schema is the embedded one
// and uses only keywords our validator supports.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "json/document_issue.h"
#include "json/json_tree.h"
#include "json/schema_validator.h"

namespace replycheck::testing {

inline std::filesystem::path templates_dir() { return std::filesystem::path(REPLYCHECK_SOURCE_DIR) / "templates"; }

inline std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string joined(const std::vector<DocumentIssue>& issues) {
    std::string s;
    for (const DocumentIssue& i : issues) s += i.to_string() + "\n";
    return s;
}

// A shipped schema (templates/<file>), parsed once, and what it says of documents.
class ShippedSchema {
public:
    explicit ShippedSchema(const std::string& file) : text_(read_text(templates_dir() / file)) {
        parsed_ = json::parse(text_);
        if (parsed_.value) validator_.emplace(*parsed_.value);
    }

    // Parses and uses only keywords our validator supports.
    void expect_usable() const {
        ASSERT_TRUE(parsed_.value) << parsed_.error.message;
        EXPECT_TRUE(validator_->schema_problems().empty()) << validator_->schema_problems().front();
    }

    const json::Value& root() const { return *parsed_.value; }

    // The schema's violations in `document`, located; empty for a document that does not parse.
    std::vector<DocumentIssue> issues(std::string_view document) const {
        std::vector<DocumentIssue> out;
        const json::ParseResult doc = json::parse(document);
        if (!doc.value || !validator_) return out;
        const json::LineMap lines(document);
        for (const SchemaViolation& v : validator_->validate(*doc.value)) {
            const json::Location at = lines.locate(v.offset);
            out.push_back({false, at.line, at.column, v.path, v.message});
        }
        return out;
    }

private:
    std::string text_;
    json::ParseResult parsed_;
    std::optional<SchemaValidator> validator_;
};

}  // namespace replycheck::testing
