#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "i18n/message_catalog.h"
#include "i18n/message_format.h"

namespace helpbridge::view {

// The catalogue as the view reads it: a message the view cannot do without is
// an error that names the key, an optional one (a category's intro) may be absent.
class ViewMessages {
 public:
  explicit ViewMessages(const i18n::MessageCatalog& catalog) : catalog_(catalog) {}

  const i18n::CatalogMeta& meta() const { return catalog_.meta(); }

  // Throws InvalidData when neither the catalogue nor its fallback has the key.
  std::string text(std::string_view key, const i18n::MessageParams& params = {}) const;

  // nullopt when neither has the key.
  std::optional<std::string> optional_text(std::string_view key) const;

 private:
  const i18n::MessageCatalog& catalog_;
};

}  // namespace helpbridge::view
