#pragma once
// The light and dark themes: ImGui's style and the colours that carry a meaning (severity,
// pass or fail, the customer's mood, text past the channel's limit, the charts). Panels take
// every colour from here, by what it means, and never write one themselves.
#include <imgui.h>

#include "check/check.h"

namespace replycheck::ui {

struct Palette {
    // Findings, by severity: marks in the editor, bars and headings in the findings list.
    ImVec4 error;
    ImVec4 warning;
    ImVec4 suggestion;
    // Outcomes: ready to post, valid, passed, a key point covered, a good example, a happy customer...
    ImVec4 good;
    // ...and not ready, not valid, failed, missed, a bad example, an upset customer, over the limit.
    ImVec4 bad;
    ImVec4 overflow;  // the shade over the part of a reply that runs past the channel's limit
    ImVec4 muted;     // secondary text: reasons, notes, a neutral mood
    // The session report's charts.
    ImVec4 chart_line;  // grades over attempts
    ImVec4 chart_bars;  // findings per rule
    ImVec4 chart_grid;

    const ImVec4& severity(Severity s) const;
};

// Sets ImGui's style and the palette for the light or the dark theme.
void apply_theme(bool dark);
// The palette of the theme applied last.
const Palette& palette();

// A severity's colour for the draw list, at `alpha` of its opacity.
ImU32 severity_colour(Severity severity, float alpha = 1.0f);

}  // namespace replycheck::ui
