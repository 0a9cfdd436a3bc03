#pragma once
// Builds a CheckContext by hand so one check can be tested alone: a request, a pack and the
// post's signals in, findings of that check out.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "check/check.h"
#include "engine/checker.h"
#include "checks/checks.h"
#include "pack/compiled_pack.h"
#include "pack/pack_registry.h"
#include "sentiment/sentiment.h"

namespace replycheck::testing {

struct CheckFixture {
    CheckRequest request;
    Pack pack;
    ChannelSpec channel{"x", "X", 280, LengthCounting::x_weighted, Visibility::public_reply, true};
    std::optional<Visibility> visibility;  // unset: the channel's default
    std::optional<PostSignals> signals;    // unset: scored from the post

    CheckFixture() { pack.id = "test"; }

    // The shipped default pack's lists and voice, for tests that a check stays quiet on good
    // replies with the phrases agents will really run it with.
    void use_default_pack() {
        pack = builtin_pack()->pack();
        pack.id = "test";
    }

    // Adds a phrase to `rule`'s list.
    void phrase(const std::string& rule, const std::string& match, const std::string& replacement = "") {
        pack.rules[rule].phrases.push_back({match, replacement, ""});
    }

    Findings run(CheckFn check) {
        AnalysedText draft(request.draft, "en");
        AnalysedText post(request.customer_post, "en");
        const PostSignals computed = signals ? *signals : read_post(post, "en");
        const auto compiled = CompiledPack::compile(pack);
        CheckContext ctx{request, draft, post, compiled->pack(), *compiled, channel,
                         visibility.value_or(request.visibility.value_or(channel.default_visibility)),
                         computed};
        ctx.rule = rule_of_check(check);
        EXPECT_LT(ctx.rule, kRuleCount) << "not a registered check";
        Findings out;
        check(ctx, out);
        // As the engine does: each finding carries its rule and the pack's severity.
        for (Finding& f : out) {
            f.rule = std::string(kRules[ctx.rule].id);
            f.severity = compiled->rule(ctx.rule).severity_of(f.certainty);
        }
        return out;
    }
};

inline std::string apply(const std::string& text, const Suggestion& s) {
    return text.substr(0, s.start) + s.text + text.substr(s.end);
}

// The text a finding points at.
inline std::string span(const std::string& text, const Finding& f) { return text.substr(f.start, f.end - f.start); }

// Runs one check over `draft` with the shipped default pack.
inline Findings run_with_default_pack(CheckFn check, const std::string& draft,
                                      std::optional<Visibility> visibility = {}) {
    CheckFixture fx;
    fx.use_default_pack();
    fx.request.draft = draft;
    fx.visibility = visibility;
    return fx.run(check);
}

}  // namespace replycheck::testing
