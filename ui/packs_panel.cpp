// Brand packs: switch, import (file picker or drop), export. A pack that fails to load leaves the
// active one in place and lists its problems with line:column and JSON path.
#include <imgui.h>

#include "panels.h"

namespace replycheck::ui {

void draw_packs_panel(AppState& state) {
    if (!ImGui::CollapsingHeader("Brand pack", ImGuiTreeNodeFlags_DefaultOpen)) return;
    const Pack& active = state.pack->pack();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##pack", active.name.empty() ? active.id.c_str() : active.name.c_str())) {
        for (const std::string& id : state.packs.ids()) {
            const auto pack = state.packs.find(id);
            const std::string label = (pack->pack().name.empty() ? id : pack->pack().name) + "##" + id;
            if (ImGui::Selectable(label.c_str(), id == state.pack_id)) switch_pack(state, id);
        }
        ImGui::EndCombo();
    }
    remember_item(state, "pack_combo");
    if (ImGui::Button("Import pack…") && state.pick_json_file) state.pick_json_file();
    remember_item(state, "import_pack_button");
    ImGui::SameLine();
    if (ImGui::Button("Export") && state.save_file) state.save_file(state.pack_id + ".json", pack_json(state, state.pack_id));
    remember_item(state, "export_pack_button");
    ImGui::SameLine();
    ImGui::TextDisabled("or drop a .json file");

    if (state.pack_errors.empty()) return;
    wrapped_problem(state.pack_errors_file + " was not loaded; still using \"" + state.pack_id + "\":");
    constexpr std::size_t kShown = 8;
    for (std::size_t i = 0; i < state.pack_errors.size() && i < kShown; ++i) wrapped_problem(state.pack_errors[i]);
    if (state.pack_errors.size() > kShown) ImGui::TextDisabled("and %zu more", state.pack_errors.size() - kShown);
    if (ImGui::SmallButton("Dismiss")) state.pack_errors.clear();
}

}  // namespace replycheck::ui
