#include "text/word_segmenter.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace helpbridge {

namespace {

bool is_unspaced_script(UChar32 c) {
  if (c < 0x0E00) return false;  // below Thai, every script is written with spaces
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


}  // namespace

WordSegmenter::WordSegmenter() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !words_) {
    throw std::runtime_error(std::string("ICU word break rules are unavailable: ") + u_errorName(status));
  }
}

const std::vector<Token>& WordSegmenter::segment(const icu::UnicodeString& text) {
  tokens_.clear();
  utf8_.clear();
  text.toUTF8String(utf8_);
  const char16_t* units = text.getBuffer();
  const int32_t length = text.length();

  // Unspaced-script runs become tokens directly; only the spans between them
  // go through the BreakIterator. That keeps ICU's dictionary machinery (absent
  // from the wasm data, and slow to give up on) out of the way entirely.
  int32_t u16 = 0;
  std::size_t u8 = 0;
  while (u16 < length) {
    const int32_t span_start = u16;
    const std::size_t span_start_u8 = u8;
    UChar32 c;
    U16_GET(units, 0, u16, length, c);
    const bool unspaced = is_unspaced_script(c);
    while (u16 < length) {
      U16_GET(units, 0, u16, length, c);
      if (is_unspaced_script(c) != unspaced) break;
      u16 += U16_LENGTH(c);
      u8 += static_cast<std::size_t>(U8_LENGTH(c));
    }
    if (unspaced) {
      tokens_.push_back({std::string_view(utf8_).substr(span_start_u8, u8 - span_start_u8), TokenKind::kUnspaced});
    } else {
      segment_spaced(units + span_start, u16 - span_start, span_start_u8);
    }
  }
  return tokens_;
}

void WordSegmenter::segment_spaced(const char16_t* units, int32_t length, std::size_t utf8_start) {
  span_.setTo(false, units, length);  // a read-only alias, no copy
  words_->setText(span_);

  // Boundaries come in UTF-16 indices and increase; walk a UTF-8 offset along.
  int32_t u16 = 0;
  std::size_t u8 = utf8_start;
  const auto utf8_offset = [&](int32_t target) {
    while (u16 < target) {
      UChar32 c;
      U16_NEXT(units, u16, target, c);
      u8 += static_cast<std::size_t>(U8_LENGTH(c));
    }
    return u8;
  };
  const auto slice = [&](std::size_t from, std::size_t to) { return std::string_view(utf8_).substr(from, to - from); };

  int32_t start = words_->first();
  std::size_t start_u8 = utf8_start;
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next()) {
    const std::size_t end_u8 = utf8_offset(end);
    const int32_t status = words_->getRuleStatus();
    if (status >= UBRK_WORD_LETTER) {
      tokens_.push_back({slice(start_u8, end_u8), TokenKind::kWord});
    } else if (status >= UBRK_WORD_NUMBER) {
      tokens_.push_back({slice(start_u8, end_u8), TokenKind::kNumber});
    } else {
      std::size_t at = start_u8;
      for (int32_t i = start; i < end;) {
        UChar32 c;
        U16_NEXT(units, i, end, c);
        const std::size_t width = static_cast<std::size_t>(U8_LENGTH(c));
        if (is_emoji(c)) tokens_.push_back({slice(at, at + width), TokenKind::kEmoji});
        at += width;
      }
    }
    start_u8 = end_u8;
  }
}

}  // namespace helpbridge
