#pragma once
// A small JSON Schema (draft 2020-12) validator for the keywords templates/pack.schema.json
// uses: type, enum, const, properties, required, additionalProperties, items, minItems,
// maxItems, minimum, maximum, minLength, maxLength (in code points), anyOf, $ref to "#/$defs/..".
// Any other keyword in a schema is reported as unsupported rather than silently ignored, so the
// schema cannot drift beyond what is enforced. No regular expressions: `pattern` is unsupported.
#include <string>
#include <vector>

#include "json/json_tree.h"

namespace replycheck {

struct SchemaViolation {
    std::size_t offset = 0;  // where in the instance document
    std::string path;        // JSON path in the instance
    std::string message;
};

class SchemaValidator {
public:
    // `schema` must outlive the validator. Problems with the schema itself (unsupported keyword,
    // dangling $ref) are listed by schema_problems().
    explicit SchemaValidator(const json::Value& schema);

    const std::vector<std::string>& schema_problems() const { return schema_problems_; }
    std::vector<SchemaViolation> validate(const json::Value& instance) const;

private:
    void check_schema(const json::Value& schema, const std::string& where);
    void validate(const json::Value& schema, const json::Value& v, const std::string& path,
                  std::vector<SchemaViolation>& out, std::size_t depth) const;
    const json::Value* resolve(const std::string& ref) const;

    const json::Value& root_;
    std::vector<std::string> schema_problems_;
};

}  // namespace replycheck
