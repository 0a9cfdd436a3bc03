// Links outside the pack's allowed domains (subdomains included). The links are the draft's url
// entities (analysis/entities.h): twitter-text's extractor, the same spans X counts as links, so
// "e.g.", "3.5" and the domain of an email are never links here either. An empty allow-list allows
// everything.
#include <string>

#include "checks/checks.h"

namespace replycheck::checks {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The lower-case host of a link, without scheme, "www.", port, path, query or fragment.
std::string host_of(std::string_view url) {
    std::string host = lower(url);
    if (const std::size_t scheme = host.find("://"); scheme != std::string::npos) host.erase(0, scheme + 3);
    if (const std::size_t cut = host.find_first_of("/?#:"); cut != std::string::npos) host.erase(cut);
    while (!host.empty() && host.back() == '.') host.pop_back();
    if (host.starts_with("www.")) host.erase(0, 4);
    return host;
}

std::string bare_domain(const std::string& domain) {
    std::string want = lower(domain);
    if (want.starts_with("www.")) want.erase(0, 4);
    return want;
}

bool allowed(const std::vector<std::string>& domains, const std::string& host) {
    for (const std::string& d : domains) {
        const std::string want = bare_domain(d);
        if (host == want) return true;
        if (host.size() > want.size() && host.ends_with(want) && host[host.size() - want.size() - 1] == '.') return true;
    }
    return false;
}

}  // namespace

void channel_link_domain(const CheckContext& ctx, Findings& out) {
    const auto& domains = ctx.pack.link_domains;
    if (domains.empty()) return;
    for (const Entity& e : ctx.draft_entities().all()) {
        if (e.kind != EntityKind::url) continue;
        const std::string host = host_of(ctx.draft.slice(e.start, e.end));
        if (host.empty() || allowed(domains, host)) continue;
        Finding f = make_finding("Links to " + host + " are not on this brand's list of approved sites.", e.start, e.end);
        // The brand's own site in its place; the agent finds the page there (not safe: the page differs).
        const std::string home = bare_domain(domains.front());
        f.suggestions.push_back(make_suggestion("Link to " + home + " instead", "https://" + home, e.start, e.end, false));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
