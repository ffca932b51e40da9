#pragma once
#include <array>
#include <string_view>

namespace helpbridge::i18n {

// The CLDR plural categories a message may have forms for; "other" is required.
//
// Choosing the category for a number is the caller's job: CLDR's plural rules
// live in ICU's i18n library (icu::PluralRules), and the wasm build links only
// ICU's common library, since the i18n one and its data would add megabytes to
// a module that must load fast in a chat widget. Every browser already ships
// those rules, so the JavaScript side asks Intl.PluralRules(lang).select(n)
// and passes the category in.
inline constexpr std::array<std::string_view, 6> kPluralCategories = {"zero", "one", "two", "few", "many", "other"};

inline constexpr std::string_view kOtherCategory = "other";

inline bool is_plural_category(std::string_view name) {
  for (std::string_view category : kPluralCategories) {
    if (name == category) return true;
  }
  return false;
}

}  // namespace helpbridge::i18n
