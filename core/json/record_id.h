#pragma once
// The "id" of a JSON Lines record (a batch request, a graded answer), echoed as JSON text in the
// line written back for it, so that results can be matched to their inputs.
#include <string>

#include "json/document_reader.h"
#include "json/json_tree.h"

namespace replycheck {

// Sets `id_json` from `root`'s "id" when it is a string, a number or null (absent: "null") and
// returns true; reports anything else (an array or object would be echoed unbounded).
bool read_record_id(DocumentReader& r, const json::Value& root, std::string& id_json);

}  // namespace replycheck
