#include "pack/pack_loader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "channel/channels.h"
#include "json/document_reader.h"
#include "json/json_tree.h"
#include "json/request_fields.h"
#include "rules/rules.h"
#include "text/analysed_text.h"

namespace replycheck {
namespace {

using json::Kind;
using json::Value;

// Reads one document into a Pack, collecting issues. Each read_* function takes the value and its
// path, checks the shape and reports against that place.
using Reader = DocumentReader;

// Keys of a list that must be unique within one document, compared after folding.
class SeenKeys {
public:
    // Returns false (and reports) when `key` was already given in this document.
    bool add(Reader& r, const Value& at, const std::string& path, const std::string& key, std::string_view what) {
        if (seen_.insert(key).second) return true;
        r.error(at.offset, path, "duplicate " + std::string(what) + " " + quote(key));
        return false;
    }

private:
    std::set<std::string> seen_;
};

// Appends to a list whose entries are keyed, replacing an entry with the same key in place (how a
// child pack overrides its parent's entry). Keys are computed once per entry, so loading stays
// linear in the size of the lists.
template <class T>
class KeyedList {
public:
    template <class KeyOf>
    KeyedList(std::vector<T>& list, KeyOf key_of) : list_(list) {
        for (std::size_t i = 0; i < list.size(); ++i) index_.emplace(key_of(list[i]), i);
    }
    void put(const std::string& key, T entry) {
        const auto [it, added] = index_.emplace(key, list_.size());
        if (added) list_.push_back(std::move(entry));
        else list_[it->second] = std::move(entry);
    }

private:
    std::vector<T>& list_;
    std::unordered_map<std::string, std::size_t> index_;
};

std::string folded_key(std::string_view s) { return fold(s); }

bool read_phrase(Reader& r, const Value& v, const std::string& path, PhraseEntry& out) {
    if (v.kind == Kind::string)
        return r.text(v, path, PackLimits::max_phrase_bytes, out.match, false);
    if (!r.keys(v, path, {"match", "replacement", "reason", "when", "negated"})) return false;
    const Value* match = v.find("match");
    if (match == nullptr) {
        r.error(v.offset, path, "missing required key \"match\"");
        return false;
    }
    bool ok = r.text(*match, json::path_key(path, "match"), PackLimits::max_phrase_bytes, out.match, false);
    if (const Value* x = v.find("replacement"))
        ok &= r.text(*x, json::path_key(path, "replacement"), PackLimits::max_phrase_bytes, out.replacement);
    if (const Value* x = v.find("reason"))
        ok &= r.text(*x, json::path_key(path, "reason"), PackLimits::max_text_bytes, out.reason);
    std::string word;
    if (const Value* x = v.find("when"); x != nullptr && r.text(*x, json::path_key(path, "when"), 16, word)) {
        if (word == "any") out.when = PhraseWhen::any;
        else if (word == "request") out.when = PhraseWhen::request;
        else if (word == "statement") out.when = PhraseWhen::statement;
        else {
            r.error(x->offset, json::path_key(path, "when"), "expected \"any\", \"request\" or \"statement\", got \"" + word + "\"");
            ok = false;
        }
    }
    if (const Value* x = v.find("negated"); x != nullptr && r.text(*x, json::path_key(path, "negated"), 16, word)) {
        if (word == "skip" || word == "match") out.match_negated = word == "match";
        else {
            r.error(x->offset, json::path_key(path, "negated"), "expected \"skip\" or \"match\", got \"" + word + "\"");
            ok = false;
        }
    }
    return ok;
}

// Reads a phrase list, appending to (or replacing in) `into`.
void read_phrase_list(Reader& r, const Value& v, const std::string& path, std::vector<PhraseEntry>& into) {
    if (!r.list(v, path, PackLimits::max_list)) return;
    SeenKeys seen;
    KeyedList<PhraseEntry> list(into, [](const PhraseEntry& e) { return folded_key(e.match); });
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const std::string item_path = json::path_index(path, i);
        PhraseEntry entry;
        if (!read_phrase(r, v.items[i], item_path, entry)) continue;
        const std::string key = folded_key(entry.match);
        if (!seen.add(r, v.items[i], item_path, key, "phrase")) continue;
        list.put(key, std::move(entry));
    }
}

// Reads a list of strings for "remove" and drops each from `from` (by `key_of`).
template <class T, class KeyOf>
void remove_entries(Reader& r, const Value& v, const std::string& path, std::vector<T>& from, KeyOf key_of,
                    bool fold_keys = true) {
    if (!r.list(v, path, PackLimits::max_terminology)) return;
    std::unordered_map<std::string, std::size_t> wanted;  // key -> index in the removal list
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        std::string key;
        if (!r.text(v.items[i], json::path_index(path, i), PackLimits::max_text_bytes, key)) continue;
        wanted.emplace(fold_keys ? folded_key(key) : key, i);
    }
    std::unordered_set<std::string> found;
    from.erase(std::remove_if(from.begin(), from.end(),
                              [&](const T& e) {
                                  std::string key = key_of(e);
                                  if (wanted.count(key) == 0) return false;
                                  found.insert(std::move(key));
                                  return true;
                              }),
               from.end());
    for (const auto& [key, i] : wanted)
        if (found.count(key) == 0)
            r.warning(v.items[i].offset, json::path_index(path, i),
                      quote(v.items[i].string) + " is not in the parent pack");
}

