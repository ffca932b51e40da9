#pragma once
#include <cstdint>

namespace helpbridge {

// Version of the feature contract: normalisation, evasion folding, segmentation,
// the feature templates and the hash. Any change to their output must bump it;
// a model whose manifest names another version refuses to load.
//   1: NFKC_CF + evasion folding; w:/b:/e:/n: word features, c: char 3-5-grams of
//      words, u1:/u2:/u3: char 1-3-grams of unspaced runs; FNV-1a 32 mod buckets;
//      each id once, in order of first occurrence.
//   2: as 1, and combining diacritics taken off Latin, Greek and Cyrillic
//      letters before evasion folding ("está" = "esta"; stacked marks dropped).
inline constexpr uint32_t kFeatureVersion = 2;

}  // namespace helpbridge
