// C API: the helpline directory.
#include "bindings/api_handles.h"
#include "bindings/api_support.h"

#include "i18n/country_code.h"
#include "resources/helpline_directory.h"
#include "resources/invalid_data.h"
#include "resources/lookup_json.h"

#include <string>

using helpbridge::api::fail;
using helpbridge::api::guarded;
using helpbridge::api::json_out;
using helpbridge::api::parse_json;
using helpbridge::api::text_view;
namespace resources = helpbridge::resources;

namespace {

// guarded(), plus: directory data that breaks its rules is HB_ERROR_INVALID_DATA.
template <typename Body>
hb_status directory_guarded(Body&& body) noexcept {
  return guarded([&] {
    try {
      return body();
    } catch (const resources::InvalidData& e) {
      return fail(HB_ERROR_INVALID_DATA, e.what());
    }
  });
}

// A country argument read like the lookup's ("es", "UK" -> "GB"); anything else is "" (unknown).
std::string country_argument(const char* country) {
  std::size_t length = 0;
  while (length < 8 && country[length] != '\0') ++length;
  return helpbridge::i18n::parse_country_code(std::string_view(country, length)).value_or("");
}

}  // namespace

extern "C" {

hb_status hb_directory_create(const char* emergency_json, size_t emergency_length, const char* category_topics_json,
                              size_t category_topics_length, const char* directory_json, size_t directory_length,
                              hb_directory** out) {
  if (out == nullptr || emergency_json == nullptr || category_topics_json == nullptr || directory_json == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_directory_create: NULL argument");
  }
  return directory_guarded([&] {
    *out = new hb_directory{resources::HelplineDirectory(text_view(emergency_json, emergency_length),
                                                         text_view(category_topics_json, category_topics_length),
                                                         text_view(directory_json, directory_length))};
    return HB_OK;
  });
}

void hb_directory_destroy(hb_directory* directory) { delete directory; }

hb_status hb_directory_add_country(hb_directory* directory, const char* country_json, size_t country_length) {
  if (directory == nullptr || country_json == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_directory_add_country: NULL argument");
  }
  return directory_guarded([&] {
    directory->directory.add_country(text_view(country_json, country_length));
    return HB_OK;
  });
}

hb_status hb_directory_load_report(hb_directory* directory, const char* country, char** report_json) {
  if (directory == nullptr || country == nullptr || report_json == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_directory_load_report: NULL argument");
  }
  return directory_guarded([&] {
    const resources::CountryHelplines* data = directory->directory.country(country_argument(country));
    if (data == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_directory_load_report: that country was not loaded");
    *report_json = json_out(resources::load_report_json(*data));
    return HB_OK;
  });
}

hb_status hb_directory_timezones(hb_directory* directory, const char* country, char** json) {
  if (directory == nullptr || country == nullptr || json == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_directory_timezones: NULL argument");
  }
  return directory_guarded([&] {
    *json = json_out(directory->directory.time_zones(country_argument(country)));
    return HB_OK;
  });
}

hb_status hb_directory_lookup(hb_directory* directory, const char* query_json, size_t query_length,
                              char** result_json) {
  if (directory == nullptr || query_json == nullptr || result_json == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_directory_lookup: NULL argument");
  }
  return directory_guarded([&] {
    const resources::LookupQuery query = resources::parse_lookup_query(parse_json(query_json, query_length, "query"));
    *result_json = json_out(resources::lookup_result_json(directory->directory.lookup(query)));
    return HB_OK;
  });
}

hb_status hb_directory_countries(hb_directory* directory, char** json) {
  if (directory == nullptr || json == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_directory_countries: NULL argument");
  return directory_guarded([&] {
    nlohmann::json list = nlohmann::json::array();
    for (const resources::CountryInfo& info : directory->directory.countries()) {
      list.push_back({{"code", info.code}, {"name", info.name}, {"helplines", info.has_helplines}});
    }
    *json = json_out(list);
    return HB_OK;
  });
}

}  // extern "C"
