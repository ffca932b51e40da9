#include "text/last_sentence.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <vector>

#include "text/limits.h"

namespace helpbridge {

namespace {

struct CodePoint {
  std::size_t offset;  // byte offset in the text
  UChar32 value;       // negative for an invalid sequence
};

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
  std::size_t begin = utf8.size() > kMaxInputBytes ? utf8.size() - kMaxInputBytes : 0;
  while (begin < utf8.size() && (static_cast<unsigned char>(utf8[begin]) & 0xC0) == 0x80) ++begin;

  std::vector<CodePoint> points;
  points.reserve(utf8.size() - begin);
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = static_cast<int32_t>(begin); i < length;) {
    const std::size_t offset = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    points.push_back({offset, c});
  }

  // Where each sentence starts, as an index into points.
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < points.size(); ++i) {
    const UChar32 c = points[i].value;
    const bool next_is_word = i + 1 < points.size() && is_letter_or_digit(points[i + 1].value);
    if (is_line_break(c) || is_closing_mark(c) || (is_spaced_mark(c) && !next_is_word)) {
      if (i + 1 < points.size() && starts.back() != i + 1) starts.push_back(i + 1);
    }
  }

  // length_after[i]: the length (see weight) from point i to the end.
  std::vector<std::size_t> length_after(points.size() + 1, 0);
  for (std::size_t i = points.size(); i-- > 0;) length_after[i] = length_after[i + 1] + weight(points[i].value);

  std::size_t sentence = starts.size() - 1;
  while (sentence > 0 && length_after[starts[sentence]] < kLastSentenceMinLength) --sentence;
  // Nothing said before it: the window would be the whole message.
  if (sentence == 0 || length_after[starts[sentence]] == length_after[0]) return {};

  std::size_t start = starts[sentence];
  if (length_after[start] > kLastSentenceMaxLength) {
    // A long last sentence: keep its end, from the first space that leaves at most the limit.
    while (start < points.size() && length_after[start] > kLastSentenceMaxLength) ++start;
    std::size_t space = start;
    while (space < points.size() && !is_space(points[space].value)) ++space;
    if (space < points.size() && length_after[space] >= kLastSentenceMinLength) start = space;
  }
  while (start < points.size() && is_space(points[start].value)) ++start;
  if (start >= points.size()) return {};
  return utf8.substr(points[start].offset);
}

}  // namespace helpbridge
