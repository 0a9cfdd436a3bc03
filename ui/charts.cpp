#include "charts.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>

#include "theme.h"

namespace replycheck::ui {

void line_chart(const char* id, const std::vector<ChartPoint>& points, ImVec2 size) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    if (size.x <= 0) size.x = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton(id, size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float axis_width = ImGui::CalcTextSize("100").x + style.ItemSpacing.x;
    const ImVec2 plot_min(top_left.x + axis_width, top_left.y + ImGui::GetFontSize() * 0.5f);
    const ImVec2 plot_max(top_left.x + size.x - style.ItemSpacing.x, top_left.y + size.y - ImGui::GetFontSize() * 1.5f);
    const ImU32 grid = ImGui::GetColorU32(palette().chart_grid);
    const ImU32 text = ImGui::GetColorU32(palette().muted);
    for (const int mark : {0, 50, 100}) {
        const float y = plot_max.y - (plot_max.y - plot_min.y) * static_cast<float>(mark) / 100.0f;
        draw->AddLine(ImVec2(plot_min.x, y), ImVec2(plot_max.x, y), grid);
        char label[8];
        std::snprintf(label, sizeof label, "%d", mark);
        draw->AddText(ImVec2(top_left.x + axis_width - style.ItemSpacing.x - ImGui::CalcTextSize(label).x,
                             y - ImGui::GetFontSize() * 0.5f),
                      text, label);
    }
    if (points.empty()) return;
    const float step = points.size() > 1 ? (plot_max.x - plot_min.x) / static_cast<float>(points.size() - 1) : 0.0f;
    const auto at = [&](std::size_t i) {
        const float x = points.size() > 1 ? plot_min.x + step * static_cast<float>(i) : (plot_min.x + plot_max.x) * 0.5f;
        const float v = std::clamp(points[i].value, 0.0f, 100.0f);
        return ImVec2(x, plot_max.y - (plot_max.y - plot_min.y) * v / 100.0f);
    };
    const ImU32 line = ImGui::GetColorU32(palette().chart_line);
    for (std::size_t i = 1; i < points.size(); ++i) draw->AddLine(at(i - 1), at(i), line, 2.0f);
    const float radius = std::max(3.0f, ImGui::GetFontSize() * 0.22f);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const ImVec2 p = at(i);
        draw->AddCircleFilled(p, radius, points[i].colour);
        if (ImGui::IsItemHovered() && ImLengthSqr(ImVec2(mouse.x - p.x, mouse.y - p.y)) < radius * radius * 9 &&
            !points[i].tooltip.empty())
            ImGui::SetTooltip("%s", points[i].tooltip.c_str());
    }
    // Attempt numbers under the first and last points; the rest would crowd on long sessions.
    char first[16], last[16];
    std::snprintf(first, sizeof first, "1");
    std::snprintf(last, sizeof last, "%zu", points.size());
    draw->AddText(ImVec2(at(0).x - ImGui::CalcTextSize(first).x * 0.5f, plot_max.y + 2), text, first);
    if (points.size() > 1)
        draw->AddText(ImVec2(at(points.size() - 1).x - ImGui::CalcTextSize(last).x, plot_max.y + 2), text, last);
}

void bar_chart(const char* id, const std::vector<ChartBar>& bars, ImU32 colour) {
    ImGui::PushID(id);
    float label_width = 0, top = 0;
    for (const ChartBar& b : bars) {
        label_width = std::max(label_width, ImGui::CalcTextSize(b.label.c_str()).x);
        top = std::max(top, b.value);
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float full = ImGui::GetContentRegionAvail().x;
    label_width = std::min(label_width, full * 0.45f);
    const float value_width = ImGui::CalcTextSize("0000").x;
    const float bar_room = std::max(10.0f, full - label_width - value_width - style.ItemSpacing.x * 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const ChartBar& b = bars[i];
        const ImVec2 row = ImGui::GetCursorScreenPos();
        const float height = ImGui::GetTextLineHeight();
        ImGui::PushID(static_cast<int>(i));
        ImGui::InvisibleButton("##bar", ImVec2(full, height));
        if (ImGui::IsItemHovered() && !b.tooltip.empty()) ImGui::SetTooltip("%s", b.tooltip.c_str());
        ImGui::PopID();
        draw->PushClipRect(row, ImVec2(row.x + label_width, row.y + height), true);
        draw->AddText(row, text, b.label.c_str());
        draw->PopClipRect();
        const float x = row.x + label_width + style.ItemSpacing.x;
        const float length = top > 0 ? bar_room * b.value / top : 0;
        draw->AddRectFilled(ImVec2(x, row.y + height * 0.15f), ImVec2(x + std::max(length, 1.0f), row.y + height * 0.85f),
                            colour, 2.0f);
        char value[16];
        std::snprintf(value, sizeof value, "%g", b.value);
        draw->AddText(ImVec2(x + length + style.ItemSpacing.x * 0.5f, row.y), text, value);
    }
    ImGui::PopID();
}

}  // namespace replycheck::ui
