// Any bytes as a batch request line and as a draft: parsing, validation, every check and JSON
// output must neither crash nor hang. The first byte picks the channel so channel code is reached.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/checker.h"
#include "engine/json_io.h"
#include "engine/text_report.h"
#include "pack/pack_registry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace replycheck;
    static const auto pack = builtin_pack();
    if (size == 0 || !pack) return 0;
    static const char* const channels[] = {"x", "x_dm", "facebook", "instagram", "linkedin", "threads"};
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);

    const ParsedRequest parsed = request_from_json(text);
    if (parsed.ok()) (void)result_to_json(check(parsed.request, *pack), parsed.request, parsed.id_json);

    CheckRequest request;
    request.draft = text;
    request.customer_post = text.substr(0, text.size() / 2);
    request.customer_name = "Sam";
    request.channel = channels[data[0] % 6];
    request.visibility = (data[0] & 0x80) ? Visibility::public_reply : Visibility::private_reply;
    const CheckResult result = check(request, *pack);
    (void)result_to_json(result, request);
    (void)render_text_report(result, request);
    return 0;
}
