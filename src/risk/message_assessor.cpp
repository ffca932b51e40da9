#include "risk/message_assessor.h"

#include "text/normalizer.h"

namespace helpbridge {

MessageAssessor::MessageAssessor(ModelManifest manifest, Lexicon lexicon)
    : featurizer_(manifest.buckets), lexicon_(std::move(lexicon)), policy_(std::move(manifest)) {}

const std::vector<uint32_t>& MessageAssessor::prepare(std::string_view utf8) {
  ids_ = featurizer_.featurize(utf8);
  hits_ = lexicon_.match(utf8);
  return ids_;
}

Assessment MessageAssessor::assess(const std::optional<std::vector<float>>& logits, bool use_context) {
  // A message with no features at all (empty, only spaces or symbols) carries
  // no signal; the model's mean over zero rows would be undefined.
  const bool empty = ids_.empty();
  Assessment result = policy_.assess(empty ? std::nullopt : logits, hits_, use_context && !empty ? &context_ : nullptr,
                                     sensitivity_lowered_);
  if (empty && logits) result.source = DecisionSource::kModel;
  hits_.clear();
  ids_.clear();
  return result;
}

}  // namespace helpbridge
