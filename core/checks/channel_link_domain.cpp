// Links outside the pack's allowed domains (subdomains included). Finds http(s):// URLs and bare
// domains such as "skyway.com/help" whose last label is a common top-level domain, so that
// "e.g." or "3.5" are not mistaken for links. An empty allow-list allows everything.
#include <array>
#include <string>

#include "checks/checks.h"

namespace replycheck::checks {
namespace {


constexpr std::array<std::string_view, 40> kBareTlds = {
    "com", "org", "net", "co", "uk", "io", "ly", "gl", "me", "app", "info", "biz", "us", "ca",
    "de", "fr", "es", "it", "nl", "ie", "au", "nz", "in", "eu", "gov", "edu", "tv", "be", "ch",
    "at", "se", "no", "dk", "fi", "pl", "pt", "jp", "br", "mx", "help"};

bool is_host_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.';
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool allowed(const std::vector<std::string>& domains, const std::string& host) {
    for (const std::string& d : domains) {
        std::string want = lower(d);
        if (want.rfind("www.", 0) == 0) want.erase(0, 4);
        if (host == want) return true;
        if (host.size() > want.size() && host.compare(host.size() - want.size(), want.size(), want) == 0 &&
            host[host.size() - want.size() - 1] == '.')
            return true;
    }
    return false;
}

}  // namespace

void channel_link_domain(const CheckContext& ctx, Findings& out) {
    if (ctx.pack.link_domains.empty()) return;
    const std::string& t = ctx.draft.text();
    std::size_t i = 0;
    while (i < t.size()) {
        if (!is_host_char(t[i]) || (i > 0 && (is_host_char(t[i - 1]) || t[i - 1] == '@'))) {
            ++i;
            continue;
        }
        std::size_t host_start = i;
        bool scheme = false;
        for (std::string_view prefix : {std::string_view("https://"), std::string_view("http://")}) {
            if (lower(std::string_view(t).substr(i, prefix.size())) == prefix) {
                host_start = i + prefix.size();
                scheme = true;
            }
        }
        std::size_t host_end = host_start;
        while (host_end < t.size() && is_host_char(t[host_end])) ++host_end;
        while (host_end > host_start && t[host_end - 1] == '.') --host_end;
        std::string host = lower(std::string_view(t).substr(host_start, host_end - host_start));
        const std::size_t dot = host.rfind('.');
        bool is_link = scheme && dot != std::string::npos;
        if (!scheme && dot != std::string::npos && dot > 0) {
            const std::string tld = host.substr(dot + 1);
            for (std::string_view known : kBareTlds) is_link |= tld == known;
            // Needs a letter before the dot: "3.com" is not a domain people type.
            bool letter = false;
            for (std::size_t k = 0; k < dot; ++k) letter |= host[k] >= 'a' && host[k] <= 'z';
            is_link &= letter;
        }
        std::size_t link_end = host_end;
        while (link_end < t.size() && t[link_end] != ' ' && t[link_end] != '\n' && t[link_end] != '\t') ++link_end;
        while (link_end > host_end && (t[link_end - 1] == '.' || t[link_end - 1] == ',' ||
                                       t[link_end - 1] == ')' || t[link_end - 1] == '!' ||
                                       t[link_end - 1] == '?'))
            --link_end;
        if (is_link) {
            if (host.rfind("www.", 0) == 0) host.erase(0, 4);
            if (!allowed(ctx.pack.link_domains, host)) {
                out.push_back(make_finding("Links to " + host + " are not on this brand's list of approved sites.",
                                           static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(link_end)));
            }
        }
        i = std::max(link_end, i + 1);
    }
}

}  // namespace replycheck::checks
