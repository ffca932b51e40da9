#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace helpbridge::resources {

// A region's emergency numbers (locales/emergency.json, from libphonenumber).
struct EmergencyEntry {
  std::string name;                  // "Spain"
  std::vector<std::string> numbers;  // digits; the first is the one shown
};

// Reads locales/emergency.json: {"_meta": ..., "ES": {"name", "numbers"}, ...}.
// An entry that breaks the rules (not a code, markup, a number that is not
// digits) is left out: that region then has no emergency number, never a wrong
// one. Throws InvalidData if the file is not a JSON object.
std::map<std::string, EmergencyEntry> parse_emergency_numbers(std::string_view json_text);

// Reads locales/category-topics.json: {"suicidal_ideation": ["suicide"], ...}
// (keys starting with _ are comments). Throws InvalidData on anything else: the
// file is small and ours, so a mistake in it should be loud.
std::map<std::string, std::vector<std::string>> parse_category_topics(std::string_view json_text);

// The international directory link (locales/directory.json).
struct DirectoryLinks {
  std::string url;          // https://findahelpline.com/
  std::string country_url;  // with {cc} for the lower-case country code, or ""
  std::vector<std::string> helpline_countries;  // the countries that have a helpline file

  // The country's page if there is a per-country form, else the general url.
  std::string for_country(std::string_view country) const;
};

// Throws InvalidData unless url (and country_url, if present) are https:// URLs.
DirectoryLinks parse_directory_links(std::string_view json_text);

}  // namespace helpbridge::resources
