// ImVec2 arithmetic, as in ImGui's own widgets.
#define IMGUI_DEFINE_MATH_OPERATORS
#include "text_editor.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "text/analysed_text.h"
#include "text/line_breaks.h"

namespace replycheck::ui {
namespace {

// Rows get some leading over the font size: replies are paragraphs, and the finding underlines
// need room between one row's descenders and the next row's capitals.
float row_height() { return IM_TRUNC(ImGui::GetFontSize() * 1.25f); }

// Where the text may break comes from core's ICU analysis. Frames redraw the same text far more
// often than it changes, so the breaks of the last layout are kept while text and locale hold.
TextBreaks text_breaks(const std::string& text, const char* locale, const TextEditorState& state) {
    if (state.layout.text() == text && state.layout_locale == locale) return state.layout.breaks();
    return TextBreaks{grapheme_boundaries(text, locale), line_breaks(text, locale)};
}

TextLayout layout_text(const std::string& text, const char* locale, const TextEditorState& state, float wrap_width) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    // The same advances ImFont::RenderText adds up; it skips '\r'.
    return TextLayout(text, text_breaks(text, locale, state), wrap_width, [font, scale](char32_t c) {
        return c == '\r' ? 0.0f : font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
    });
}

// Typed or pasted text as the editor keeps it: valid UTF-8, '\n' line breaks, tabs as spaces,
// no other control characters.
void append_char(std::string& out, unsigned int c) {
    if (c == '\t') c = ' ';
    if ((c < 0x20 && c != '\n') || c == 0x7F) return;
    if (c >= 0xE000 && c <= 0xF8FF) return;  // private use: some platforms send special keys as these
    char utf8[5];
    out += ImTextCharToUtf8(utf8, c);
}

std::string clean_paste(const char* text) {
    std::string out;
    for (const char* s = text; *s != 0;) {
        unsigned int c = 0;
        s += ImTextCharFromUtf8(&c, s, nullptr);
        if (c == '\r' && *s == '\n') continue;
        append_char(out, c == '\r' ? '\n' : c);
    }
    return out;
}

std::string& composition_text() {
    static std::string text;
    return text;
}

}  // namespace

void set_input_composition(std::string text) { composition_text() = std::move(text); }

const std::string& input_composition() { return composition_text(); }

void TextEditorState::select(std::size_t start, std::size_t end) {
    anchor = start;
    caret = TextPos{end, false};
    column_x = -1.0f;
    scroll_to_caret = true;
}

ImVec2 TextCanvas::point(std::size_t offset) const {
    if (offset >= insert_at) offset += inserted;
    const int row = layout.line_of(TextPos{offset, false});
    return ImVec2(origin.x + layout.x_of(offset, row), origin.y + row * line_height);
}

void TextCanvas::for_each_row(std::size_t start, std::size_t end,
                              const std::function<void(ImVec2, ImVec2)>& draw) const {
    if (start >= insert_at) start += inserted;
    if (end > insert_at) end += inserted;
    end = std::min(end, layout.text().size());
    start = std::min(start, end);
    const int first = layout.line_of(TextPos{start, false});
    const int last = layout.line_of(TextPos{end, true});
    for (int row = first; row <= last; ++row) {
        const VisualLine& line = layout.lines()[row];
        const std::size_t a = std::max(start, line.begin);
        const std::size_t b = std::min(end, line.soft ? layout.line_end(row).offset : line.end);
        if (a > b || (a == b && start != end)) continue;
        const float y = origin.y + row * line_height;
        for (const auto& [x0, x1] : layout.spans(a, b, row))
            draw(ImVec2(origin.x + x0, y), ImVec2(origin.x + std::max(x1, x0 + 4.0f), y + line_height));
    }
}

