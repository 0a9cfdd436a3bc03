#include "engine/json_io.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "pack/json_tree.h"
#include "text/utf8.h"

namespace replycheck {
namespace {

using ordered = nlohmann::ordered_json;

std::string dump(const ordered& j) {
    // Strings are validated UTF-8 by now; `replace` is a guard so output can never throw.
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string located(const json::LineMap& lines, std::size_t offset, std::string_view path, std::string_view message) {
    const json::Location at = lines.locate(offset);
    return std::to_string(at.line) + ":" + std::to_string(at.column) + " " + std::string(path) + ": " +
           std::string(message);
}

}  // namespace

ParsedRequest request_from_json(std::string_view text) {
    ParsedRequest out;
    const json::LineMap lines(text);
    // A request is at most a draft and a post plus a few names, escaped; anything much bigger is
    // not a request, and parsing it would only waste memory.
    constexpr std::size_t kMaxRequestBytes = 8 * (EngineLimits::max_draft_bytes + EngineLimits::max_post_bytes);
    if (text.size() > kMaxRequestBytes) {
        out.error = "request is " + std::to_string(text.size()) + " bytes; the limit is " +
                    std::to_string(kMaxRequestBytes);
        return out;
    }
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.value) {
        out.error = located(lines, parsed.error.offset, "$", parsed.error.message);
        return out;
    }
    const json::Value& root = *parsed.value;
    if (!root.is(json::Kind::object)) {
        out.error = located(lines, root.offset, "$", "expected an object, got " + std::string(json::kind_name(root.kind)));
        return out;
    }
    // The id first, so that even a request rejected below is answered under its own id.
    if (const json::Value* id = root.find("id")) {
        if (id->is(json::Kind::string)) {
            out.id_json = dump(ordered(id->string));
        } else if (id->is(json::Kind::number)) {
            if (id->integral && std::fabs(id->number) < 9.0e15)
                out.id_json = std::to_string(static_cast<long long>(id->number));
            else
                out.id_json = dump(ordered(id->number));
        } else if (!id->is(json::Kind::null)) {
            out.error = located(lines, id->offset, "$.id", "expected a string or a number, got " +
                                                            std::string(json::kind_name(id->kind)));
            return out;
        }
    }
    CheckRequest& r = out.request;
    const std::pair<const char*, std::string*> fields[] = {
        {"draft", &r.draft},
        {"customer_post", &r.customer_post},
        {"customer_name", &r.customer_name},
        {"customer_handle", &r.customer_handle},
        {"channel", &r.channel},
        {"agent_name", &r.agent_name},
        {"agent_initials", &r.agent_initials},
    };
    for (const auto& [name, target] : fields) {
        const json::Value* v = root.find(name);
        if (v == nullptr || v->is(json::Kind::null)) continue;
        if (!v->is(json::Kind::string)) {
            out.error = located(lines, v->offset, json::path_key("$", name),
                                "expected a string, got " + std::string(json::kind_name(v->kind)));
            return out;
        }
        *target = v->string;
    }
    if (root.find("draft") == nullptr) {
        out.error = located(lines, root.offset, "$", "missing required field \"draft\"");
        return out;
    }
    if (const json::Value* v = root.find("visibility"); v != nullptr && !v->is(json::Kind::null)) {
        if (v->is(json::Kind::string) && v->string == "public") r.visibility = Visibility::public_reply;
        else if (v->is(json::Kind::string) && v->string == "private") r.visibility = Visibility::private_reply;
        else {
            out.error = located(lines, v->offset, "$.visibility", "expected \"public\" or \"private\"");
            return out;
        }
    }
    if (const json::Value* v = root.find("templates"); v != nullptr && !v->is(json::Kind::null)) {
        if (!v->is(json::Kind::boolean)) {
            out.error = located(lines, v->offset, "$.templates", "expected true or false");
            return out;
        }
        out.want_templates = v->boolean;
    }
    return out;
}

std::string result_to_json(const CheckResult& result, const CheckRequest& request, std::string_view id_json,
                           const std::vector<TemplateSuggestion>* templates) {
    if (!result.ok()) return error_to_json(result.error_code, result.error, id_json);
    const Utf16OffsetMap utf16(request.draft);
    ordered out;
    out["id"] = ordered::parse(id_json.empty() ? std::string_view("null") : id_json, nullptr, false);
    if (out["id"].is_discarded()) out["id"] = nullptr;
    out["score"] = result.score;
    out["ready"] = result.ready;
    ordered findings = ordered::array();
    for (const Finding& f : result.findings) {
        ordered jf;
        jf["rule"] = f.rule;
        jf["severity"] = std::string(to_string(f.severity));
        jf["message"] = f.message;
        jf["start"] = f.start;
        jf["end"] = f.end;
        jf["start16"] = utf16.to_utf16(f.start);
        jf["end16"] = utf16.to_utf16(f.end);
        ordered suggestions = ordered::array();
        for (const Suggestion& s : f.suggestions) {
            suggestions.push_back({{"label", s.label},
                                   {"text", s.text},
                                   {"start", s.start},
                                   {"end", s.end},
                                   {"start16", utf16.to_utf16(s.start)},
                                   {"end16", utf16.to_utf16(s.end)},
                                   {"safe", s.safe}});
        }
        jf["suggestions"] = std::move(suggestions);
        findings.push_back(std::move(jf));
    }
    out["findings"] = std::move(findings);
    out["length"] = {{"channel", result.length.channel}, {"count", result.length.count}, {"limit", result.length.limit}};
    if (!result.failed_checks.empty()) out["failed_checks"] = result.failed_checks;
    if (templates != nullptr) {
        ordered list = ordered::array();
        for (const TemplateSuggestion& t : *templates)
            list.push_back({{"id", t.id}, {"title", t.title}, {"intent", t.intent}, {"text", t.text},
                            {"relevance", t.relevance}});
        out["templates"] = std::move(list);
    }
    return dump(out);
}

std::string error_to_json(std::string_view code, std::string_view message, std::string_view id_json, std::size_t line) {
    ordered out;
    out["id"] = ordered::parse(id_json.empty() ? std::string_view("null") : id_json, nullptr, false);
    if (out["id"].is_discarded()) out["id"] = nullptr;
    if (line > 0) out["line"] = line;
    out["error"] = {{"code", std::string(code)}, {"message", std::string(message)}};
    return dump(out);
}

}  // namespace replycheck
