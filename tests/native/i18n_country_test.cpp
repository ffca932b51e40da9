// Country guess: host, then time zone, then a language tag's region, then unknown.
#include <doctest/doctest.h>

#include "test_support.h"

#include "i18n/country_code.h"
#include "i18n/country_guess.h"
#include "i18n/invalid_data.h"
#include "i18n/time_zone_countries.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

using helpbridge::i18n::CountryGuess;
using helpbridge::i18n::CountryHints;
using helpbridge::i18n::CountrySource;
using helpbridge::i18n::guess_country;
using helpbridge::i18n::InvalidData;
using helpbridge::i18n::parse_country_code;
using helpbridge::i18n::TimeZoneCountries;

using test_support::read_file;
using test_support::take_json;

namespace {

// locales/timezones.json, generated from tzdata (scripts/import-timezones.mjs).
const TimeZoneCountries& shipped_zones() {
  static const TimeZoneCountries zones = TimeZoneCountries::from_json(
      nlohmann::json::parse(read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/locales/timezones.json")));
  return zones;
}

CountryGuess guess(const std::string& host, const std::string& zone, std::vector<std::string> languages = {}) {
  CountryHints hints;
  hints.host_country = host;
  hints.time_zone = zone;
  hints.languages = std::move(languages);
  return guess_country(hints, shipped_zones());
}

}  // namespace

TEST_CASE("country codes: two ASCII letters, upper-cased") {
  CHECK(parse_country_code("MX") == "MX");
  CHECK(parse_country_code("mx") == "MX");
  CHECK(parse_country_code("Mx") == "MX");
  CHECK(parse_country_code("uk") == "GB");
  CHECK(parse_country_code("EL") == "GR");
  for (const char* bad : {"", "M", "MEX", "Mexico", "M1", "12", " MX", "zz", "ZZ", "\xC3\x89S", "M\0"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_country_code(bad).has_value());
  }
}

TEST_CASE("the shipped time zone table places zones as tzdata's zone.tab does") {
  const TimeZoneCountries& zones = shipped_zones();
  CHECK(zones.size() > 300);
  CHECK(zones.country_of("Europe/Madrid") == "ES");
  CHECK(zones.country_of("America/Mexico_City") == "MX");
  CHECK(zones.country_of("Asia/Kolkata") == "IN");
  CHECK(zones.country_of("Australia/Sydney") == "AU");
  CHECK(zones.country_of("America/Sao_Paulo") == "BR");
  CHECK(zones.country_of("Asia/Jerusalem") == "IL");
  CHECK(zones.country_of("Etc/UTC") == "");
  CHECK(zones.country_of("UTC") == "");
  CHECK(zones.country_of("") == "");
  CHECK(zones.country_of("Mars/Olympus_Mons") == "");
  CHECK(zones.country_of(std::string(1 << 16, 'A')) == "");
}

TEST_CASE("the shipped time zone table agrees with this machine's tzdata, where it has one") {
  std::ifstream zone_tab("/usr/share/zoneinfo/zone.tab");
  if (!zone_tab.good()) return;  // no tzdata here: the expectations above still hold
  const TimeZoneCountries& zones = shipped_zones();
  int rows = 0;
  int missing = 0;
  std::string line;
  while (std::getline(zone_tab, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string country, coordinates, zone;
    std::getline(fields, country, '\t');
    std::getline(fields, coordinates, '\t');
    std::getline(fields, zone, '\t');
    ++rows;
    const std::string placed = zones.country_of(zone);
    if (placed.empty()) {
      ++missing;  // a zone newer than the generated table
      continue;
    }
    CAPTURE(zone);
    CHECK(placed == country);
  }
  CHECK(rows > 300);
  CHECK(missing <= 5);
}

TEST_CASE("country guess: the host wins, then the time zone, then the language region") {
  CountryGuess result = guess("mx", "Europe/Madrid", {"de-DE"});
  CHECK(result.country == "MX");
  CHECK(result.from == CountrySource::host);

  // A Mexican in Madrid: the clock says where they are, the browser what they read.
  result = guess("", "Europe/Madrid", {"es-MX", "en-US"});
  CHECK(result.country == "ES");
  CHECK(result.from == CountrySource::time_zone);

  result = guess("", "", {"es-MX", "en-US"});
  CHECK(result.country == "MX");
  CHECK(result.from == CountrySource::languages);

  result = guess("", "", {});
  CHECK(result.country == "");
  CHECK(result.from == CountrySource::none);
}

TEST_CASE("country guess: unusable values fall through to the next signal") {
  CHECK(guess("Mexico", "Europe/Madrid").country == "ES");
  CHECK(guess("ZZ", "Europe/Madrid").from == CountrySource::time_zone);
  CHECK(guess("UK", "").country == "GB");
  CHECK(guess("", "Etc/UTC", {"pt-BR"}).country == "BR");
  CHECK(guess("", "Etc/UTC", {"pt-BR"}).from == CountrySource::languages);
  // Numeric regions and script-only tags name no country; the next tag may.
  CHECK(guess("", "", {"es-419", "zh-Hant", "x-klingon", "en-US"}).country == "US");
  CHECK(guess("", "", {"es-419", "zh-Hant", "fr"}).from == CountrySource::none);
  CHECK(guess("", "", {"zh-Hant-TW"}).country == "TW");
  CHECK(guess("", "", {"EN_gb"}).country == "GB");
  CHECK(guess(std::string(1 << 20, 'M'), std::string(1 << 20, 'E'), std::vector<std::string>(500, "xx-YY"))
            .country == "YY");
  // Without a table, the time zone says nothing.
  CountryHints hints;
  hints.time_zone = "Europe/Madrid";
  CHECK(guess_country(hints, TimeZoneCountries()).from == CountrySource::none);
}

TEST_CASE("time zone tables that break the rules are rejected") {
  using nlohmann::json;
  CHECK(TimeZoneCountries::from_json(json::object()).size() == 0);
  CHECK(TimeZoneCountries::from_json(json{{"Europe/Madrid", "ES"}}).country_of("Europe/Madrid") == "ES");
  CHECK_THROWS_AS(TimeZoneCountries::from_json(json::array({"Europe/Madrid"})), InvalidData);
  CHECK_THROWS_AS(TimeZoneCountries::from_json(json("ES")), InvalidData);
  CHECK_THROWS_AS(TimeZoneCountries::from_json(json{{"Europe/Madrid", "es"}}), InvalidData);
  CHECK_THROWS_AS(TimeZoneCountries::from_json(json{{"Europe/Madrid", "ESP"}}), InvalidData);
  CHECK_THROWS_AS(TimeZoneCountries::from_json(json{{"Europe/Madrid", 34}}), InvalidData);
  CHECK_THROWS_AS(TimeZoneCountries::from_json(json{{"Europe/Madrid", nullptr}}), InvalidData);
  CHECK_THROWS_AS(TimeZoneCountries::from_json(json{{"", "ES"}}), InvalidData);
  CHECK_THROWS_AS(TimeZoneCountries::from_json(json{{std::string(65, 'a'), "ES"}}), InvalidData);
  json too_many = json::object();
  for (int i = 0; i <= 4096; ++i) too_many["Zone/" + std::to_string(i)] = "ES";
  CHECK_THROWS_AS(TimeZoneCountries::from_json(too_many), InvalidData);
}
