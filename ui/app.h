#pragma once
// The Dear ImGui app: what the agent sees. It shows and edits state and asks core/ for every
// judgement; it never decides itself what is wrong with a reply.
#include <cstddef>
#include <map>
#include <string>

namespace replycheck::ui {

struct DraftStats {
    std::size_t words = 0;
    std::size_t sentences = 0;
    std::size_t characters = 0;  // grapheme clusters
    std::string folded;          // NFKC_Casefold, as the checks see the text
};

// Where a widget was drawn, in CSS pixels; published for tests and integrations.
struct WidgetRect {
    float x = 0, y = 0, w = 0, h = 0;
};

struct AppState {
    std::string draft;
    DraftStats stats;
    std::size_t analyses = 0;  // how many times the core has been asked; the browser test reads it
    std::map<std::string, WidgetRect> widgets;
};

// Re-reads the draft through the core (core/text).
void analyse_draft(AppState& state);

// Draws one frame of the whole app into the current ImGui context.
void draw_app(AppState& state);

}  // namespace replycheck::ui
