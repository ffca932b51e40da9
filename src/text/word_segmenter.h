#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace helpbridge {

enum class TokenKind {
  kWord,      // letters of a spaced script (Latin, Cyrillic, Arabic, Hangul, Devanagari, ...)
  kNumber,    // digits
  kUnspaced,  // a run of a script written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar)
  kEmoji,     // one pictographic emoji
};

struct Token {
  std::string_view text;  // UTF-8, valid until the next segment() call
  TokenKind kind;
};

// Splits normalised text into tokens with ICU's rule-based word BreakIterator.
// Runs of unspaced scripts are kept whole (the featurizer reads them as
// character n-grams), so the result does not depend on ICU's CJK or Thai
// dictionaries, which the wasm build leaves out. Not thread-safe: one per thread.
class WordSegmenter {
 public:
  WordSegmenter();
  // The tokens refer to a buffer the segmenter owns, until the next call.
  const std::vector<Token>& segment(const icu::UnicodeString& normalized);

 private:
  void segment_spaced(const char16_t* units, int32_t length, std::size_t utf8_start);

  std::unique_ptr<icu::BreakIterator> words_;
  icu::UnicodeString span_;  // aliases the part of the text being broken
  std::string utf8_;
  std::vector<Token> tokens_;
};

}  // namespace helpbridge
