#include "text/invisible_characters.h"

#include <unicode/uchar.h>

namespace helpbridge {

namespace {

bool is_invisible(UChar32 c) {
  // Below U+00AD (soft hyphen) nothing is default-ignorable or a format character.
  return c >= 0xAD && (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) || u_charType(c) == U_FORMAT_CHAR);
}

}  // namespace

icu::UnicodeString remove_invisible_characters(const icu::UnicodeString& text) {
  int32_t first = 0;  // most text has none: find the first before copying anything
  while (first < text.length() && !is_invisible(text.char32At(first))) first += U16_LENGTH(text.char32At(first));
  if (first >= text.length()) return text;

  icu::UnicodeString out(text, 0, first);
  for (int32_t i = first; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (!is_invisible(c)) out.append(c);
  }
  return out;
}

}  // namespace helpbridge