bool TextEditor(const char* label, std::string& text, TextEditorState& state, const char* locale, const ImVec2& size,
                const std::function<void(const TextCanvas&)>& draw_marks) {
    using namespace ImGui;
    ImGuiWindow* window = GetCurrentWindow();
    if (window->SkipItems) return false;
    ImGuiContext& g = *GImGui;
    ImGuiIO& io = g.IO;
    const ImGuiStyle& style = g.Style;

    // The same structure as InputTextMultiline: an Inputable item in the parent window (tab
    // stops, focus, ID) and a child window for scrolling (wheel, scrollbar).
    BeginGroup();
    const ImGuiID id = window->GetID(label);
    const ImVec2 frame_size = CalcItemSize(size, CalcItemWidth(), g.FontSize * 8.0f + style.FramePadding.y * 2.0f);
    const ImRect frame_bb(window->DC.CursorPos, window->DC.CursorPos + frame_size);
    const ImVec2 backup_pos = window->DC.CursorPos;
    ItemSize(frame_bb, style.FramePadding.y);
    if (!ItemAdd(frame_bb, id, &frame_bb, ImGuiItemFlags_Inputable)) {
        EndGroup();
        return false;
    }
    const ImGuiLastItemData item_data = g.LastItemData;
    window->DC.CursorPos = backup_pos;

    // BeginChild would otherwise re-activate through the child's own nav item while we are active.
    const ImGuiID backup_activate_id = g.NavActivateId;
    if (g.ActiveId == id) g.NavActivateId = 0;
    PushStyleColor(ImGuiCol_ChildBg, style.Colors[ImGuiCol_FrameBg]);
    PushStyleVar(ImGuiStyleVar_ChildRounding, style.FrameRounding);
    PushStyleVar(ImGuiStyleVar_ChildBorderSize, style.FrameBorderSize);
    PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const bool visible = BeginChildEx(label, id, frame_bb.GetSize(), ImGuiChildFlags_Border, ImGuiWindowFlags_NoMove);
    g.NavActivateId = backup_activate_id;
    PopStyleVar(3);
    PopStyleColor();
    if (!visible) {
        EndChild();
        EndGroup();
        return false;
    }
    ImGuiWindow* child = g.CurrentWindow;
    child->DC.NavLayersActiveMaskNext |= (1 << child->DC.NavLayerCurrent);

    const bool hovered = ItemHoverable(frame_bb, id, item_data.InFlags);
    if (hovered) g.MouseCursor = ImGuiMouseCursor_TextInput;

    // The scrollbar's width is always kept free, so text does not reflow when it appears.
    const ImVec2 padding = style.FramePadding;
    const float wrap_width = std::max(1.0f, frame_size.x - padding.x * 2.0f - style.ScrollbarSize);
    const float line_height = row_height();
    const float text_dy = IM_TRUNC((line_height - g.FontSize) * 0.5f);

    // The text may have been replaced from outside since the last frame (undo, a suggestion).
    TextLayout layout = layout_text(text, locale, state, wrap_width);
    state.caret.offset = layout.snap_to_char(state.caret.offset);
    state.anchor = layout.snap_to_char(state.anchor);

    // Activation, as InputText: a click, Tab or keyboard navigation, a request from the app, or
    // the end of a scrollbar drag that started while typing.
    const ImGuiID scrollbar_id = GetWindowScrollbarID(child, ImGuiAxis_Y);
    const bool nav_activated = g.ActiveId != id && g.NavActivateId == id &&
                               ((g.NavActivateFlags & ImGuiActivateFlags_PreferInput) || g.NavInputSource == ImGuiInputSource_Keyboard);
    const bool clicked = hovered && io.MouseClicked[0];
    const bool scroll_finished = g.ActiveId == 0 && g.ActiveIdPreviousFrame == scrollbar_id && state.active_before_scrollbar;
    const bool activating = g.ActiveId != id && (clicked || nav_activated || scroll_finished || state.activate_request);
    state.activate_request = false;
    if (activating) {
        SetActiveID(id, window);
        SetFocusID(id, window);
        FocusWindow(window);
        state.caret_moved_at = g.Time;
    } else if (g.ActiveId == id && io.MouseClicked[0] && !clicked) {
        ClearActiveID();  // a click elsewhere
    }

    bool changed = false;
    bool caret_moved = false;
    const auto move_caret = [&](TextPos to, bool extend) {
        state.caret = to;
        if (!extend) state.anchor = to.offset;
        state.column_x = -1.0f;
        caret_moved = true;
    };
    const auto replace_selection = [&](const std::string& with) {
        const std::size_t start = state.selection_start();
        text.replace(start, state.selection_end() - start, with);
        move_caret(TextPos{start + with.size(), false}, false);
        layout = layout_text(text, locale, state, wrap_width);
        changed = true;
    };
    const auto delete_range = [&](std::size_t from, std::size_t to) {
        state.anchor = from;
        state.caret = TextPos{to, false};
        replace_selection(std::string());
    };

    if (g.ActiveId == id) {
        if (clicked) SetKeyOwner(ImGuiKey_MouseLeft, id);
        g.ActiveIdUsingNavDirMask |= (1 << ImGuiDir_Left) | (1 << ImGuiDir_Right) | (1 << ImGuiDir_Up) | (1 << ImGuiDir_Down);
        SetKeyOwner(ImGuiKey_Home, id);
        SetKeyOwner(ImGuiKey_End, id);
        SetKeyOwner(ImGuiKey_PageUp, id);
        SetKeyOwner(ImGuiKey_PageDown, id);
        g.ActiveIdAllowOverlap = !io.MouseDown[0];  // other widgets still hover while we are active

        // Mouse: click places the caret, Shift+click extends, double-click takes a word,
        // triple-click the paragraph, dragging selects (by words after a double-click).
        const ImVec2 origin(child->Pos.x + padding.x, child->Pos.y + padding.y - child->Scroll.y);
        const TextPos mouse = layout.at_point(io.MousePos.x - origin.x, io.MousePos.y - origin.y, line_height);
        if (clicked) {
            const int clicks = io.MouseClickedCount[0];
            state.words_drag = false;
            if (clicks >= 3) {
                const auto [start, end] = paragraph_at(text, mouse.offset);
                state.anchor = start;
                state.caret = TextPos{end, false};
            } else if (clicks == 2) {
                const auto [start, end] = layout.word_at(mouse.offset);
                state.anchor = state.drag_word_start = start;
                state.caret = TextPos{end, false};
                state.drag_word_end = end;
                state.words_drag = true;
            } else {
                state.caret = mouse;
                if (!io.KeyShift) state.anchor = mouse.offset;
            }
            state.column_x = -1.0f;
            state.mouse_selecting = true;
            state.caret_moved_at = g.Time;
        } else if (state.mouse_selecting && io.MouseDown[0] && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
            if (state.words_drag) {
                const auto [start, end] = layout.word_at(mouse.offset);
                const bool backwards = start < state.drag_word_start;
                state.anchor = backwards ? state.drag_word_end : state.drag_word_start;
                state.caret = TextPos{backwards ? start : std::max(end, state.drag_word_end), false};
            } else {
                state.caret = mouse;
            }
            state.column_x = -1.0f;
            caret_moved = true;
        }
        if (!io.MouseDown[0]) state.mouse_selecting = false;

        // Text from the page's hidden textarea (typing, dead keys, IME, emoji). Ctrl+letter is a
        // shortcut, not text, except AltGr (Ctrl+Alt) on some keyboards.
        const bool ignore_chars = (io.KeyCtrl && !io.KeyAlt) || (io.ConfigMacOSXBehaviors && io.KeySuper);
        if (io.InputQueueCharacters.Size > 0) {
            if (!ignore_chars && !nav_activated) {
                std::string typed;
                for (const ImWchar c : io.InputQueueCharacters) append_char(typed, c);
                if (!typed.empty()) replace_selection(typed);
            }
            io.InputQueueCharacters.resize(0);
        }
    }

    if (g.ActiveId == id && !g.ActiveIdIsJustActivated) {
        const bool shift = io.KeyShift;
        const bool mac = io.ConfigMacOSXBehaviors;
        const bool word_key = mac ? io.KeyAlt : io.KeyCtrl;
        const bool command = (io.KeyCtrl || io.KeySuper) && !io.KeyAlt;
        // Alt+arrows belong to the app (stepping through findings).
        const bool arrows = !io.KeyAlt || mac;
        const int page_rows = std::max(1, static_cast<int>((frame_size.y - padding.y * 2.0f) / line_height) - 1);
        const auto move_rows = [&](int rows) {
            const float column = state.column_x >= 0.0f ? state.column_x
                                                        : layout.x_of(state.caret.offset, layout.line_of(state.caret));
            move_caret(layout.move_lines(state.caret, rows, column), shift);
            state.column_x = column;
        };

        if (arrows && IsKeyPressed(ImGuiKey_LeftArrow)) {
            if (state.has_selection() && !shift) move_caret(TextPos{state.selection_start(), false}, false);
            else move_caret(TextPos{word_key ? layout.prev_word(state.caret.offset) : layout.prev_char(state.caret.offset)}, shift);
        } else if (arrows && IsKeyPressed(ImGuiKey_RightArrow)) {
            if (state.has_selection() && !shift) move_caret(TextPos{state.selection_end(), false}, false);
            else move_caret(TextPos{word_key ? layout.next_word(state.caret.offset) : layout.next_char(state.caret.offset)}, shift);
        } else if (arrows && IsKeyPressed(ImGuiKey_UpArrow)) {
            if (io.KeyCtrl) SetScrollY(child, std::max(child->Scroll.y - line_height, 0.0f));
            else move_rows(-1);
        } else if (arrows && IsKeyPressed(ImGuiKey_DownArrow)) {
            if (io.KeyCtrl) SetScrollY(child, std::min(child->Scroll.y + line_height, child->ScrollMax.y));
            else move_rows(+1);
        } else if (IsKeyPressed(ImGuiKey_PageUp)) {
            move_rows(-page_rows);
        } else if (IsKeyPressed(ImGuiKey_PageDown)) {
            move_rows(+page_rows);
        } else if (IsKeyPressed(ImGuiKey_Home)) {
            move_caret(io.KeyCtrl ? TextPos{0} : layout.line_home(layout.line_of(state.caret)), shift);
        } else if (IsKeyPressed(ImGuiKey_End)) {
            move_caret(io.KeyCtrl ? TextPos{text.size()} : layout.line_end(layout.line_of(state.caret)), shift);
        } else if (IsKeyPressed(ImGuiKey_Backspace)) {
            if (state.has_selection()) replace_selection(std::string());
            else delete_range(word_key ? layout.prev_word(state.caret.offset) : layout.prev_char(state.caret.offset), state.caret.offset);
        } else if (IsKeyPressed(ImGuiKey_Delete) && shift && !command) {
            if (state.has_selection()) {  // Shift+Delete cuts
                SetClipboardText(text.substr(state.selection_start(), state.selection_end() - state.selection_start()).c_str());
                replace_selection(std::string());
            }
        } else if (IsKeyPressed(ImGuiKey_Delete)) {
            if (state.has_selection()) replace_selection(std::string());
            else delete_range(state.caret.offset, word_key ? layout.next_word(state.caret.offset) : layout.next_char(state.caret.offset));
        } else if ((IsKeyPressed(ImGuiKey_Enter) || IsKeyPressed(ImGuiKey_KeypadEnter)) && !io.KeyCtrl && !io.KeySuper &&
                   !io.KeyAlt) {
            replace_selection("\n");  // Ctrl+Enter and Alt+Enter are the app's (copy, apply a fix)
        } else if (IsKeyPressed(ImGuiKey_Escape)) {
            ClearActiveID();
        } else if (command && IsKeyPressed(ImGuiKey_A, false)) {
            state.anchor = 0;
            state.caret = TextPos{text.size(), false};
            state.column_x = -1.0f;
        } else if (command && (IsKeyPressed(ImGuiKey_C, false) || IsKeyPressed(ImGuiKey_X, false) ||
                               (io.KeyCtrl && IsKeyPressed(ImGuiKey_Insert, false)))) {
            if (state.has_selection()) {
                SetClipboardText(text.substr(state.selection_start(), state.selection_end() - state.selection_start()).c_str());
                if (IsKeyPressed(ImGuiKey_X, false)) replace_selection(std::string());
            }
        } else if ((command && IsKeyPressed(ImGuiKey_V)) || (shift && IsKeyPressed(ImGuiKey_Insert))) {
            // In the browser the text comes from the page's paste event (wasm/web_input.cpp).
            if (const char* clipboard = GetClipboardText()) {
                const std::string pasted = clean_paste(clipboard);
                if (!pasted.empty()) replace_selection(pasted);
            }
        }
        // Ctrl+Z and Ctrl+Y are left to the app, which keeps the draft's history.
    }
    if (caret_moved) {
        state.scroll_to_caret = true;
        state.caret_moved_at = g.Time;
    }

    // Keep the caret in view after it moved, as InputText does.
    const int caret_row = layout.line_of(state.caret);
    const float content_height = layout.line_count() * line_height + padding.y * 2.0f;
    if (state.scroll_to_caret) {
        float scroll = child->Scroll.y;
        const float row_top = caret_row * line_height;  // content y, padding excluded
        if (row_top < scroll) scroll = row_top;
        else if (row_top + line_height + padding.y * 2.0f > scroll + frame_size.y)
            scroll = row_top + line_height + padding.y * 2.0f - frame_size.y;
        child->Scroll.y = std::clamp(scroll, 0.0f, std::max(0.0f, content_height - frame_size.y));
        state.scroll_to_caret = false;
    }

    // While an input method composes, its text is drawn at the caret, underlined, from a layout
    // of the text with it inserted; the stored text changes only when it is committed.
    const bool active = g.ActiveId == id;
    const std::string& composition = input_composition();
    state.composing = active && !composition.empty();
    TextLayout composed;
    const std::size_t insert_at = state.caret.offset;
    if (state.composing) {
        std::string with = text;
        with.insert(insert_at, composition);
        composed = layout_text(with, locale, TextEditorState{}, wrap_width);
    }
    const TextLayout& shown = state.composing ? composed : layout;
    const std::size_t shown_caret = state.composing ? insert_at + composition.size() : state.caret.offset;
    const int shown_caret_row = state.composing ? shown.line_of(TextPos{shown_caret, false}) : caret_row;

    // Draw: selection, the caller's marks, text, caret. Only rows in view.
    const ImVec2 origin = ImTrunc(ImVec2(child->Pos.x + padding.x, child->Pos.y + padding.y - child->Scroll.y));
    ImDrawList* draw = child->DrawList;
    const auto& lines = shown.lines();
    const int first_row = std::max(0, static_cast<int>((child->Scroll.y - padding.y) / line_height));
    const int last_row = std::min(shown.line_count() - 1, static_cast<int>((child->Scroll.y + frame_size.y) / line_height));

    if (active && state.has_selection() && !state.composing) {
        const std::size_t start = state.selection_start(), end = state.selection_end();
        const float newline_width = IM_TRUNC(g.Font->GetCharAdvance(' ') * (g.FontSize / g.Font->FontSize) * 0.5f);
        const ImU32 colour = GetColorU32(ImGuiCol_TextSelectedBg);
        for (int row = first_row; row <= last_row; ++row) {
            const VisualLine& line = lines[row];
            const bool takes_newline = !line.soft && line.end < text.size() && start <= line.end && end > line.end;
            const std::size_t a = std::max(start, line.begin), b = std::min(end, line.end);
            if (a > b || (a == b && !takes_newline)) continue;
            const float y = origin.y + row * line_height;
            for (const auto& [x0, x1] : layout.spans(a, b, row))
                draw->AddRectFilled(ImVec2(origin.x + x0, y), ImVec2(origin.x + x1, y + line_height), colour);
            if (takes_newline) {
                const float x = layout.line_x(row) + layout.line_width(row);
                draw->AddRectFilled(ImVec2(origin.x + x, y), ImVec2(origin.x + x + newline_width, y + line_height), colour);
            }
        }
    }
    if (draw_marks) {
        TextCanvas canvas{draw, shown, origin, line_height};
        if (state.composing) {
            canvas.insert_at = insert_at;
            canvas.inserted = composition.size();
        }
        draw_marks(canvas);
    }
    const ImU32 text_colour = GetColorU32(ImGuiCol_Text);
    for (int row = first_row; row <= last_row; ++row) {
        const VisualLine& line = lines[row];
        if (line.end <= line.begin) continue;
        const ImVec2 at(origin.x, origin.y + row * line_height + text_dy);
        if (shown.draws_as_stored(row)) {
            draw->AddText(g.Font, g.FontSize, ImVec2(at.x + shown.line_x(row), at.y), text_colour,
                          shown.text().data() + line.begin, shown.text().data() + line.end);
        } else {
            const std::string visual = shown.visual_text(row);
            draw->AddText(g.Font, g.FontSize, ImVec2(at.x + shown.line_x(row), at.y), text_colour, visual.data(),
                          visual.data() + visual.size());
        }
    }
    if (state.composing) {
        // The composing text underlined, as browsers show it.
        const TextCanvas canvas{draw, shown, origin, line_height};
        bool first = true;
        canvas.for_each_row(insert_at, insert_at + composition.size(), [&](ImVec2 a, ImVec2 b) {
            draw->AddLine(ImVec2(a.x, b.y - 2.0f), ImVec2(b.x, b.y - 2.0f), text_colour, 1.0f);
            state.composition_min = first ? a : ImMin(state.composition_min, a);
            state.composition_max = first ? b : ImMax(state.composition_max, b);
            first = false;
        });
    }
    if (active) {
        const bool blink_on = !io.ConfigInputTextCursorBlink || std::fmod(g.Time - state.caret_moved_at, 1.2) <= 0.8;
        // Spaces hanging past the edge can push the caret out; keep it inside the box.
        const float x = ImTrunc(origin.x + std::min(shown.x_of(shown_caret, shown_caret_row), wrap_width + padding.x));
        const float y = origin.y + shown_caret_row * line_height;
        if (blink_on) draw->AddLine(ImVec2(x, y + 1.0f), ImVec2(x, y + line_height - 1.0f), text_colour);
        // The browser's IME window opens at the caret.
        g.PlatformImeData.WantVisible = true;
        g.PlatformImeData.InputPos = ImVec2(x - 1.0f, y);
        g.PlatformImeData.InputLineHeight = line_height;
    }
    state.line_height = line_height;

    // Content size for the child's scrolling, then close it as InputTextMultiline does.
    child->DC.CursorPos += padding;
    Dummy(ImVec2(wrap_width, content_height - padding.y));
    g.NextItemData.ItemFlags |= ImGuiItemFlags_Inputable | ImGuiItemFlags_NoTabStop;
    EndChild();
    ImGuiLastItemData last_item = item_data;
    last_item.StatusFlags |= (g.LastItemData.StatusFlags & ImGuiItemStatusFlags_HoveredWindow);
    EndGroup();
    if (g.LastItemData.ID == 0) {
        g.LastItemData.ID = id;
        g.LastItemData.InFlags = last_item.InFlags;
        g.LastItemData.StatusFlags = last_item.StatusFlags;
    }

    state.layout = std::move(layout);
    state.layout_locale = locale;
    state.active_before_scrollbar = g.ActiveId == scrollbar_id && (state.active_before_scrollbar || g.ActiveIdPreviousFrame == id);
    if (g.ActiveId == id) g.WantTextInputNextFrame = 1;
    if (changed) MarkItemEdited(id);
    return changed;
}

}  // namespace replycheck::ui
