#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace helpbridge::i18n {

// Bounds on locales/timezones.json (about 520 zones today), so that a broken
// or hostile table cannot make loading slow.
inline constexpr std::size_t kMaxTimeZones = 4096;
inline constexpr std::size_t kMaxTimeZoneNameBytes = 64;

// IANA time zone -> ISO country, from locales/timezones.json
// ({"Europe/Madrid": "ES", ...}, generated from tzdata's zone.tab).
class TimeZoneCountries {
 public:
  TimeZoneCountries() = default;  // knows no zone

  // Throws InvalidData naming the entry at fault: not an object, a value that is
  // not an upper-case ISO code, an empty or overlong zone name, too many zones.
  static TimeZoneCountries from_json(const nlohmann::json& table);

  // The zone's country, or "" for a zone the table does not place ("Etc/UTC").
  std::string country_of(std::string_view zone) const;

  std::size_t size() const { return countries_.size(); }

 private:
  std::unordered_map<std::string, std::string> countries_;
};

}  // namespace helpbridge::i18n
