#pragma once
#include <unicode/unistr.h>

namespace helpbridge {

// Takes the accents and other combining diacritics off letters ("está" ->
// "esta", "ñ" -> "n", "й" -> "и") and drops any such mark left standing, so
// that a word typed with or without its accents (phones, tweets) is one word,
// and marks stacked on letters ("Zalgo" text) no longer hide it. Only the
// combining-diacritics blocks are touched, the marks Latin, Greek and Cyrillic
// use: the vowel signs and points of other scripts are letters' parts there.
// Input must already be NFKC case-folded. Part of the feature contract: any
// change here needs a new kFeatureVersion.
icu::UnicodeString fold_diacritics(const icu::UnicodeString& casefolded);

}  // namespace helpbridge
