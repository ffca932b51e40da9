#include "view/view_request.h"

#include <array>
#include <string>
#include <utility>

#include "resources/lookup_json.h"
#include "view/invalid_data.h"

namespace helpbridge::view {

namespace {

constexpr std::array<std::pair<ViewMode, std::string_view>, 4> kModeNames = {{
    {ViewMode::urgent, "urgent"},
    {ViewMode::support, "support"},
    {ViewMode::someone_else, "someone_else"},
    {ViewMode::help, "help"},
}};

}  // namespace

const char* to_string(ViewMode mode) {
  for (const auto& [value, name] : kModeNames) {
    if (value == mode) return name.data();
  }
  return "help";
}

std::optional<ViewMode> view_mode_named(std::string_view name) {
  for (const auto& [value, known] : kModeNames) {
    if (known == name) return value;
  }
  return std::nullopt;
}

std::optional<ViewMode> view_mode_for(consent::Show show) {
  switch (show) {
    case consent::Show::kBanner: return ViewMode::support;
    case consent::Show::kDialog: return ViewMode::urgent;
    case consent::Show::kSomeoneElse: return ViewMode::someone_else;
    case consent::Show::kNone: break;
  }
  return std::nullopt;
}

ViewRequest parse_view_request(const nlohmann::json& request) {
  if (!request.is_object()) throw InvalidData("view request: not a JSON object");
  const auto mode = request.find("mode");
  const std::optional<ViewMode> named =
      mode != request.end() && mode->is_string() ? view_mode_named(mode->get_ref<const std::string&>()) : std::nullopt;
  if (!named) throw InvalidData("view request: \"mode\" must be one of urgent, support, someone_else, help");

  ViewRequest parsed;
  parsed.mode = *named;
  // Country, languages and clock are read exactly as the directory's lookup reads them.
  parsed.lookup = resources::parse_lookup_query(request);
  parsed.lookup.category.clear();
  const auto category = request.find("category");
  if (category != request.end() && category->is_string()) {
    const std::optional<Category> known = category_from_name(category->get_ref<const std::string&>());
    if (known && *known != Category::kNoCrisis) {
      parsed.category = known;
      parsed.lookup.category = std::string(category_name(*known));
    }
  }
  return parsed;
}

}  // namespace helpbridge::view
