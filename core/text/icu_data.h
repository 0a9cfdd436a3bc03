#pragma once
namespace replycheck {
// Makes ICU's data available before first use. A no-op where ICU finds its own data (native
// builds); where the build embeds a filtered data package (wasm), it registers that package once.
void ensure_icu_data();
}  // namespace replycheck
