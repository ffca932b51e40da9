#pragma once
#include <vector>

#include <nlohmann/json.hpp>

#include "resources/helpline_directory.h"

namespace helpbridge::view {

// The country picker's options: [{"code":"AR","name":"Argentina"}, ...], every
// region the directory knows (each has at least an emergency number and a
// directory page, so a person whose country has no helpline file can still
// pick it), named as the directory names them, in alphabetical order of the
// name with accents and case ignored ("Åland Islands" among the A's). The core
// has no collation data; a host that localises the names (Intl.DisplayNames)
// re-sorts them with Intl.Collator.
nlohmann::json country_options(const std::vector<resources::CountryInfo>& countries);

}  // namespace helpbridge::view
