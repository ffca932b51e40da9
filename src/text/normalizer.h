#pragma once
#include <string_view>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace helpbridge {

// Turns untrusted text into the canonical form the features are computed from:
//   1. decode UTF-8 (invalid bytes -> U+FFFD), keep the most recent part
//   2. drop invisible and format characters (zero-width, bidi controls, soft
//      hyphens, variation selectors, tags): they only ever hide words
//   3. NFKC case folding (full-width, ligatures, compatibility forms, case)
//   4. take combining diacritics off Latin, Greek and Cyrillic letters
//      ("está" -> "esta") and drop stacked marks ("Zalgo" text)
//   5. fold evasions inside each space-delimited run: Cyrillic/Greek look-alikes
//      in Latin words, leetspeak digits and symbols, stretched letters
//      ("diiiie" -> "die"), separated letters ("d.i.e"), and spaced-out letters
//      across runs ("k i l l" -> "kill")
// Deterministic and total: any input gives a result, never an error.
class TextNormalizer {
 public:
  // Fails only if ICU's normalisation data is missing (a build error).
  static const TextNormalizer& instance();

  icu::UnicodeString normalize(std::string_view utf8) const;
  std::string normalize_to_utf8(std::string_view utf8) const;

 private:
  explicit TextNormalizer(const icu::Normalizer2* nfkc_casefold);
  const icu::Normalizer2* nfkc_casefold_;
};

}  // namespace helpbridge
