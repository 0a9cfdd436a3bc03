// Grading a reply to a scenario.
//
//   grade  = round((check score + 100 * covered / key points) / 2)
//   passed = the check is ready (no error-level finding) and every key point is covered
//
// Why equal weight: the check score measures how the reply is written (tone, privacy, brand,
// length) and the key points measure what it says. A polite reply that forgets the new departure
// time is half a reply, and so is one that gives the time but leaks the customer's card number;
// averaging keeps both visible in one number a trainee can improve. Passing is stricter than any
// grade threshold because a social-care lead would not send either of those replies.
//
// Key points are matched with the engine's own phrase machinery: every phrase list of the set is
// compiled once into one CompiledPack (lists named below), and a reply is scanned once. `empathy`
// and `next_step` copy the grading pack's tone.empathy_missing and resolution.no_next_step lists
// into it, so a brand pack that adds a marker adds it here too. Unlike that check, `next_step`
// counts only those phrases, not a bare time or a question: a key point asks for an action.
#include "training/grading.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <span>

#include "pack/pack_registry.h"
#include "text/analysed_text.h"
#include "training/key_point_phrases.h"

namespace replycheck {
namespace {

// Names of the key-point phrase lists. Own phrases: "kp.<scenario>.<key point>"; ids cannot hold
// '.', so names never collide. The shared lists start with "default." or "pack.".
constexpr std::string_view kApologyList = "default.apology";
constexpr std::string_view kDmOfferList = "default.dm_offer";
constexpr std::string_view kEmpathyList = "pack.empathy";      // the grading pack's tone.empathy_missing
constexpr std::string_view kNextStepList = "pack.next_step";   // ... and resolution.no_next_step

std::string own_list(const Scenario& s, const KeyPoint& kp) { return "kp." + s.id + "." + kp.id; }

std::vector<PhraseEntry> entries_of(std::span<const std::string_view> phrases) {
    std::vector<PhraseEntry> out;
    for (std::string_view p : phrases) out.push_back({std::string(p), {}, {}});
    return out;
}

std::vector<PhraseEntry> entries_of(const std::vector<std::string>& phrases) {
    std::vector<PhraseEntry> out;
    for (const std::string& p : phrases) out.push_back({p, {}, {}});
    return out;
}

std::vector<PhraseEntry> pack_list(const Pack& pack, const char* rule) {
    const auto it = pack.rules.find(rule);
    return it == pack.rules.end() ? std::vector<PhraseEntry>{} : it->second.phrases;
}

// The key-point lists of `scenarios` as one pack in the grading pack's locale.
std::shared_ptr<const CompiledPack> compile_key_points(std::span<const Scenario> scenarios, const Pack& grading) {
    Pack lists;
    lists.id = "key-points";
    lists.locale = grading.locale;
    lists.rules[std::string(kApologyList)].phrases = entries_of(training::default_apology_phrases());
    lists.rules[std::string(kDmOfferList)].phrases = entries_of(training::default_dm_offer_phrases());
    lists.rules[std::string(kEmpathyList)].phrases = pack_list(grading, "tone.empathy_missing");
    lists.rules[std::string(kNextStepList)].phrases = pack_list(grading, "resolution.no_next_step");
    for (const Scenario& s : scenarios)
        for (const KeyPoint& kp : s.key_points)
            if (!kp.phrases.empty()) lists.rules[own_list(s, kp)].phrases = entries_of(kp.phrases);
    return CompiledPack::compile(std::move(lists));
}

bool has_finding(const CheckResult& result, std::string_view rule) {
    return std::any_of(result.findings.begin(), result.findings.end(), [&](const Finding& f) { return f.rule == rule; });
}

}  // namespace

struct Grader::Impl {
    std::shared_ptr<const CompiledPack> pack;
    std::shared_ptr<const CompiledPack> key_points;
    // What each own list was compiled from, so that a scenario edited since (or from another
    // set) is noticed and compiled on its own rather than graded against stale phrases.
    std::map<std::string, std::vector<std::string>, std::less<>> compiled_phrases;

