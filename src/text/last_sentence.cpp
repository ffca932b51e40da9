#include "text/last_sentence.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "text/limits.h"

namespace helpbridge {

namespace {

bool is_line_break(UChar32 c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

// Ends a sentence wherever it stands: scripts that put no space after it.
bool is_closing_mark(UChar32 c) {
  return c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ || c == 0x061F /* ؟ */ ||
         c == 0x0964 /* । */ || c == 0x0965 /* ॥ */;
}

// Ends a sentence when no letter or digit follows at once ("3.5", "e.g." mid-word stay whole).
bool is_spaced_mark(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026 /* … */; }

bool is_letter_or_digit(UChar32 c) { return c >= 0 && u_isalnum(c); }

// How much a character says: a letter or digit 1, a character of the scripts
// that pack a word into one or two characters 3, anything else 0.
std::size_t weight(UChar32 c) {
  if (!is_letter_or_digit(c)) return 0;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
      return 3;
    default:
      return 1;
  }
}

bool is_space(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }

}  // namespace

std::string_view last_sentence(std::string_view utf8) {
  // Only the end counts, as everywhere in the pipeline (text/limits.h).
  int32_t begin = static_cast<int32_t>(utf8.size() > kMaxInputBytes ? utf8.size() - kMaxInputBytes : 0);
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t end = static_cast<int32_t>(utf8.size());
  while (begin < end && U8_IS_TRAIL(bytes[begin])) ++begin;

  // Walk back from the end, one code point at a time, summing the length said
  // after the current point, until a sentence start leaves enough behind it.
  std::size_t length = 0;
  int32_t within_max = end;  // the first point from which at most the maximum length is left
  std::size_t length_within_max = 0;
  UChar32 next = -1;         // the code point after the current one
  int32_t i = end;
  int32_t window = -1;
  while (i > begin) {
    const int32_t after = i;
    UChar32 c;
    U8_PREV(bytes, begin, i, c);
    const bool ends_sentence =
        is_line_break(c) || is_closing_mark(c) || (is_spaced_mark(c) && !is_letter_or_digit(next));
    if (ends_sentence && length >= kLastSentenceMinLength) {
      window = after;
      break;
    }
    length += weight(c);
    if (length <= kLastSentenceMaxLength) {
      within_max = i;
      length_within_max = length;
    }
    next = c;
  }
  if (window < 0) return {};  // one sentence, or all of it short: the whole message

  // Nothing said before it: the window would be the whole message.
  bool said_before = false;
  for (int32_t j = window; j > begin && !said_before;) {
    UChar32 c;
    U8_PREV(bytes, begin, j, c);
    said_before = weight(c) > 0;
  }
  if (!said_before) return {};

  int32_t start = window;
  if (length > kLastSentenceMaxLength) {
    // A long last sentence: keep its end, from the first space that leaves at
    // least the minimum after the cut at the maximum.
    start = within_max;
    std::size_t left = length_within_max;
    for (int32_t j = start; j < end;) {
      const int32_t at = j;
      UChar32 c;
      U8_NEXT(bytes, j, end, c);
      if (is_space(c)) {
        if (left >= kLastSentenceMinLength) start = at;
        break;
      }
      left -= weight(c);
    }
  }
  while (start < end) {
    int32_t j = start;
    UChar32 c;
    U8_NEXT(bytes, j, end, c);
    if (!is_space(c)) break;
    start = j;
  }
  if (start >= end) return {};
  return utf8.substr(static_cast<std::size_t>(start));
}

}  // namespace helpbridge
