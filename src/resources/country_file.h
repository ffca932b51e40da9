#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "resources/helpline.h"

namespace helpbridge::resources {

// A country file is a few kilobytes; anything this large is not one.
inline constexpr std::size_t kMaxCountryFileBytes = 1 << 20;
inline constexpr std::size_t kMaxServicesPerCountry = 50;

// A service left out of a country file, and why (for the host's logs and tests;
// the reason never quotes the file's text).
struct DroppedService {
  std::size_t index = 0;  // its place in "services"
  std::string id;         // "" if it has no usable id
  std::string reason;
};

// The vetted services of one country (locales/helplines/<CC>.json).
struct CountryHelplines {
  std::string country;  // "ES"
  std::string name;     // "Spain"
  std::vector<Helpline> services;
  std::vector<DroppedService> dropped;
};

// Reads a country file defensively. A service that breaks any rule (a wrong
// type, markup, a link that is not tel:/sms:/https:, no source or
// last_verified...) is dropped with its reason; the others are kept in file
// order. Throws InvalidData when the file as a whole is unusable: not JSON, too
// large, not an object, no valid country code or name, no services array.
CountryHelplines parse_country_file(std::string_view json_text);

}  // namespace helpbridge::resources
