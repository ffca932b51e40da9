#include "risk/message_assessor.h"

#include <stdexcept>
#include <string>

#include "text/last_sentence.h"

namespace helpbridge {

MessageAssessor::MessageAssessor(ModelManifest manifest, Lexicon lexicon)
    : featurizer_(manifest.buckets), lexicon_(std::move(lexicon)), policy_(std::move(manifest)) {}

const std::vector<uint32_t>& MessageAssessor::prepare(std::string_view utf8) {
  ids_ = featurizer_.featurize(utf8);
  last_sentence_ids_.clear();
  last_sentence_hits_.clear();
  // Only a manifest with the last-sentence rule reads the end apart.
  const std::string_view last = policy_.manifest().last_sentence_min_crisis ? last_sentence(utf8) : std::string_view();
  if (!last.empty()) {
    last_sentence_ids_ = featurizer_.featurize(last);
    last_sentence_hits_ = lexicon_.match(last);
  }
  hits_ = lexicon_.match(utf8);
  return ids_;
}

const std::vector<uint32_t>& MessageAssessor::last_sentence_ids(const std::vector<float>& logits) {
  if (logits.size() != policy_.manifest().output_count) {
    throw std::invalid_argument("expected " + std::to_string(policy_.manifest().output_count) + " logits, got " +
                                std::to_string(logits.size()));
  }
  if (!last_sentence_ids_.empty() && policy_.flags_on_its_own(logits, sensitivity_lowered_)) {
    last_sentence_ids_.clear();
    last_sentence_hits_.clear();
  }
  return last_sentence_ids_;
}

Assessment MessageAssessor::assess(const std::optional<std::vector<float>>& logits,
                                   const std::optional<std::vector<float>>& last_sentence_logits, bool use_context) {
  // A message with no features at all (empty, only spaces or symbols) carries
  // no signal; the model's mean over zero rows would be undefined.
  const bool empty = ids_.empty();
  std::optional<LastSentenceReading> last;
  if (!empty && !last_sentence_ids_.empty() && last_sentence_logits) {
    last = LastSentenceReading{*last_sentence_logits, std::move(last_sentence_hits_)};
  }
  Assessment result = policy_.assess(empty ? std::nullopt : logits, hits_, use_context && !empty ? &context_ : nullptr,
                                     sensitivity_lowered_, last ? &*last : nullptr);
  if (empty && logits) result.source = DecisionSource::kModel;
  hits_.clear();
  ids_.clear();
  last_sentence_ids_.clear();
  last_sentence_hits_.clear();
  return result;
}

}  // namespace helpbridge