void read_voice(Reader& r, const Value& v, const std::string& path, Voice& voice) {
    if (!r.keys(v, path, {"formality", "contractions", "emoji", "max_emoji", "max_exclamations", "signoff"})) return;
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        long long n = 0;
        if (m.key == "formality") r.choice(m.value, p, {"casual", "neutral", "formal"}, voice.formality);
        else if (m.key == "contractions") r.choice(m.value, p, {"prefer", "allow", "avoid"}, voice.contractions);
        else if (m.key == "emoji") r.choice(m.value, p, {"allow", "limit", "none"}, voice.emoji);
        else if (m.key == "max_emoji") { if (r.integer(m.value, p, 0, 100, n)) voice.max_emoji = static_cast<int>(n); }
        else if (m.key == "max_exclamations") { if (r.integer(m.value, p, 0, 100, n)) voice.max_exclamations = static_cast<int>(n); }
        else if (m.key == "signoff") r.text(m.value, p, PackLimits::max_phrase_bytes, voice.signoff);
    }
}

constexpr auto kExampleKeys = [] {
    std::array<std::string_view, kRequestFields.size() + 2> keys{};
    std::copy(kRequestFields.begin(), kRequestFields.end(), keys.begin());
    keys[kRequestFields.size()] = "note";
    keys[kRequestFields.size() + 1] = "fixed";
    return keys;
}();

void read_example(Reader& r, const Value& v, const std::string& path, RuleExample& ex, bool bad) {
    if (!r.keys(v, path, kExampleKeys)) return;
    if (v.find("draft") == nullptr) r.error(v.offset, path, "missing required key \"draft\"");
    const RequestFieldLimits limits{PackLimits::max_text_bytes, PackLimits::max_phrase_bytes, 64, 16, false};
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        if (read_request_field(r, m, p, ex.request, limits)) continue;
        if (m.key == "note") {
            r.text(m.value, p, PackLimits::max_text_bytes, ex.note);
        } else if (m.key == "fixed") {
            if (!bad) {
                r.error(m.key_offset, p, "only a bad example has a fix to check");
                continue;
            }
            std::string fixed;
            if (r.text(m.value, p, PackLimits::max_text_bytes, fixed)) ex.fixed = std::move(fixed);
        }
    }
}

void read_examples(Reader& r, const Value& v, const std::string& path, std::vector<RuleExample>& into, bool bad) {
    if (!r.list(v, path, PackLimits::max_list)) return;
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        RuleExample ex;
        read_example(r, v.items[i], json::path_index(path, i), ex, bad);
        into.push_back(std::move(ex));
    }
}

// A rule's params are those it declares (rules/rule_list.h), each in its declared range.
void read_params(Reader& r, const Value& v, const std::string& path, const RuleInfo& info, RuleSpec& rule) {
    if (!r.expect(v, Kind::object, path)) return;
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        const ParamSpec* param = info.find_param(m.key);
        if (param == nullptr) {
            std::vector<std::string_view> names;
            for (const ParamSpec& declared : info.params) names.push_back(declared.name);
            r.error(m.key_offset, p,
                    names.empty() ? "unknown param " + quote(m.key) + ": " + std::string(info.id) + " takes none"
                                  : "unknown param " + quote(m.key) + " (expected one of " + join(names) + ")");
            continue;
        }
        if (param->kind == ParamKind::boolean) {
            bool on = false;
            if (r.boolean(m.value, p, on)) rule.params[m.key] = on ? 1.0 : 0.0;
            continue;
        }
        long long n = 0;
        if (r.integer(m.value, p, static_cast<long long>(param->minimum), static_cast<long long>(param->maximum), n))
            rule.params[m.key] = static_cast<double>(n);
    }
}

