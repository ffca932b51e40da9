#include "text/invisible_characters.h"

#include <unicode/uniset.h>
#include <unicode/utf16.h>

#include <stdexcept>
#include <string>

namespace helpbridge {

namespace {

// Default-ignorable code points and format characters, as a frozen set (fast
// lookups). Nothing below U+00AD (soft hyphen) is in it.
const icu::UnicodeSet& invisible_set() {
  static const icu::UnicodeSet* set = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto* built = new icu::UnicodeSet(u"[[:Default_Ignorable_Code_Point:][:Cf:]]", status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU property data unavailable: ") + u_errorName(status));
    built->freeze();
    return built;
  }();
  return *set;
}

}  // namespace

icu::UnicodeString remove_invisible_characters(icu::UnicodeString text) {
  const icu::UnicodeSet& invisible = invisible_set();
  const char16_t* units = text.getBuffer();
  const int32_t length = text.length();
  int32_t first = 0;  // most text has none: find the first before copying anything
  for (int32_t next = 0; first < length; first = next) {
    UChar32 c;
    U16_NEXT(units, next, length, c);
    if (c >= 0xAD && invisible.contains(c)) break;
  }
  if (first >= length) return text;

  icu::UnicodeString out(text, 0, first);
  for (int32_t i = first; i < length;) {
    UChar32 c;
    U16_NEXT(units, i, length, c);
    if (c < 0xAD || !invisible.contains(c)) out.append(c);
  }
  return out;
}

}  // namespace helpbridge