    bool knows(const Scenario& s) const {
        for (const KeyPoint& kp : s.key_points) {
            if (kp.phrases.empty()) continue;
            const auto it = compiled_phrases.find(own_list(s, kp));
            if (it == compiled_phrases.end() || it->second != kp.phrases) return false;
        }
        return true;
    }
};

Grader::Grader(const ScenarioSet& set, std::shared_ptr<const CompiledPack> pack) {
    auto impl = std::make_shared<Impl>();
    impl->pack = pack ? std::move(pack) : builtin_pack();
    impl->key_points = compile_key_points(set.scenarios, impl->pack->pack());
    for (const Scenario& s : set.scenarios)
        for (const KeyPoint& kp : s.key_points)
            if (!kp.phrases.empty()) impl->compiled_phrases[own_list(s, kp)] = kp.phrases;
    impl_ = std::move(impl);
}

const CompiledPack& Grader::pack() const { return *impl_->pack; }

Grade Grader::grade(const Scenario& scenario, std::string_view reply) const {
    Grade g;
    CheckRequest request = scenario.request;
    request.draft = std::string(reply);
    g.check = check(request, *impl_->pack);

    std::shared_ptr<const CompiledPack> lists = impl_->key_points;
    if (!impl_->knows(scenario)) lists = compile_key_points({&scenario, 1}, impl_->pack->pack());

    std::optional<PhraseMatchSet> matches;
    std::optional<AnalysedText> text;
    if (g.check.ok()) {  // the check has vetted the reply (valid UTF-8, within limits)
        text.emplace(std::string(reply), impl_->pack->locale());
        matches = lists->match_phrases(*text);
    }
    auto first_match = [&](std::string_view list, KeyPointResult& out) {
        const int index = lists->list_index(list);
        if (index < 0 || matches->by_list[static_cast<std::size_t>(index)].empty()) return;
        const PhraseMatch& m = matches->by_list[static_cast<std::size_t>(index)].front();
        out.covered = true;
        out.start = m.start;
        out.end = m.end;
    };

    for (const KeyPoint& kp : scenario.key_points) {
        KeyPointResult r;
        r.id = kp.id;
        r.label = kp.label;
        if (g.check.ok()) {
            const std::string own = own_list(scenario, kp);
            switch (kp.kind) {
                case KeyPointKind::mentions: first_match(own, r); break;
                case KeyPointKind::apology: first_match(kp.phrases.empty() ? kApologyList : own, r); break;
                case KeyPointKind::dm_offer: first_match(kp.phrases.empty() ? kDmOfferList : own, r); break;
                case KeyPointKind::empathy: first_match(kEmpathyList, r); break;
                case KeyPointKind::next_step: first_match(kNextStepList, r); break;
                case KeyPointKind::uses_name:
                    r.covered = !has_finding(g.check, "personal.no_name") && !has_finding(g.check, "personal.wrong_name");
                    break;
                case KeyPointKind::avoids: r.covered = !has_finding(g.check, kp.rule); break;
            }
        }
        if (r.covered) ++g.covered;
        else r.hint = kp.hint;
        g.key_points.push_back(std::move(r));
    }

    if (!g.check.ok()) return g;  // a rejected reply (empty, too long) earns nothing
    const double coverage = g.key_points.empty() ? 1.0 : static_cast<double>(g.covered) / g.key_points.size();
    g.grade = static_cast<int>(std::lround((g.check.score + 100.0 * coverage) / 2.0));
    g.passed = g.check.ready && g.covered == g.key_points.size();
    return g;
}

ScenarioSetTestReport test_scenario_set(const ScenarioSet& set, const Grader& grader) {
    ScenarioSetTestReport report;
    for (const Scenario& s : set.scenarios) {
        for (std::size_t i = 0; i < s.model_answers.size(); ++i) {
            const std::string which = s.id + ": model answer " + std::to_string(i + 1);
            const Grade g = grader.grade(s, s.model_answers[i]);
            if (!g.check.ok()) {
                report.failures.push_back(which + " was rejected: " + g.check.error);
                continue;
            }
            const std::size_t before = report.failures.size();
            for (const Finding& f : g.check.findings)
                if (f.severity == Severity::error)
                    report.failures.push_back(which + " is not ready: " + f.rule + ": " + f.message);
            for (const KeyPointResult& kp : g.key_points)
                if (!kp.covered) report.failures.push_back(which + " misses \"" + kp.id + "\"");
            if (report.failures.size() == before) ++report.passed;
        }
    }
    return report;
}

}  // namespace replycheck