void read_rule(Reader& r, const Value& v, const std::string& path, const RuleInfo& info, RuleSpec& rule) {
    if (!r.keys(v, path, {"severity", "title", "why", "good", "bad", "phrases", "remove_phrases", "params"})) return;
    // Removal first, so that a child can drop a parent phrase and add its own variant.
    if (const Value* x = v.find("remove_phrases"))
        remove_entries(r, *x, json::path_key(path, "remove_phrases"), rule.phrases,
                       [](const PhraseEntry& e) { return folded_key(e.match); });
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        if (m.key == "severity") {
            std::string word;
            if (!r.choice(m.value, p, {"error", "warning", "suggestion", "off"}, word)) continue;
            rule.enabled = word != "off";
            rule.severity = parse_severity(word);
        } else if (m.key == "title") {
            r.text(m.value, p, PackLimits::max_phrase_bytes, rule.title);
        } else if (m.key == "why") {
            r.text(m.value, p, PackLimits::max_text_bytes, rule.why);
        } else if (m.key == "good") {
            read_examples(r, m.value, p, rule.good, false);
        } else if (m.key == "bad") {
            read_examples(r, m.value, p, rule.bad, true);
        } else if (m.key == "phrases") {
            read_phrase_list(r, m.value, p, rule.phrases);
        } else if (m.key == "params") {
            read_params(r, m.value, p, info, rule);
        }
    }
}

void read_rules(Reader& r, const Value& v, const std::string& path, Pack& pack) {
    if (!r.expect(v, Kind::object, path)) return;
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        const RuleInfo* info = find_rule(m.key);
        if (info == nullptr) {
            r.error(m.key_offset, p, "unknown rule id " + quote(m.key));
            continue;
        }
        read_rule(r, m.value, p, *info, pack.rules[m.key]);
    }
}

bool is_channel_id(std::string_view id) {
    return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

void read_channel(Reader& r, const Value& v, const std::string& path, const std::string& id, Pack& pack) {
    if (!r.keys(v, path, {"display_name", "limit", "counting", "default_visibility", "mention_on_every_part"})) return;
    ChannelSpec spec;
    if (auto it = pack.channels.find(id); it != pack.channels.end()) {
        spec = it->second;
    } else if (const ChannelSpec* builtin = default_channel(id)) {
        spec = *builtin;
    } else {
        spec.id = id;
        spec.display_name = id;
        if (v.find("limit") == nullptr)
            r.error(v.offset, path, quote(id) + " is not a built-in channel, so it needs a \"limit\"");
    }
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        long long n = 0;
        std::string word;
        if (m.key == "display_name") {
            r.text(m.value, p, 64, spec.display_name, false);
        } else if (m.key == "limit") {
            if (r.integer(m.value, p, 1, 100000, n)) spec.limit = static_cast<std::uint32_t>(n);
        } else if (m.key == "counting") {
            if (r.choice(m.value, p, {"x_weighted", "utf16", "graphemes"}, word))
                spec.counting = word == "x_weighted" ? LengthCounting::x_weighted
                                : word == "utf16"    ? LengthCounting::utf16
                                                     : LengthCounting::graphemes;
        } else if (m.key == "default_visibility") {
            read_visibility(r, m.value, p, spec.default_visibility);
        } else if (m.key == "mention_on_every_part") {
            r.boolean(m.value, p, spec.mention_on_every_part);
        }
    }
    pack.channels[id] = std::move(spec);
}

void read_channels(Reader& r, const Value& v, const std::string& path, Pack& pack) {
    if (!r.expect(v, Kind::object, path)) return;
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        if (!is_channel_id(m.key)) {
            r.error(m.key_offset, p, "channel ids are lower-case letters, digits and '_' (at most 32)");
            continue;
        }
        read_channel(r, m.value, p, m.key, pack);
    }
}

void read_terminology(Reader& r, const Value& v, const std::string& path, Pack& pack) {
    if (!r.list(v, path, PackLimits::max_terminology)) return;
    SeenKeys seen;
    KeyedList<TermEntry> list(pack.terminology, [](const TermEntry& t) { return folded_key(t.avoid); });
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const Value& item = v.items[i];
        const std::string p = json::path_index(path, i);
        if (!r.keys(item, p, {"avoid", "prefer", "reason"})) continue;
        TermEntry term;
        bool ok = true;
        for (const char* required : {"avoid", "prefer"})
            if (item.find(required) == nullptr) {
                r.error(item.offset, p, std::string("missing required key \"") + required + "\"");
                ok = false;
            }
        if (!ok) continue;
        ok &= r.text(*item.find("avoid"), json::path_key(p, "avoid"), PackLimits::max_phrase_bytes, term.avoid, false);
        ok &= r.text(*item.find("prefer"), json::path_key(p, "prefer"), PackLimits::max_phrase_bytes, term.prefer, false);
        if (const Value* x = item.find("reason"))
            ok &= r.text(*x, json::path_key(p, "reason"), PackLimits::max_text_bytes, term.reason);
        const std::string key = folded_key(term.avoid);
        if (!ok || !seen.add(r, *item.find("avoid"), json::path_key(p, "avoid"), key, "avoid term")) continue;
        list.put(key, std::move(term));
    }
}

