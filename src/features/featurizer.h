#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/word_segmenter.h"

namespace helpbridge {

// Turns text into the model's input: the set of hashed feature ids in
// [0, buckets), each once, in the order the text gives them. The single source of truth for features: training (through the
// native helpbridge-featurize tool) and serving (wasm) run this same code.
//
// Templates, each hashed as FNV-1a("<prefix>:<content>") mod buckets:
//   w:<word>  n:<number>  e:<emoji>    one per token
//   b:<prev> <word>                     adjacent word/emoji pairs
//   c:<n-gram>                          character 3..5-grams of "<word>" (fastText style)
//   u1:/u2:/u3:<n-gram>                 character 1..3-grams of unspaced-script runs
class Featurizer {
 public:
  // buckets: the size of the model's hashed vocabulary (from its manifest), > 0.
  explicit Featurizer(uint32_t buckets);

  uint32_t buckets() const { return buckets_; }

  // The distinct feature ids of untrusted UTF-8, in order of first occurrence.
  std::vector<uint32_t> featurize(std::string_view utf8);

  // The features as readable strings, in text order with repeats (for tests and tools).
  std::vector<std::string> feature_strings(std::string_view utf8);

 private:
  template <typename Emitter>
  void for_each_feature(std::string_view utf8, Emitter& emitter);

  uint32_t bucket(uint32_t hash) const;
  void add_id(std::vector<uint32_t>& ids, uint32_t hash);

  uint32_t buckets_;
  uint32_t power_of_two_mask_;
  WordSegmenter segmenter_;
  std::vector<uint32_t> seen_;  // per bucket: the generation that last emitted it
  uint32_t generation_ = 0;
  std::string bounded_;               // scratch: "<word>"
  std::vector<std::size_t> offsets_;  // scratch: code point offsets
};

}  // namespace helpbridge
