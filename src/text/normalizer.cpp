#include "text/normalizer.h"

#include "text/diacritic_folding.h"
#include "text/evasion_folding.h"
#include "text/invisible_characters.h"
#include "text/utf8_input.h"

#include <stdexcept>

namespace helpbridge {

const TextNormalizer& TextNormalizer::instance() {
  static const TextNormalizer normalizer = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || nfkc_cf == nullptr) {
      throw std::runtime_error(std::string("ICU NFKC_Casefold data is unavailable: ") + u_errorName(status));
    }
    return TextNormalizer(nfkc_cf);
  }();
  return normalizer;
}

TextNormalizer::TextNormalizer(const icu::Normalizer2* nfkc_casefold) : nfkc_casefold_(nfkc_casefold) {}

icu::UnicodeString TextNormalizer::normalize(std::string_view utf8) const {
  const icu::UnicodeString visible = remove_invisible_characters(decode_untrusted_utf8(utf8));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_casefold_->normalize(visible, status);
  if (U_FAILURE(status)) folded = visible;  // only on allocation failure; keep going unfolded
  return fold_evasions(fold_diacritics(folded));
}

std::string TextNormalizer::normalize_to_utf8(std::string_view utf8) const { return to_utf8(normalize(utf8)); }

}  // namespace helpbridge
