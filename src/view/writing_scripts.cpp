#include "view/writing_scripts.h"

#include <algorithm>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace helpbridge::view {

namespace {

// The script of a letter, or USCRIPT_INVALID_CODE for anything else (Common and
// Inherited cover digits, punctuation and combining marks).
int letter_script(UChar32 c) {
  if (c < 0 || !u_isalpha(c)) return USCRIPT_INVALID_CODE;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN) {
    return USCRIPT_INVALID_CODE;
  }
  return script;
}

// Calls visit(script) for each letter until it returns false. Invalid UTF-8
// decodes as negative code points, which are skipped.
template <typename Visit>
void for_each_letter_script(std::string_view utf8, Visit&& visit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(std::min<std::size_t>(utf8.size(), INT32_MAX));
  int32_t at = 0;
  while (at < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, at, length, c);
    const int script = letter_script(c);
    if (script != USCRIPT_INVALID_CODE && !visit(script)) return;
  }
}

}  // namespace

WritingScripts::WritingScripts(std::string_view utf8) {
  for_each_letter_script(utf8, [this](int script) {
    if (std::find(scripts_.begin(), scripts_.end(), script) == scripts_.end()) scripts_.push_back(script);
    return true;
  });
}

bool WritingScripts::starts_in(std::string_view utf8) const {
  bool found = false;
  for_each_letter_script(utf8, [&](int script) {
    found = std::find(scripts_.begin(), scripts_.end(), script) != scripts_.end();
    return false;  // only the first letter counts
  });
  return found;
}

}  // namespace helpbridge::view
