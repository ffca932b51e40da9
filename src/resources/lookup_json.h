#pragma once
#include <nlohmann/json.hpp>

#include "resources/country_file.h"
#include "resources/helpline_directory.h"

namespace helpbridge::resources {

// The JSON forms of the directory's questions and answers (the C API's contract,
// see src/bindings/hb_directory.h).

// {"country":"ES","category":"suicidal_ideation"|null,"languages":["es","en"],
//  "clock":{"Europe/Madrid":{"weekday":1,"minute":615}}}. Every field is
// optional; a value that is of no use (a country "Spain", a weekday 9) is
// treated as unknown, so a sloppy query still gets the fallback at worst.
// Throws InvalidData if the query is not an object.
LookupQuery parse_lookup_query(const nlohmann::json& query);

// {"country","country_name","services":[...],"emergency":{"number","href"}|null,
//  "directory","fallback"}. Every href is tel:, sms: or https:.
nlohmann::json lookup_result_json(const LookupResult& result);

// {"country":"ES","services":2,"dropped":[{"index":3,"id":"es-x","reason":"..."}]}
nlohmann::json load_report_json(const CountryHelplines& country);

}  // namespace helpbridge::resources
