#include "text/diacritic_folding.h"

#include <unicode/normalizer2.h>

namespace helpbridge {

namespace {

// The combining-diacritics blocks (all in the BMP).
bool is_diacritic_mark(char16_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

// Where precomposed letters with such marks live: Latin-1 Supplement to
// Cyrillic, Latin Extended Additional and Greek Extended (all in the BMP).
bool may_carry_diacritics(char16_t c) { return (c >= 0x00C0 && c <= 0x04FF) || (c >= 0x1E00 && c <= 0x1FFF); }

const icu::Normalizer2* canonical_decomposition() {
  // NFC/NFD data is compiled into ICU's common library, not the data file.
  static const icu::Normalizer2* nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  return nfd;
}

}  // namespace

icu::UnicodeString fold_diacritics(const icu::UnicodeString& casefolded) {
  const char16_t* units = casefolded.getBuffer();
  const int32_t length = casefolded.length();
  int32_t first = 0;  // most text (ASCII, CJK, ...) has nothing to fold: return it as is
  while (first < length && !is_diacritic_mark(units[first]) && !may_carry_diacritics(units[first])) ++first;
  const icu::Normalizer2* nfd = canonical_decomposition();
  if (first == length || nfd == nullptr) return casefolded;

  icu::UnicodeString folded(casefolded, 0, first);
  icu::UnicodeString decomposed;
  for (int32_t i = first; i < length; ++i) {
    const char16_t c = units[i];  // surrogates are in neither range, so code units will do
    if (is_diacritic_mark(c)) continue;
    if (may_carry_diacritics(c) && nfd->getDecomposition(c, decomposed)) {
      for (int32_t j = 0; j < decomposed.length(); ++j) {
        if (!is_diacritic_mark(decomposed[j])) folded.append(decomposed[j]);
      }
    } else {
      folded.append(c);
    }
  }
  return folded;
}

}  // namespace helpbridge
