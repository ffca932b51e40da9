#include "i18n/time_zone_countries.h"

#include "i18n/invalid_data.h"

namespace helpbridge::i18n {

namespace {

bool is_upper_iso_code(const std::string& code) {
  return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

}  // namespace

TimeZoneCountries TimeZoneCountries::from_json(const nlohmann::json& table) {
  if (!table.is_object()) throw InvalidData("time zone table: not a JSON object");
  if (table.size() > kMaxTimeZones) throw InvalidData("time zone table: more than 4096 zones");
  TimeZoneCountries result;
  for (const auto& [zone, country] : table.items()) {
    if (zone.empty() || zone.size() > kMaxTimeZoneNameBytes) {
      throw InvalidData("time zone table: a zone name is empty or longer than 64 bytes");
    }
    if (!country.is_string() || !is_upper_iso_code(country.get<std::string>())) {
      throw InvalidData("time zone table: \"" + zone + "\" is not mapped to a two-letter ISO country code");
    }
    result.countries_.emplace(zone, country.get<std::string>());
  }
  return result;
}

std::string TimeZoneCountries::country_of(std::string_view zone) const {
  if (zone.empty() || zone.size() > kMaxTimeZoneNameBytes) return "";
  const auto found = countries_.find(std::string(zone));
  return found == countries_.end() ? "" : found->second;
}

}  // namespace helpbridge::i18n
