#include "i18n/display_text.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace helpbridge::i18n {

const char* display_text_problem(std::string_view text, std::size_t max_bytes, bool allow_angle_brackets) {
  if (text.empty()) return "is empty";
  if (text.size() > max_bytes) return "is too long";
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return "is not valid UTF-8";
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return "contains a control character (a newline, a tab...)";
    if (c >= 0x202A && c <= 0x202E) return "contains a bidi embedding or override (U+202A-U+202E)";
    if (!allow_angle_brackets && (c == '<' || c == '>')) return "contains markup (< or >)";
  }
  return nullptr;
}

}  // namespace helpbridge::i18n
