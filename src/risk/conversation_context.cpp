#include "risk/conversation_context.h"

namespace helpbridge {

void ConversationContext::remember(const Probabilities& probabilities) {
  recent_.push_front(probabilities);
  if (recent_.size() > kMessages) recent_.pop_back();
}

ConversationContext::Probabilities ConversationContext::weighted_mean() const {
  Probabilities mean{};
  double weight = 1.0;
  double total = 0.0;
  for (const Probabilities& p : recent_) {
    for (std::size_t c = 0; c < kCategoryCount; ++c) mean[c] += weight * p[c];
    total += weight;
    weight /= 2.0;
  }
  if (total > 0.0) {
    for (double& value : mean) value /= total;
  }
  return mean;
}

std::size_t ConversationContext::count_at_least(double floor) const {
  std::size_t count = 0;
  for (const Probabilities& p : recent_) count += (1.0 - p[0]) >= floor ? 1 : 0;
  return count;
}

}  // namespace helpbridge
