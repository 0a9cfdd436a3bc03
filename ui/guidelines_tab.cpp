// The guidelines explorer: every rule of the active pack with the reason behind it and its good
// and bad examples, plus the pack's voice and brand lists. Searchable; this is what a trainer
// puts on screen in a session.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cctype>

#include "panels.h"

namespace replycheck::ui {
namespace {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Case-insensitive for ASCII, exact otherwise: enough to find "apolog" or "tone." quickly.
struct Filter {
    std::string needle;
    bool empty() const { return needle.empty(); }
    bool hit(std::string_view text) const { return needle.empty() || ascii_lower(text).find(needle) != std::string::npos; }
};

bool example_hits(const Filter& filter, const std::vector<RuleExample>& examples) {
    return std::any_of(examples.begin(), examples.end(),
                       [&](const RuleExample& e) { return filter.hit(e.request.draft) || filter.hit(e.note); });
}

void draw_examples(AppState& state, const char* label, const ImVec4& colour, const std::vector<RuleExample>& examples,
                   int& shown) {
    int index = 0;
    for (const RuleExample& e : examples) {
        ImGui::PushID(index++);
        ImGui::TextColored(colour, "%s", label);
        ImGui::SameLine();
        wrapped_text(e.request.draft);
        ImGui::Indent();
        if (!e.request.customer_post.empty()) wrapped_note("Replying to: " + e.request.customer_post);
        if (!e.note.empty()) wrapped_note(e.note);
        if (ImGui::SmallButton("Try in the editor")) open_example(state, e);
        remember_item(state, "try_example_" + std::to_string(shown++));
        ImGui::SetItemTooltip("Opens this example on the Reply tab with its context (Ctrl+Z there brings back your "
                              "reply and its context)");
        ImGui::Unindent();
        ImGui::PopID();
    }
}

// The phrases a rule flags: its own list, or for the brand rules the pack's lists they read.
bool phrases_hit(const Filter& filter, const Pack& pack, std::string_view rule, const RuleSpec* spec) {
    if (filter.empty()) return false;
    if (spec != nullptr && std::any_of(spec->phrases.begin(), spec->phrases.end(),
                                       [&](const PhraseEntry& p) { return filter.hit(p.match) || filter.hit(p.replacement); }))
        return true;
    if (rule == "brand.banned_phrase")
        return std::any_of(pack.banned_phrases.begin(), pack.banned_phrases.end(),
                           [&](const PhraseEntry& p) { return filter.hit(p.match) || filter.hit(p.replacement); });
    if (rule == "brand.terminology")
        return std::any_of(pack.terminology.begin(), pack.terminology.end(),
                           [&](const TermEntry& t) { return filter.hit(t.avoid) || filter.hit(t.prefer); });
    if (rule == "brand.capitalization")
        return std::any_of(pack.brand_names.begin(), pack.brand_names.end(), [&](const std::string& n) { return filter.hit(n); });
    return false;
}

void draw_rule(AppState& state, const RuleInfo& info, const RuleSettings& settings, const Filter& filter, int& examples_shown) {
    const std::string rule(info.id);
    const RuleSpec* spec = settings.spec;
    const bool enabled = settings.enabled;
    const Severity severity = settings.severity;
    const std::string why = spec != nullptr ? spec->why : std::string();
    const std::string title = spec != nullptr ? spec->title : std::string();
    const bool examples_hit = spec != nullptr && (example_hits(filter, spec->good) || example_hits(filter, spec->bad));
    if (!filter.hit(rule) && !filter.hit(title) && !filter.hit(why) && !examples_hit &&
        !phrases_hit(filter, state.pack->pack(), rule, spec))
        return;

    ImGui::PushID(rule.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(severity_colour(severity, enabled ? 1.0f : 0.35f)));
    ImGui::TextUnformatted("\u2022");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted((title.empty() ? rule : title).c_str());
    ImGui::SameLine();
    const std::string level = enabled ? std::string(to_string(severity)) : "off in this pack";
    ImGui::TextDisabled("%s", (title.empty() ? level : rule + "  \u00b7  " + level).c_str());
    remember_item(state, "rule_" + rule);
    ImGui::Indent();
    if (!why.empty()) wrapped_text(why);
    if (spec != nullptr && (!spec->good.empty() || !spec->bad.empty())) {
        const std::string label = "Examples: " + std::to_string(spec->good.size()) + " good, " +
                                  std::to_string(spec->bad.size()) + " bad";
        ImGui::SetNextItemOpen(!filter.empty() && examples_hit, filter.empty() ? ImGuiCond_Once : ImGuiCond_Always);
        if (ImGui::TreeNode(label.c_str())) {
            draw_examples(state, "Good:", palette().good, spec->good, examples_shown);
            draw_examples(state, "Bad:", palette().bad, spec->bad, examples_shown);
            ImGui::TreePop();
        }
    }
    if (spec != nullptr && !spec->phrases.empty()) {
        if (ImGui::TreeNode(("Phrases (" + std::to_string(spec->phrases.size()) + ")").c_str())) {
            for (const PhraseEntry& p : spec->phrases)
                wrapped_text(p.replacement.empty() ? p.match : p.match + "  \u2192  " + p.replacement);
            ImGui::TreePop();
        }
    }
    ImGui::Unindent();
    ImGui::Spacing();
    ImGui::PopID();
}

void draw_brand_lists(const Pack& pack, const Filter& filter) {
    const Voice& v = pack.voice;
    if (filter.empty()) {
        ImGui::SeparatorText("Voice");
        ImGui::Text("Formality: %s  \u00b7  contractions: %s  \u00b7  emoji: %s  \u00b7  at most %d exclamation mark%s",
                    v.formality.c_str(), v.contractions.c_str(), v.emoji.c_str(), v.max_exclamations,
                    v.max_exclamations == 1 ? "" : "s");
        if (!v.signoff.empty()) ImGui::Text("Sign-off: %s", v.signoff.c_str());
    }
    bool header = false;
    const auto section = [&](const char* title) {
        if (header) return;
        ImGui::SeparatorText(title);
        header = true;
    };
    for (const TermEntry& t : pack.terminology) {
        if (!filter.hit(t.avoid) && !filter.hit(t.prefer) && !filter.hit(t.reason)) continue;
        section("Terminology");
        wrapped_text(t.avoid + "  \u2192  " + t.prefer + (t.reason.empty() ? "" : "   (" + t.reason + ")"));
    }
    header = false;
    for (const PhraseEntry& p : pack.banned_phrases) {
        if (!filter.hit(p.match) && !filter.hit(p.reason)) continue;
        section("Banned phrases");
        wrapped_text("\u201c" + p.match + "\u201d" + (p.replacement.empty() ? "" : "  \u2192  " + p.replacement) +
                     (p.reason.empty() ? "" : "   (" + p.reason + ")"));
    }
    header = false;
    std::string names;
    for (const std::string& n : pack.brand_names)
        if (filter.hit(n)) names += (names.empty() ? "" : ", ") + n;
    if (!names.empty()) {
        section("Brand names");
        wrapped_text(names);
    }
}

}  // namespace

void draw_guidelines_tab(AppState& state) {
    const Pack& pack = state.pack->pack();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Pack: %s", pack.name.empty() ? pack.id.c_str() : pack.name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("(switch packs on the Reply tab)");
    ImGui::SameLine();
    const float search_width = std::min(360.0f, ImGui::GetContentRegionAvail().x);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - search_width);
    ImGui::SetNextItemWidth(search_width);
    ImGui::InputTextWithHint("##guideline_search", "Search rules, reasons, examples", &state.trainer.guideline_filter);
    remember_item(state, "guideline_search");
    const Filter filter{ascii_lower(state.trainer.guideline_filter)};

    ImGui::BeginChild("##guidelines", ImVec2(0, 0), ImGuiChildFlags_Border);
    if (!pack.description.empty() && filter.empty()) wrapped_note(pack.description);
    int examples_shown = 0;
    for (std::size_t k = 0; k < kRuleCount; ++k) draw_rule(state, kRules[k], state.pack->rule(k), filter, examples_shown);
    draw_brand_lists(pack, filter);
    ImGui::EndChild();
}

}  // namespace replycheck::ui
