#include "engine/json_io.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "json/document_reader.h"
#include "json/json_tree.h"
#include "json/record_id.h"
#include "json/request_fields.h"
#include "text/utf8.h"

namespace replycheck {
namespace {

using ordered = nlohmann::ordered_json;

std::string dump(const ordered& j) {
    // Strings are validated UTF-8 by now; `replace` is a guard so output can never throw.
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// {"id": ...} from the request's id as JSON text (read_record_id), null when it is not JSON.
ordered with_id(std::string_view id_json) {
    ordered out;
    out["id"] = ordered::parse(id_json.empty() ? std::string_view("null") : id_json, nullptr, false);
    if (out["id"].is_discarded()) out["id"] = nullptr;
    return out;
}

void add_length_and_post(ordered& out, const CheckResult& result) {
    const LengthReport& length = result.length;
    out["length"] = {{"channel", result.channel},
                     {"count", length.count},
                     {"limit", length.limit},
                     {"fits", length.fits},
                     {"overflow_start", length.overflow_utf8},
                     {"overflow_start16", length.overflow_utf16}};
    out["post"] = {{"mood", std::string(to_string(result.post.mood))},
                   {"sentiment", result.post.sentiment},
                   {"distress", result.post.distress},
                   {"key_terms", result.post.key_terms}};
}

}  // namespace

ParsedRequest request_from_json(std::string_view text) {
    ParsedRequest out;
    std::vector<DocumentIssue> issues;
    DocumentReader r(text, issues);
    const auto first_issue = [&] { return issues.empty() ? std::string("bad request") : issues.front().to_string(); };
    const std::optional<json::ParseResult> parsed = r.parse(text, kMaxRequestBytes, "request");
    if (!parsed) {
        out.error = first_issue();
        return out;
    }
    const json::Value& root = *parsed->value;
    if (!r.expect(root, json::Kind::object, "$")) {
        out.error = first_issue();
        return out;
    }
    // The id first, so that even a request rejected below is answered under its own id. Unknown
    // fields are ignored: batch files often carry their own bookkeeping (brand, labels, notes).
    RequestFieldLimits limits;
    limits.engine_judges_values = true;
    if (read_record_id(r, root, out.id_json)) {
        for (const json::Member& m : root.members) {
            const std::string path = json::path_key("$", m.key);
            if (read_request_field(r, m, path, out.request, limits)) continue;
            if (m.key == "templates" && !m.value.is(json::Kind::null)) r.boolean(m.value, path, out.want_templates);
        }
        if (root.find("draft") == nullptr) r.error(root.offset, "$", "missing required field \"draft\"");
    }
    if (r.failed()) out.error = first_issue();
    return out;
}

std::string result_to_json(const CheckResult& result, const CheckRequest& request, std::string_view id_json,
                           const std::vector<TemplateSuggestion>* templates) {
    ordered out = with_id(id_json);
    if (!result.ok()) {
        out["error"] = {{"code", result.error_code}, {"message", result.error}};
        add_length_and_post(out, result);
        return dump(out);
    }
    const Utf16OffsetMap utf16(request.draft);
    out["score"] = result.score;
    out["ready"] = result.ready;
    ordered findings = ordered::array();
    for (const Finding& f : result.findings) {
        ordered jf;
        jf["rule"] = f.rule;
        jf["severity"] = std::string(to_string(f.severity));
        jf["message"] = f.message;
        if (!f.because.empty()) jf["because"] = f.because;
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
    add_length_and_post(out, result);
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
    ordered out = with_id(id_json);
    if (line > 0) out["line"] = line;
    out["error"] = {{"code", std::string(code)}, {"message", std::string(message)}};
    return dump(out);
}

}  // namespace replycheck