void read_string_set(Reader& r, const Value& v, const std::string& path, std::vector<std::string>& into,
                     std::string_view what, bool (*valid)(std::string_view)) {
    if (!r.list(v, path, PackLimits::max_list)) return;
    SeenKeys seen;
    KeyedList<std::string> list(into, folded_key);
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const std::string p = json::path_index(path, i);
        std::string s;
        if (!r.text(v.items[i], p, PackLimits::max_phrase_bytes, s, false)) continue;
        if (valid != nullptr && !valid(s)) {
            r.error(v.items[i].offset, p, quote(s) + " is not a valid " + std::string(what));
            continue;
        }
        const std::string key = folded_key(s);
        if (!seen.add(r, v.items[i], p, key, what)) continue;
        list.put(key, std::move(s));
    }
}

bool is_domain(std::string_view d) {
    if (d.find('.') == std::string_view::npos || d.front() == '.' || d.back() == '.') return false;
    return std::all_of(d.begin(), d.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    });
}

bool is_pack_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

void read_templates(Reader& r, const Value& v, const std::string& path, Pack& pack) {
    if (!r.list(v, path, PackLimits::max_list)) return;
    SeenKeys seen;
    KeyedList<ReplyTemplate> list(pack.templates, [](const ReplyTemplate& x) { return x.id; });
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const Value& item = v.items[i];
        const std::string p = json::path_index(path, i);
        if (!r.keys(item, p, {"id", "intent", "title", "text", "keywords"})) continue;
        bool ok = true;
        for (const char* required : {"id", "text"})
            if (item.find(required) == nullptr) {
                r.error(item.offset, p, std::string("missing required key \"") + required + "\"");
                ok = false;
            }
        if (!ok) continue;
        ReplyTemplate t;
        ok &= r.text(*item.find("id"), json::path_key(p, "id"), 64, t.id, false);
        ok &= r.text(*item.find("text"), json::path_key(p, "text"), PackLimits::max_text_bytes, t.text, false);
        if (const Value* x = item.find("intent")) ok &= r.text(*x, json::path_key(p, "intent"), 64, t.intent);
        if (const Value* x = item.find("title"))
            ok &= r.text(*x, json::path_key(p, "title"), PackLimits::max_phrase_bytes, t.title);
        if (const Value* x = item.find("keywords")) {
            const std::string kp = json::path_key(p, "keywords");
            if (r.list(*x, kp, 200)) {
                for (std::size_t k = 0; k < x->items.size(); ++k) {
                    std::string word;
                    if (r.text(x->items[k], json::path_index(kp, k), PackLimits::max_phrase_bytes, word, false))
                        t.keywords.push_back(std::move(word));
                    else
                        ok = false;
                }
            } else {
                ok = false;
            }
        }
        if (!ok || !seen.add(r, *item.find("id"), json::path_key(p, "id"), t.id, "template id")) continue;
        const std::string key = t.id;
        list.put(key, std::move(t));
    }
}

void read_removals(Reader& r, const Value& v, const std::string& path, Pack& pack) {
    if (!r.keys(v, path, {"terminology", "banned_phrases", "brand_names", "link_domains", "templates"})) return;
    for (const json::Member& m : v.members) {
        const std::string p = json::path_key(path, m.key);
        if (m.key == "terminology")
            remove_entries(r, m.value, p, pack.terminology, [](const TermEntry& t) { return folded_key(t.avoid); });
        else if (m.key == "banned_phrases")
            remove_entries(r, m.value, p, pack.banned_phrases, [](const PhraseEntry& e) { return folded_key(e.match); });
        else if (m.key == "brand_names")
            remove_entries(r, m.value, p, pack.brand_names, folded_key);
        else if (m.key == "link_domains")
            remove_entries(r, m.value, p, pack.link_domains, folded_key);
        else if (m.key == "templates")
            remove_entries(r, m.value, p, pack.templates, [](const ReplyTemplate& t) { return t.id; }, false);
    }
}

bool is_locale(std::string_view s) {
    return !s.empty() && s.size() <= 35 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

}  // namespace

