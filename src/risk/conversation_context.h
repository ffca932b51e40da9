#pragma once
#include <array>
#include <cstddef>
#include <deque>

#include "risk/categories.h"

namespace helpbridge {

// The recent messages' calibrated probabilities, newest first, so that signals
// spread over several messages add up while one figurative line does not. Only
// numbers, held in memory for the session: never text, never persisted.
class ConversationContext {
 public:
  static constexpr std::size_t kMessages = 3;

  using Probabilities = std::array<double, kCategoryCount>;

  void remember(const Probabilities& probabilities);
  void clear() { recent_.clear(); }
  std::size_t size() const { return recent_.size(); }

  // Recency-weighted mean of the remembered messages (weights 1, 1/2, 1/4).
  Probabilities weighted_mean() const;

  // How many remembered messages had P(any crisis) of at least `floor`.
  std::size_t count_at_least(double floor) const;

 private:
  std::deque<Probabilities> recent_;
};

}  // namespace helpbridge
