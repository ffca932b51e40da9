#include "risk/risk_policy.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace helpbridge {

namespace {

Category most_likely_crisis(const std::array<double, kCategoryCount>& p) {
  std::size_t best = 1;
  for (std::size_t c = 2; c < kCategoryCount; ++c) {
    if (p[c] > p[best]) best = c;
  }
  return static_cast<Category>(best);
}

// Lexicon hits, most severe first; ties keep the lexicon's order.
std::optional<LexiconHit> strongest(const std::vector<LexiconHit>& hits) {
  std::optional<LexiconHit> best;
  for (const LexiconHit& hit : hits) {
    if (!best || hit.level > best->level) best = hit;
  }
  return best;
}

}  // namespace

void RiskPolicy::score(const std::vector<float>& logits, Assessment& out) const {
  if (logits.size() != manifest_.output_count) {
    throw std::invalid_argument("expected " + std::to_string(manifest_.output_count) + " logits, got " +
                                std::to_string(logits.size()));
  }
  // Softmax over the class logits, in Category order, with the calibrated temperature.
  std::array<double, kCategoryCount> z{};
  double top = -INFINITY;
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    const double value = logits[manifest_.output_index[c]];
    z[c] = std::isfinite(value) ? value / manifest_.temperature : 0.0;
    top = std::max(top, z[c]);
  }
  double sum = 0.0;
  for (std::size_t c = 0; c < kCategoryCount; ++c) sum += (out.probabilities[c] = std::exp(z[c] - top));
  for (double& p : out.probabilities) p /= sum;
  const double urgency_logit = logits[manifest_.urgency_index];
  out.urgency = std::isfinite(urgency_logit) ? 1.0 / (1.0 + std::exp(-urgency_logit)) : 0.0;
}

void RiskPolicy::decide_level(Assessment& out, double margin) const {
  const Category category = most_likely_crisis(out.probabilities);
  const CategoryThresholds& t = manifest_.thresholds[static_cast<std::size_t>(category)];
  const double crisis = 1.0 - out.probabilities[0];
  if (crisis >= std::min(1.0, t.support + margin)) {
    out.category = category;
    // The urgency head learnt P(urgent | crisis) (it is trained on crisis rows
    // only), so the chance that this message is urgent is crisis × urgency: a
    // message the model barely flags is not urgent, however urgent its words.
    out.level = crisis * out.urgency >= t.urgent ? Level::kUrgent : Level::kSupport;
  }
}

bool RiskPolicy::flags_on_its_own(const std::vector<float>& logits, bool sensitivity_lowered) const {
  Assessment out;
  score(logits, out);
  decide_level(out, sensitivity_lowered ? manifest_.lowered_sensitivity_margin : 0.0);
  return out.level != Level::kNone;
}

Assessment RiskPolicy::assess(const std::optional<std::vector<float>>& logits, const std::vector<LexiconHit>& hits,
                              ConversationContext* context, bool sensitivity_lowered,
                              const LastSentenceReading* last_sentence) const {
  Assessment out;
  const double margin = sensitivity_lowered ? manifest_.lowered_sensitivity_margin : 0.0;

  if (logits) {
    out.source = DecisionSource::kModel;
    score(*logits, out);
    decide_level(out, margin);

    if (context != nullptr) {
      context->remember(out.probabilities);
      // Several recent messages that each lean towards a crisis, none enough on
      // its own: their recency-weighted mean decides, if at least two of them
      // reach half the threshold.
      if (out.level == Level::kNone && context->size() >= 2) {
        const auto mean = context->weighted_mean();
        const Category recent = most_likely_crisis(mean);
        const double threshold = std::min(1.0, manifest_.thresholds[static_cast<std::size_t>(recent)].support + margin);
        if (1.0 - mean[0] >= threshold && context->count_at_least(threshold / 2.0) >= 2) {
          out.level = Level::kSupport;
          out.category = recent;
          out.from_context = true;
        }
      }
    }

    // A long message whose whole is quiet may end in a crisis statement that
    // the calm part diluted. Its last sentence alone decides when the model is
    // all but sure of it, or when it holds an explicit phrase and the model
    // flags it: single sentences of long posts read overconfident, so the
    // model's word alone needs a far higher bar (EXPERIMENTS.md).
    if (out.level == Level::kNone && last_sentence != nullptr && manifest_.last_sentence_min_crisis) {
      Assessment last;
      last.source = DecisionSource::kModel;
      score(last_sentence->logits, last);
      decide_level(last, margin);
      const bool sure = 1.0 - last.probabilities[0] >= std::min(1.0, *manifest_.last_sentence_min_crisis + margin);
      if (last.level != Level::kNone && (sure || strongest(last_sentence->hits))) {
        last.from_last_sentence = true;
        out = last;
      }
    }
  }

  // Without the model, the explicit phrases decide. With it, the model decides
  // (it knows fiction, research and third-party questions from a disclosure),
  // and an explicit urgent phrase in a message it flagged makes it urgent.
  if (const auto hit = strongest(hits)) {
    if (out.source == DecisionSource::kLexicon) {
      out.level = hit->level;
      out.category = hit->category;
    } else if (out.level == Level::kSupport && hit->level == Level::kUrgent) {
      out.level = Level::kUrgent;
    }
  }
  if (out.level == Level::kNone) out.category.reset();
  return out;
}

}  // namespace helpbridge