std::string PackLoadResult::report(std::string_view source) const { return issues_report(issues, source); }

PackLoadResult load_pack(std::string_view text, const PackLookup& lookup) {
    PackLoadResult result;
    Reader r(text, result.issues);
    const std::optional<json::ParseResult> parsed = r.parse(text, PackLimits::max_document_bytes, "pack");
    if (!parsed) return result;
    const Value& root = *parsed->value;
    if (!r.keys(root, "$", {"schema_version", "id", "name", "description", "locale", "extends", "voice", "terminology",
                            "banned_phrases", "brand_names", "link_domains", "templates", "rules", "channels",
                            "remove"}))
        return result;

    Pack pack;
    const Value* id = root.find("id");
    if (id == nullptr) {
        r.error(root.offset, "$", "missing required key \"id\"");
        return result;
    }
    std::string pack_id;
    if (!r.text(*id, "$.id", 64, pack_id, false)) return result;
    if (!is_pack_id(pack_id)) {
        r.error(id->offset, "$.id", "pack ids are lower-case letters, digits, '-', '_' and '.' (at most 64)");
        return result;
    }
    if (const Value* ext = root.find("extends")) {
        std::string parent_id;
        if (!r.text(*ext, "$.extends", 64, parent_id, false)) return result;
        if (parent_id == pack_id) {
            r.error(ext->offset, "$.extends", "pack " + quote(pack_id) + " extends itself");
            return result;
        }
        const Pack* parent = lookup ? lookup(parent_id) : nullptr;
        if (parent == nullptr) {
            r.error(ext->offset, "$.extends", "no pack with id " + quote(parent_id) + " is loaded");
            return result;
        }
        for (std::string_view ancestor = parent->extends; !ancestor.empty();) {
            if (ancestor == pack_id) {
                r.error(ext->offset, "$.extends", "cycle: " + quote(parent_id) + " already extends " + quote(pack_id));
                return result;
            }
            const Pack* up = lookup(ancestor);
            if (up == nullptr) break;
            ancestor = up->extends;
        }
        pack = *parent;
        pack.extends = parent_id;
    }
    pack.id = pack_id;
    if (root.find("name") == nullptr) pack.name = pack_id;

    // Removals apply to the parent's lists before this document's entries are appended.
    if (const Value* x = root.find("remove")) {
        if (pack.extends.empty()) r.warning(x->offset, "$.remove", "\"remove\" has no effect without \"extends\"");
        read_removals(r, *x, "$.remove", pack);
    }
    for (const json::Member& m : root.members) {
        const std::string p = json::path_key("$", m.key);
        const Value& v = m.value;
        long long n = 0;
        if (m.key == "schema_version") {
            if (r.integer(v, p, 1, 1, n)) pack.schema_version = static_cast<int>(n);
        } else if (m.key == "name") {
            r.text(v, p, PackLimits::max_phrase_bytes, pack.name, false);
        } else if (m.key == "description") {
            r.text(v, p, PackLimits::max_text_bytes, pack.description);
        } else if (m.key == "locale") {
            std::string locale;
            if (r.text(v, p, 35, locale, false)) {
                if (is_locale(locale)) pack.locale = locale;
                else r.error(v.offset, p, "expected a locale such as \"en\" or \"en-GB\"");
            }
        } else if (m.key == "voice") {
            read_voice(r, v, p, pack.voice);
        } else if (m.key == "terminology") {
            read_terminology(r, v, p, pack);
        } else if (m.key == "banned_phrases") {
            read_phrase_list(r, v, p, pack.banned_phrases);
        } else if (m.key == "brand_names") {
            read_string_set(r, v, p, pack.brand_names, "brand name", nullptr);
        } else if (m.key == "link_domains") {
            read_string_set(r, v, p, pack.link_domains, "domain (lower case, e.g. \"example.com\")", is_domain);
        } else if (m.key == "templates") {
            read_templates(r, v, p, pack);
        } else if (m.key == "rules") {
            read_rules(r, v, p, pack);
        } else if (m.key == "channels") {
            read_channels(r, v, p, pack);
        }
    }
    if (!r.failed()) result.pack = std::move(pack);
    return result;
}

PackHeader read_pack_header(std::string_view text) {
    PackHeader header;
    if (text.size() > PackLimits::max_document_bytes) return header;
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.value || !parsed.value->is(Kind::object)) return header;
    if (const Value* id = parsed.value->find("id"); id && id->is(Kind::string)) header.id = id->string;
    if (const Value* ext = parsed.value->find("extends"); ext && ext->is(Kind::string)) header.extends = ext->string;
    return header;
}

}  // namespace replycheck
