#include "text/utf8_input.h"

#include "text/limits.h"


namespace helpbridge {

namespace {

// Skips UTF-8 continuation bytes so that a cut into a long input starts at the
// beginning of a character rather than inside one.
std::string_view recent_bytes(std::string_view bytes) {
  if (bytes.size() <= kMaxInputBytes) return bytes;
  std::size_t start = bytes.size() - kMaxInputBytes;
  int skipped = 0;
  while (start < bytes.size() && skipped < 3 &&
         (static_cast<unsigned char>(bytes[start]) & 0xC0) == 0x80) {
    ++start;
    ++skipped;
  }
  return bytes.substr(start);
}

}  // namespace

icu::UnicodeString decode_untrusted_utf8(std::string_view bytes) {
  bytes = recent_bytes(bytes);
  // fromUTF8 replaces every ill-formed sequence with U+FFFD.
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));

  const int32_t code_points = text.countChar32();
  if (code_points > static_cast<int32_t>(kMaxInputCodePoints)) {
    const int32_t drop = text.moveIndex32(0, code_points - static_cast<int32_t>(kMaxInputCodePoints));
    text.remove(0, drop);
  }

  // Control characters (NUL, tabs, escapes) only separate words: make them spaces.
  // They are all single UTF-16 units, so this is done in place, and only
  // written when there is one.
  const char16_t* units = text.getBuffer();
  for (int32_t i = 0; i < text.length(); ++i) {
    const char16_t unit = units[i];
    if (unit < 0x20 || (unit >= 0x7F && unit <= 0x9F)) {
      text.setCharAt(i, u' ');
      units = text.getBuffer();
    }
  }
  return text;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace helpbridge
