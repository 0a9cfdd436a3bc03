#pragma once
// NFC of a UTF-16 text with a way back to the original's offsets. twitter-text searches the NFC
// form, while ReplyCheck reports spans in the original, so both the X count and the URL entities
// need the map.
#include <cstddef>
#include <string>
#include <vector>

namespace replycheck {

// NFC of the whole equals the concatenation of NFC of pieces cut where a normalisation boundary
// lies, so each piece's start is an exact correspondence.
struct NfcText {
    std::u16string text;
    struct Piece {
        std::size_t normalised_start;
        std::size_t original_start;
    };
    std::vector<Piece> pieces;  // empty: the text was already NFC

    // The original offset of the piece holding NFC offset `offset`.
    std::size_t to_original(std::size_t offset) const;
};

NfcText to_nfc(std::u16string original);

}  // namespace replycheck
