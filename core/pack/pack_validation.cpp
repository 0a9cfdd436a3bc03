#include "pack/pack_validation.h"

#include <algorithm>
#include <optional>

#include "pack/json_tree.h"
#include "pack/schema_validator.h"

extern "C" {
extern const unsigned char replycheck_pack_schema[];
extern const unsigned long replycheck_pack_schema_size;
}

namespace replycheck {

std::string_view builtin_pack_schema() {
    return {reinterpret_cast<const char*>(replycheck_pack_schema), static_cast<std::size_t>(replycheck_pack_schema_size)};
}

struct DocumentSchema::Parsed {
    json::ParseResult schema;
    std::optional<SchemaValidator> validator;
};

DocumentSchema::DocumentSchema(std::string_view schema_json) {
    auto parsed = std::make_shared<Parsed>();
    parsed->schema = json::parse(schema_json);
    if (parsed->schema.value) parsed->validator.emplace(*parsed->schema.value);
    parsed_ = std::move(parsed);
}

std::vector<PackIssue> DocumentSchema::issues(std::string_view text, std::size_t max_bytes) const {
    std::vector<PackIssue> issues;
    if (text.size() > max_bytes) return issues;
    if (!parsed_->validator) {
        issues.push_back({false, 0, 0, "$", "built-in schema is not valid JSON: " + parsed_->schema.error.message});
        return issues;
    }
    for (const std::string& problem : parsed_->validator->schema_problems())
        issues.push_back({false, 0, 0, "$", "built-in schema: " + problem});
    const json::ParseResult doc = json::parse(text);
    if (!doc.value) return issues;
    const json::LineMap lines(text);
    for (const SchemaViolation& v : parsed_->validator->validate(*doc.value)) {
        const json::Location at = lines.locate(v.offset);
        issues.push_back({false, at.line, at.column, v.path, v.message});
    }
    return issues;
}

std::vector<PackIssue> combine_issues(std::vector<PackIssue> schema, const std::vector<PackIssue>& loader) {
    std::vector<PackIssue> out;
    for (PackIssue& issue : schema) {
        const bool repeated = std::any_of(loader.begin(), loader.end(), [&](const PackIssue& l) {
            return l.line == issue.line && l.column == issue.column;
        });
        if (!repeated) out.push_back(std::move(issue));
    }
    out.insert(out.end(), loader.begin(), loader.end());
    return out;
}

bool has_error(const std::vector<PackIssue>& issues) {
    return std::any_of(issues.begin(), issues.end(), [](const PackIssue& i) { return !i.warning; });
}

bool PackValidation::ok() const { return !has_error(issues); }

std::vector<PackIssue> schema_issues(std::string_view text) {
    static const DocumentSchema schema(builtin_pack_schema());
    return schema.issues(text, PackLimits::max_document_bytes);
}

PackValidation validate_pack_document(std::string_view text, const PackRegistry& registry) {
    PackValidation out;
    const PackLoadResult loaded = load_pack(text, [&](std::string_view id) -> const Pack* {
        const auto pack = registry.find(id);
        return pack ? &pack->pack() : nullptr;
    });
    out.issues = combine_issues(schema_issues(text), loaded.issues);
    return out;
}

}  // namespace replycheck
