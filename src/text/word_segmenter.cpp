#include "text/word_segmenter.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <stdexcept>

namespace helpbridge {

namespace {

bool is_unspaced_script(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
    case USCRIPT_YI:
      return true;
    default:
      // The prolonged sound mark and iteration marks are Common but belong to the run.
      return c == 0x30FC || c == 0x3005 || c == 0x309D || c == 0x309E || c == 0x30FD || c == 0x30FE;
  }
}

bool is_emoji(UChar32 c) {
  // Extended_Pictographic also covers ©, ® and ™, which carry no meaning here.
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) && c > 0x2100;
}

std::string utf8_of(const icu::UnicodeString& text, int32_t start, int32_t end) {
  std::string out;
  text.tempSubStringBetween(start, end).toUTF8String(out);
  return out;
}

}  // namespace

WordSegmenter::WordSegmenter() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !words_) {
    throw std::runtime_error(std::string("ICU word break rules are unavailable: ") + u_errorName(status));
  }
}

std::vector<Token> WordSegmenter::segment(const icu::UnicodeString& text) {
  std::vector<Token> tokens;
  words_->setText(text);
  int32_t start = words_->first();
  int32_t unspaced_start = -1;  // start of the unspaced run being gathered
  int32_t unspaced_end = -1;

  const auto flush_unspaced = [&] {
    if (unspaced_start >= 0) tokens.push_back({utf8_of(text, unspaced_start, unspaced_end), TokenKind::kUnspaced});
    unspaced_start = -1;
  };

  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next()) {
    const int32_t status = words_->getRuleStatus();
    const UChar32 first = text.char32At(start);

    if (is_unspaced_script(first)) {
      if (unspaced_start < 0) unspaced_start = start;
      unspaced_end = end;
      continue;
    }
    flush_unspaced();

    if (status >= UBRK_WORD_LETTER) {
      tokens.push_back({utf8_of(text, start, end), TokenKind::kWord});
    } else if (status >= UBRK_WORD_NUMBER) {
      tokens.push_back({utf8_of(text, start, end), TokenKind::kNumber});
    } else {
      for (int32_t i = start; i < end;) {
        const UChar32 c = text.char32At(i);
        const int32_t next = i + U16_LENGTH(c);
        if (is_emoji(c)) tokens.push_back({utf8_of(text, i, next), TokenKind::kEmoji});
        i = next;
      }
    }
  }
  flush_unspaced();
  return tokens;
}

}  // namespace helpbridge
