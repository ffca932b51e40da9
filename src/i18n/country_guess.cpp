#include "i18n/country_guess.h"

#include "i18n/country_code.h"
#include "i18n/language_tag.h"
#include "i18n/locale_negotiation.h"

namespace helpbridge::i18n {

const char* to_string(CountrySource source) {
  switch (source) {
    case CountrySource::host: return "host";
    case CountrySource::time_zone: return "timezone";
    case CountrySource::languages: return "languages";
    case CountrySource::none: return "none";
  }
  return "none";
}

CountryGuess guess_country(const CountryHints& hints, const TimeZoneCountries& zones) {
  if (auto code = parse_country_code(hints.host_country)) return {*code, CountrySource::host};
  if (auto code = parse_country_code(zones.country_of(hints.time_zone))) return {*code, CountrySource::time_zone};
  for (size_t i = 0; i < hints.languages.size() && i < kMaxPreferences; ++i) {
    const auto tag = parse_language_tag(hints.languages[i]);
    if (!tag) continue;
    // Numeric regions ("es-419", Latin America) name no single country.
    if (auto code = parse_country_code(tag->region)) return {*code, CountrySource::languages};
  }
  return {"", CountrySource::none};
}

}  // namespace helpbridge::i18n
