#include "json/record_id.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace replycheck {

bool read_record_id(DocumentReader& r, const json::Value& root, std::string& id_json) {
    id_json = "null";
    const json::Value* id = root.find("id");
    if (id == nullptr || id->is(json::Kind::null)) return true;
    if (id->is(json::Kind::string)) {
        // Strings are valid UTF-8 by now (the parser checks); `replace` keeps dump() from throwing.
        id_json = nlohmann::json(id->string).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return true;
    }
    if (id->is(json::Kind::number)) {
        if (id->integral && std::fabs(id->number) < 9.0e15) id_json = std::to_string(static_cast<long long>(id->number));
        else id_json = nlohmann::json(id->number).dump();
        return true;
    }
    r.error(id->offset, "$.id", "expected a string or a number, got " + std::string(json::kind_name(id->kind)));
    return false;
}

}  // namespace replycheck
