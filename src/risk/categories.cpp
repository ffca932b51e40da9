#include "risk/categories.h"

namespace helpbridge {

namespace {
constexpr std::array<std::string_view, kCategoryCount> kCategoryNames = {
    "no_crisis",        "suicidal_ideation",
    "self_harm",        "anxiety_crisis",
    "violent_thoughts", "substance_abuse_or_withdrawal",
    "risk_taking_behaviours"};
constexpr std::array<std::string_view, 3> kLevelNames = {"none", "support", "urgent"};
}  // namespace

std::string_view category_name(Category category) { return kCategoryNames[static_cast<std::size_t>(category)]; }

std::optional<Category> category_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kCategoryNames.size(); ++i) {
    if (kCategoryNames[i] == name) return static_cast<Category>(i);
  }
  return std::nullopt;
}

std::string_view level_name(Level level) { return kLevelNames[static_cast<std::size_t>(level)]; }

std::optional<Level> level_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kLevelNames.size(); ++i) {
    if (kLevelNames[i] == name) return static_cast<Level>(i);
  }
  return std::nullopt;
}

}  // namespace helpbridge
