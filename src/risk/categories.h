#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace helpbridge {

// The classifier's classes (DESIGN.md). kNoCrisis first; the model's manifest
// names its own output order, which is mapped onto this one on load.
enum class Category {
  kNoCrisis,
  kSuicidalIdeation,
  kSelfHarm,
  kAnxietyCrisis,
  kViolentThoughts,
  kSubstanceAbuseOrWithdrawal,
  kRiskTakingBehaviours,
};
inline constexpr std::size_t kCategoryCount = 7;

enum class Level { kNone, kSupport, kUrgent };

std::string_view category_name(Category category);
std::optional<Category> category_from_name(std::string_view name);
std::string_view level_name(Level level);
std::optional<Level> level_from_name(std::string_view name);

}  // namespace helpbridge
