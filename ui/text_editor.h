#pragma once
// A multiline text box that wraps words at its width, for the draft. ImGui 1.90's
// InputTextMultiline cannot wrap, so this is its own widget, built the same way (an Inputable
// item with a child window for scrolling) and drawn with the same style colours. It edits the
// caller's std::string directly and has no undo: the app keeps the draft's history itself.
#include <imgui.h>

#include <cstddef>
#include <functional>
#include <string>

#include "text_layout.h"

namespace replycheck::ui {

// Kept by the caller from frame to frame.
struct TextEditorState {
    TextPos caret;
    std::size_t anchor = 0;  // the other end of the selection; equal to caret.offset when none
    float column_x = -1.0f;  // the x Up/Down aim for while moving through shorter rows; < 0 when unset
    TextLayout layout;       // the text's visual rows as last drawn
    float line_height = 0.0f;

    // The selection is [selection_start(), selection_end()).
    std::size_t selection_start() const { return caret.offset < anchor ? caret.offset : anchor; }
    std::size_t selection_end() const { return caret.offset < anchor ? anchor : caret.offset; }
    bool has_selection() const { return caret.offset != anchor; }
    // Selects [start, end) with the caret at end, for the next frame; offsets are clamped.
    void select(std::size_t start, std::size_t end);
    // Makes the box active (for typing) when it is next drawn, keeping the caret and selection.
    void activate() { activate_request = true; }

    // Internal.
    bool activate_request = false;
    bool scroll_to_caret = false;
    bool mouse_selecting = false;  // a drag that started in the box is selecting text
    std::size_t drag_word_start = 0, drag_word_end = 0;  // the word a double-click drag grows from
    bool words_drag = false;
    bool active_before_scrollbar = false;  // re-activated after its scrollbar was dragged
    double caret_moved_at = 0.0;           // for io.ConfigInputTextCursorBlink
    std::string layout_locale;             // whose rules placed the breaks in `layout`
    // Where the text an input method is composing was drawn this frame (screen coordinates).
    bool composing = false;
    ImVec2 composition_min, composition_max;
};

// The text an input method is composing (the platform's compositionupdate), shown inline and
// underlined in the active editor until it is committed as typed text; empty when none.
void set_input_composition(std::string text);
const std::string& input_composition();

// Where the text was drawn this frame, for marks under spans of it (drawn below the text).
struct TextCanvas {
    ImDrawList* draw_list;
    const TextLayout& layout;
    ImVec2 origin;  // the top-left of the first row on screen, scroll applied
    float line_height;
    // While an input method composes, `layout` holds its text too: `inserted` bytes at `insert_at`,
    // which offsets into the stored text step over.
    std::size_t insert_at = static_cast<std::size_t>(-1);
    std::size_t inserted = 0;

    // The top-left of the row box at `offset` (at a soft wrap: the start of the next row).
    ImVec2 point(std::size_t offset) const;
    // Calls draw(min, max) once for each row that [start, end) covers, with the row's box
    // around that part; spaces left hanging at a soft wrap are not included.
    void for_each_row(std::size_t start, std::size_t end, const std::function<void(ImVec2, ImVec2)>& draw) const;
};

// Returns true when the text changed. `locale` picks ICU's rules for where characters and rows
// break (the pack's locale); `size` is as for ImGui::InputTextMultiline.
bool TextEditor(const char* label, std::string& text, TextEditorState& state, const char* locale, const ImVec2& size,
                const std::function<void(const TextCanvas&)>& draw_marks = {});

}  // namespace replycheck::ui
