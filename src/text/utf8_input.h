#pragma once
#include <string_view>
#include <unicode/unistr.h>

namespace helpbridge {

// Decodes untrusted bytes as UTF-8 into an ICU string. Invalid sequences become
// U+FFFD, NUL and other control characters become spaces, and only the last
// kMaxInputCodePoints code points are kept. Never fails.
icu::UnicodeString decode_untrusted_utf8(std::string_view bytes);

// The UTF-8 form of an ICU string.
std::string to_utf8(const icu::UnicodeString& text);

}  // namespace helpbridge
