#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/featurizer.h"
#include "risk/conversation_context.h"
#include "risk/lexicon.h"
#include "risk/risk_policy.h"

namespace helpbridge {

// One message's way through the core, in steps around the model runs (which
// happen outside, in onnxruntime):
//   ids = prepare(text)        features for the model, and the lexicon's hits
//   last_sentence_ids(logits)  the features of the message's last sentence, when
//                              the model should read it too (see below)
//   assess(logits, last_sentence_logits)  the decision, with the conversation's context
// It keeps the features and the lexicon's hits in between, never the text.
class MessageAssessor {
 public:
  MessageAssessor(ModelManifest manifest, Lexicon lexicon);

  const std::vector<uint32_t>& prepare(std::string_view utf8);
  // The features of the prepared message's last sentence, given the model's
  // logits on the whole. Empty when the last sentence cannot change the
  // decision: the message is one sentence (text/last_sentence.h), the manifest
  // has no last-sentence rule, or the whole message is flagged already (a
  // model run saved). Throws std::invalid_argument for a wrong logit count.
  const std::vector<uint32_t>& last_sentence_ids(const std::vector<float>& logits);

  // logits: the model on prepare()'s ids, nullopt without a model;
  // last_sentence_logits: the model on last_sentence_ids(), nullopt if none.
  // use_context: false judges the message on its own (evaluation).
  Assessment assess(const std::optional<std::vector<float>>& logits,
                    const std::optional<std::vector<float>>& last_sentence_logits, bool use_context);

  // Adds a language's explicit phrases; throws std::invalid_argument on bad data.
  void add_lexicon(const std::string& json) { lexicon_.add_language(json); }
  std::size_t lexicon_entries() const { return lexicon_.size(); }

  void set_sensitivity_lowered(bool lowered) { sensitivity_lowered_ = lowered; }
  void forget_context() { context_.clear(); }
  const ModelManifest& manifest() const { return policy_.manifest(); }

 private:
  Featurizer featurizer_;
  Lexicon lexicon_;
  RiskPolicy policy_;
  ConversationContext context_;
  std::vector<uint32_t> ids_;
  std::vector<uint32_t> last_sentence_ids_;
  std::vector<LexiconHit> hits_;
  std::vector<LexiconHit> last_sentence_hits_;
  bool sensitivity_lowered_ = false;
};

}  // namespace helpbridge
