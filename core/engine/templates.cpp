#include "engine/templates.h"

#include <algorithm>
#include <unordered_set>

#include "match/token_normaliser.h"
#include "text/analysed_text.h"
#include "text/utf8.h"

namespace replycheck {
namespace {

std::string canonical(const std::string& folded) {
    NormalisedToken n;
    return normalise_token(folded, n) ? n.parts[0] : folded;
}

// A keyword matches when each of its words occurs in the post (word order is not checked; the
// cost stays linear in the number of keywords).
bool post_mentions(const std::unordered_set<std::string>& words, const std::string& keyword, const char* locale) {
    const AnalysedText k(keyword, locale);
    bool any = false;
    for (const Token& t : k.tokens()) {
        if (t.kind == TokenKind::punctuation) continue;
        if (words.count(canonical(t.folded)) == 0) return false;
        any = true;
    }
    return any;
}

}  // namespace

std::string fill_template(std::string_view text, const CheckRequest& request) {
    std::string handle = request.customer_handle;
    if (!handle.empty() && handle[0] != '@') handle.insert(handle.begin(), '@');
    const std::pair<std::string_view, const std::string*> values[] = {
        {"{name}", &request.customer_name},
        {"{handle}", &handle},
        {"{agent}", &request.agent_name},
        {"{initials}", &request.agent_initials},
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (text[i] == '{') {
            for (const auto& [key, value] : values) {
                if (text.substr(i, key.size()) == key && !value->empty()) {
                    out += *value;
                    i += key.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) out += text[i++];
    }
    return out;
}

std::vector<TemplateSuggestion> suggest_templates(const CheckRequest& request, const CompiledPack& compiled,
                                                  std::size_t max) {
    std::vector<TemplateSuggestion> out;
    if (request.customer_post.empty() || find_utf8_error(request.customer_post)) return out;
    const AnalysedText post(request.customer_post, compiled.locale());
    std::unordered_set<std::string> words;
    for (const Token& t : post.tokens()) words.insert(canonical(t.folded));
    for (const ReplyTemplate& t : compiled.pack().templates) {
        int relevance = 0;
        for (const std::string& keyword : t.keywords)
            if (post_mentions(words, keyword, compiled.locale())) relevance += 3;
        if (!t.intent.empty() && post_mentions(words, t.intent, compiled.locale())) relevance += 5;
        if (relevance > 0) out.push_back({t.id, t.title, t.intent, fill_template(t.text, request), relevance});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TemplateSuggestion& a, const TemplateSuggestion& b) { return a.relevance > b.relevance; });
    if (out.size() > max) out.resize(max);
    return out;
}

}  // namespace replycheck
