#pragma once
// The row shape of the generated table of embedded locale files (core/CMakeLists.txt).
namespace replycheck {

struct LocaleFileRow {
    const char* locale;
    const char* name;
    const unsigned char* bytes;
    const unsigned long* size;
};

// Ends with a row whose locale is null.
extern const LocaleFileRow kLocaleFiles[];

}  // namespace replycheck
