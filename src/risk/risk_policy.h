#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "risk/categories.h"
#include "risk/conversation_context.h"
#include "risk/lexicon.h"
#include "risk/model_manifest.h"

namespace helpbridge {

// Where a decision came from: the model, or the explicit-phrase lexicon alone
// (the model is still loading or could not load).
enum class DecisionSource { kModel, kLexicon };

struct Assessment {
  Level level = Level::kNone;
  std::optional<Category> category;  // the crisis category offered; none for Level::kNone
  DecisionSource source = DecisionSource::kLexicon;
  bool from_context = false;  // raised by the recent messages, not this one alone
  bool from_last_sentence = false;  // raised by the message's last sentence read alone
  // Calibrated, in Category order; all zero when decided by the lexicon alone.
  std::array<double, kCategoryCount> probabilities{};
  double urgency = 0.0;
};

// A long message's last sentence read alone (text/last_sentence.h): the
// model's output on it and the explicit phrases in it.
struct LastSentenceReading {
  std::vector<float> logits;
  std::vector<LexiconHit> hits;
};

// Turns the model's logits and the lexicon's hits into a level and a category,
// with the manifest's thresholds (data, not code):
//   P = softmax(logits / temperature); P(any crisis) = 1 - P(no_crisis)
//   category = the most likely crisis class
//   support  if P(any crisis) >= thresholds[category].support (+ a margin once
//            the person said it is about someone else)
//   urgent   if support and P(any crisis) * sigmoid(urgency logit) >= thresholds[category].urgent
//            (the urgency head learnt P(urgent | crisis))
// Without a model the lexicon's hits decide alone; with one, an explicit urgent
// phrase makes a flagged message urgent. The recent messages
// (ConversationContext) can raise none to support. A long message quiet as a
// whole is decided by its last sentence alone when the model is all but sure of
// that sentence (the manifest's last_sentence_min_crisis), or when the sentence
// holds an explicit phrase and the model flags it.
class RiskPolicy {
 public:
  explicit RiskPolicy(ModelManifest manifest) : manifest_(std::move(manifest)) {}

  const ModelManifest& manifest() const { return manifest_; }

  // logits: the model's output (manifest().output_count values), or nullopt if
  // the model is not available. context may be null (each message on its own).
  // last_sentence: the message's last sentence read alone, for a message of
  // more than one; may be null.
  Assessment assess(const std::optional<std::vector<float>>& logits, const std::vector<LexiconHit>& hits,
                    ConversationContext* context, bool sensitivity_lowered,
                    const LastSentenceReading* last_sentence = nullptr) const;

  // True when the model's logits flag the message on their own, so that
  // nothing else (context, the last sentence) can change whether it is
  // flagged; throws std::invalid_argument for a wrong count.
  bool flags_on_its_own(const std::vector<float>& logits, bool sensitivity_lowered) const;

 private:
  // Fills probabilities and urgency from the model's logits; throws
  // std::invalid_argument for a wrong count.
  void score(const std::vector<float>& logits, Assessment& out) const;
  // Sets category and level from the probabilities and urgency with the thresholds.
  void decide_level(Assessment& out, double margin) const;

  ModelManifest manifest_;
};

}  // namespace helpbridge
