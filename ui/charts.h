#pragma once
// Two small charts for the session report, drawn with ImGui's draw list: ImGui's PlotLines has no
// axes or per-point colours, and a bar chart needs labels.
#include <imgui.h>

#include <string>
#include <vector>

namespace replycheck::ui {

struct ChartPoint {
    float value = 0;  // 0..100
    ImU32 colour = 0;
    std::string tooltip;
};

// Points joined by a line on a 0..100 scale, with grid lines at 0, 50 and 100.
void line_chart(const char* id, const std::vector<ChartPoint>& points, ImVec2 size);

struct ChartBar {
    std::string label;
    float value = 0;
    std::string tooltip;
};

// Horizontal bars, longest first as given, each labelled with its name and value.
void bar_chart(const char* id, const std::vector<ChartBar>& bars, ImU32 colour);

}  // namespace replycheck::ui
