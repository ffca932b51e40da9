#pragma once
#include <memory>
#include <string>
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
  std::string text;  // UTF-8
  TokenKind kind;
};

// Splits normalised text into tokens with ICU's rule-based word BreakIterator.
// Runs of unspaced scripts are kept whole (the featurizer reads them as
// character n-grams), so the result does not depend on ICU's CJK or Thai
// dictionaries, which the wasm build leaves out. Not thread-safe: one per thread.
class WordSegmenter {
 public:
  WordSegmenter();
  std::vector<Token> segment(const icu::UnicodeString& normalized);

 private:
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace helpbridge
