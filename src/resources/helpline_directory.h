#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resources/country_file.h"
#include "resources/directory_data.h"
#include "resources/helpline.h"
#include "resources/opening_hours.h"

namespace helpbridge::resources {

struct LookupQuery {
  std::string country;                     // ISO code, upper case; "" if unknown
  std::string category;                    // a crisis category, or "" for none
  std::vector<std::string> languages;      // the person's languages, best first
  std::map<std::string, LocalTime> clock;  // local time per time zone (from Intl)
};

struct ShownService {
  Helpline service;
  OpenStatus status = OpenStatus::unknown;
};

struct LookupResult {
  std::string country;       // "" if the query had no usable code
  std::string country_name;  // "" if unknown
  std::vector<ShownService> services;
  std::string emergency_number;  // "" if the region's number is not known
  std::string directory_url;     // always set
  bool fallback = false;         // no vetted service: emergency number + directory only
};

struct CountryInfo {
  std::string code;
  std::string name;
  bool has_helplines = false;  // a locales/helplines/<CC>.json exists (directory.json)
};

// The helpline directory: the country files the browser fetched (usually just
// the person's own), the emergency numbers of every region, and which helpline
// topics suit each crisis category. It never makes up a number: a country
// without a vetted service gets its emergency number (if known) and the
// international directory, never another country's lines.
class HelplineDirectory {
 public:
  // Throws InvalidData if a file is unusable (see directory_data.h).
  HelplineDirectory(std::string_view emergency_json, std::string_view category_topics_json,
                    std::string_view directory_json);

  // Reads a country file and replaces that country's services. Throws
  // InvalidData (and keeps what was there) if the file is unusable; dropped
  // services are listed in the returned data.
  const CountryHelplines& add_country(std::string_view country_json);

  // The country's data as last loaded, or nullptr.
  const CountryHelplines* country(std::string_view code) const;

  // The time zones of the country's services with weekly hours: the caller
  // supplies the local time in each of them with the lookup.
  std::vector<std::string> time_zones(std::string_view country) const;

  // The services to show, best first: a topic that suits the category, then
  // open now, then a language the person reads; file order breaks ties.
  LookupResult lookup(const LookupQuery& query) const;

  // Every region with a known emergency number, by code.
  std::vector<CountryInfo> countries() const;

  bool knows_category(std::string_view category) const;

 private:
  std::map<std::string, EmergencyEntry> emergency_;
  std::map<std::string, std::vector<std::string>> category_topics_;
  DirectoryLinks directory_;
  std::map<std::string, CountryHelplines> countries_;
};

}  // namespace helpbridge::resources
