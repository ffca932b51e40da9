#pragma once
#include <string>
#include <vector>

#include "i18n/time_zone_countries.h"

namespace helpbridge::i18n {

// What the page knows that hints at where the person is. Nothing here comes
// from what the person types.
struct CountryHints {
  std::string host_country;            // set by the embedding site, if it knows
  std::string time_zone;               // Intl's IANA zone ("America/Mexico_City")
  std::vector<std::string> languages;  // navigator.languages ("es-MX", "en-US")
};

enum class CountrySource { host, time_zone, languages, none };

const char* to_string(CountrySource source);  // "host", "timezone", "languages", "none"

struct CountryGuess {
  std::string country;  // ISO 3166-1 alpha-2, upper case; "" when unknown
  CountrySource from = CountrySource::none;
};

// Which country's helplines to offer first (the person can always pick another).
// The order, strongest signal first:
//  1. the host's explicit country: the site may know (an account, a shop's
//     delivery country), and an embedder's decision is theirs to make;
//  2. the time zone: it follows the device's location settings, so it says
//     where the person is now, not what they read: a Mexican living in Madrid
//     has es-MX in the browser and Europe/Madrid on the clock, and needs
//     Spain's helplines;
//  3. a region in the language tags (es-MX -> MX): weak, since many people
//     keep their browser's default en-US wherever they live;
//  4. unknown (""): the caller shows the international directory, never a
//     guessed country's numbers.
// Invalid values at a step (a host country "Mexico", a zone the table does not
// know, such as "Etc/UTC") fall through to the next step.
CountryGuess guess_country(const CountryHints& hints, const TimeZoneCountries& zones);

}  // namespace helpbridge::i18n
