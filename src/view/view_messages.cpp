#include "view/view_messages.h"

#include <stdexcept>

#include "view/invalid_data.h"

namespace helpbridge::view {

// MessageCatalog::format throws std::invalid_argument only for an unknown key
// or plural category, and the view never passes a category.
std::string ViewMessages::text(std::string_view key, const i18n::MessageParams& params) const {
  try {
    return catalog_.format(key, params, "").text;
  } catch (const std::invalid_argument&) {
    throw InvalidData("message catalogue: no message \"" + std::string(key) + "\", which the dialog needs");
  }
}

std::optional<std::string> ViewMessages::optional_text(std::string_view key) const {
  try {
    return catalog_.format(key, {}, "").text;
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
}

}  // namespace helpbridge::view
