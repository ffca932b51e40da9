#pragma once
#include <unicode/unistr.h>

namespace helpbridge {

// Folds the ways people disguise words so that the classifier sees the word.
// Input must already be NFKC case-folded. Part of the feature contract: any
// change here needs a new kFeatureVersion.
icu::UnicodeString fold_evasions(const icu::UnicodeString& casefolded);

}  // namespace helpbridge
