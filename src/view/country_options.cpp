#include "view/country_options.h"

#include <algorithm>
#include <string>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace helpbridge::view {

namespace {

// The name without accents, case-folded: "Åland Islands" -> "aland islands".
std::string sort_key(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return name;
  const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(name), status);
  if (U_FAILURE(status)) return name;
  icu::UnicodeString folded;
  for (int32_t at = 0; at < decomposed.length(); at = decomposed.moveIndex32(at, 1)) {
    const UChar32 c = decomposed.char32At(at);
    if (u_charType(c) != U_NON_SPACING_MARK) folded.append(u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  std::string key;
  folded.toUTF8String(key);
  return key;
}

}  // namespace

nlohmann::json country_options(const std::vector<resources::CountryInfo>& countries) {
  std::vector<std::pair<std::string, const resources::CountryInfo*>> sorted;
  sorted.reserve(countries.size());
  for (const resources::CountryInfo& country : countries) sorted.emplace_back(sort_key(country.name), &country);
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->code < b.second->code;
  });
  nlohmann::json options = nlohmann::json::array();
  for (const auto& [key, country] : sorted) options.push_back({{"code", country->code}, {"name", country->name}});
  return options;
}

}  // namespace helpbridge::view
