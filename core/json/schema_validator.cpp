#include "json/schema_validator.h"

#include <algorithm>
#include <cmath>

namespace replycheck {
namespace {

using json::Kind;
using json::Value;

constexpr std::string_view kSupported[] = {
    "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "default", "examples",
    "type", "enum", "const", "properties", "required", "additionalProperties", "items", "minItems",
    "maxItems", "minimum", "maximum", "minLength", "maxLength", "anyOf",
};

bool has_type(const Value& v, std::string_view type) {
    if (type == "null") return v.is(Kind::null);
    if (type == "boolean") return v.is(Kind::boolean);
    if (type == "number") return v.is(Kind::number);
    if (type == "integer") return v.is(Kind::number) && std::floor(v.number) == v.number;
    if (type == "string") return v.is(Kind::string);
    if (type == "array") return v.is(Kind::array);
    if (type == "object") return v.is(Kind::object);
    return false;
}

bool equal(const Value& a, const Value& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Kind::null: return true;
        case Kind::boolean: return a.boolean == b.boolean;
        case Kind::number: return a.number == b.number;
        case Kind::string: return a.string == b.string;
        case Kind::array:
            return a.items.size() == b.items.size() &&
                   std::equal(a.items.begin(), a.items.end(), b.items.begin(), equal);
        case Kind::object:
            if (a.members.size() != b.members.size()) return false;
            for (const json::Member& m : a.members) {
                const Value* other = b.find(m.key);
                if (other == nullptr || !equal(m.value, *other)) return false;
            }
            return true;
    }
    return false;
}

std::size_t code_points(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string describe(const Value& v) {
    switch (v.kind) {
        case Kind::string: return "\"" + v.string + "\"";
        case Kind::number: {
            std::string s = std::to_string(v.number);
            if (v.integral) s = std::to_string(static_cast<long long>(v.number));
            return s;
        }
        case Kind::boolean: return v.boolean ? "true" : "false";
        case Kind::null: return "null";
        default: return std::string(json::kind_name(v.kind));
    }
}

}  // namespace

SchemaValidator::SchemaValidator(const Value& schema) : root_(schema) { check_schema(schema, "#"); }

void SchemaValidator::check_schema(const Value& schema, const std::string& where) {
    if (schema.is(Kind::boolean)) return;
    if (!schema.is(Kind::object)) {
        schema_problems_.push_back(where + ": a schema must be an object or a boolean");
        return;
    }
    for (const json::Member& m : schema.members) {
        const std::string at = where + "/" + m.key;
        if (std::find(std::begin(kSupported), std::end(kSupported), m.key) == std::end(kSupported)) {
            schema_problems_.push_back(at + ": unsupported keyword");
            continue;
        }
        if (m.key == "$defs" || m.key == "properties") {
            for (const json::Member& sub : m.value.members) check_schema(sub.value, at + "/" + sub.key);
        } else if (m.key == "items" || m.key == "additionalProperties") {
            check_schema(m.value, at);
        } else if (m.key == "anyOf") {
            for (std::size_t i = 0; i < m.value.items.size(); ++i)
                check_schema(m.value.items[i], at + "/" + std::to_string(i));
        } else if (m.key == "$ref" && (!m.value.is(Kind::string) || resolve(m.value.string) == nullptr)) {
            schema_problems_.push_back(at + ": $ref must be \"#/$defs/<name>\" naming an existing definition");
        }
    }
}

const Value* SchemaValidator::resolve(const std::string& ref) const {
    constexpr std::string_view prefix = "#/$defs/";
    if (ref.compare(0, prefix.size(), prefix) != 0) return nullptr;
    const Value* defs = root_.find("$defs");
    return defs == nullptr ? nullptr : defs->find(std::string_view(ref).substr(prefix.size()));
}

std::vector<SchemaViolation> SchemaValidator::validate(const Value& instance) const {
    std::vector<SchemaViolation> out;
    validate(root_, instance, "$", out, 0);
    return out;
}

void SchemaValidator::validate(const Value& schema, const Value& v, const std::string& path,
                               std::vector<SchemaViolation>& out, std::size_t depth) const {
    // $ref chains in a hostile schema could recurse forever; the instance depth is bounded by
    // the parser, so a bound on ref hops per level is enough.
    if (depth > 4 * json::kMaxDepth) {
        out.push_back({v.offset, path, "schema recursion too deep"});
        return;
    }
    if (schema.is(Kind::boolean)) {
        if (!schema.boolean) out.push_back({v.offset, path, "not allowed here"});
        return;
    }
    if (!schema.is(Kind::object)) return;
    if (const Value* ref = schema.find("$ref"); ref && ref->is(Kind::string)) {
        if (const Value* target = resolve(ref->string)) validate(*target, v, path, out, depth + 1);
    }
    if (const Value* type = schema.find("type")) {
        bool ok = false;
        std::string expected;
        if (type->is(Kind::string)) {
            ok = has_type(v, type->string);
            expected = type->string;
        } else {
            for (const Value& t : type->items) {
                ok |= t.is(Kind::string) && has_type(v, t.string);
                expected += (expected.empty() ? "" : " or ") + t.string;
            }
        }
        if (!ok) {
            out.push_back({v.offset, path, "expected type " + expected + ", got " + std::string(json::kind_name(v.kind))});
            return;  // the remaining keywords would only repeat the same mistake
        }
    }
    if (const Value* options = schema.find("enum")) {
        const bool ok = std::any_of(options->items.begin(), options->items.end(), [&](const Value& o) { return equal(o, v); });
        if (!ok) {
            std::string list;
            for (const Value& o : options->items) list += (list.empty() ? "" : ", ") + describe(o);
            out.push_back({v.offset, path, "expected one of " + list});
        }
    }
    if (const Value* c = schema.find("const"); c && !equal(*c, v))
        out.push_back({v.offset, path, "expected " + describe(*c)});
    if (const Value* any = schema.find("anyOf")) {
        bool matched = false;
        for (const Value& option : any->items) {
            std::vector<SchemaViolation> trial;
            validate(option, v, path, trial, depth + 1);
            if (trial.empty()) {
                matched = true;
                break;
            }
        }
        if (!matched) out.push_back({v.offset, path, "does not match any of the allowed forms"});
    }
    if (v.is(Kind::number)) {
        if (const Value* min = schema.find("minimum"); min && v.number < min->number)
            out.push_back({v.offset, path, "must be at least " + describe(*min)});
        if (const Value* max = schema.find("maximum"); max && v.number > max->number)
            out.push_back({v.offset, path, "must be at most " + describe(*max)});
    }
    if (v.is(Kind::string)) {
        const std::size_t n = code_points(v.string);
        if (const Value* min = schema.find("minLength"); min && static_cast<double>(n) < min->number)
            out.push_back({v.offset, path, "shorter than " + describe(*min) + " characters"});
        if (const Value* max = schema.find("maxLength"); max && static_cast<double>(n) > max->number)
            out.push_back({v.offset, path, "longer than " + describe(*max) + " characters"});
    }
    if (v.is(Kind::array)) {
        if (const Value* min = schema.find("minItems"); min && static_cast<double>(v.items.size()) < min->number)
            out.push_back({v.offset, path, "needs at least " + describe(*min) + " items"});
        if (const Value* max = schema.find("maxItems"); max && static_cast<double>(v.items.size()) > max->number)
            out.push_back({v.offset, path, "has more than " + describe(*max) + " items"});
        if (const Value* items = schema.find("items"))
            for (std::size_t i = 0; i < v.items.size(); ++i)
                validate(*items, v.items[i], json::path_index(path, i), out, depth + 1);
    }
    if (v.is(Kind::object)) {
        if (const Value* required = schema.find("required"))
            for (const Value& key : required->items)
                if (key.is(Kind::string) && v.find(key.string) == nullptr)
                    out.push_back({v.offset, path, "missing required key \"" + key.string + "\""});
        const Value* properties = schema.find("properties");
        const Value* additional = schema.find("additionalProperties");
        for (const json::Member& m : v.members) {
            const std::string member_path = json::path_key(path, m.key);
            const Value* sub = properties ? properties->find(m.key) : nullptr;
            if (sub != nullptr) {
                validate(*sub, m.value, member_path, out, depth + 1);
            } else if (additional != nullptr) {
                if (additional->is(Kind::boolean) && !additional->boolean)
                    out.push_back({m.key_offset, member_path, "unknown key \"" + m.key + "\""});
                else
                    validate(*additional, m.value, member_path, out, depth + 1);
            }
        }
    }
}

}  // namespace replycheck
