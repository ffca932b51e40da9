// C API: locale negotiation, country guess, message catalogues.
#include "bindings/api_handles.h"
#include "bindings/api_support.h"

#include "i18n/country_guess.h"
#include "i18n/invalid_data.h"
#include "i18n/locale_negotiation.h"
#include "i18n/message_catalog.h"
#include "i18n/time_zone_countries.h"

#include <optional>
#include <string>
#include <vector>

using helpbridge::api::fail;
using helpbridge::api::guarded;
using helpbridge::api::json_out;
using helpbridge::api::parse_json;
namespace i18n = helpbridge::i18n;

namespace {

// guarded(), plus: data that breaks the i18n rules is HB_ERROR_INVALID_DATA.
template <typename Body>
hb_status i18n_guarded(Body&& body) noexcept {
  return guarded([&] {
    try {
      return body();
    } catch (const i18n::InvalidData& e) {
      return fail(HB_ERROR_INVALID_DATA, e.what());
    }
  });
}

// The first `limit` entries of a JSON array of strings. Other entries become ""
// (which every reader skips), so they still count towards the limit.
std::vector<std::string> first_strings(const nlohmann::json& array, size_t limit, const char* what) {
  if (!array.is_array()) throw i18n::InvalidData(std::string(what) + " is not a JSON array");
  std::vector<std::string> strings;
  for (size_t i = 0; i < array.size() && i < limit; ++i) {
    strings.push_back(array[i].is_string() ? array[i].get<std::string>() : std::string());
  }
  return strings;
}

// A string field of the query; missing or null is "".
std::string optional_string(const nlohmann::json& object, const char* name) {
  const auto found = object.find(name);
  if (found == object.end() || found->is_null()) return "";
  if (!found->is_string()) throw i18n::InvalidData(std::string("query.") + name + " is not a string");
  return found->get<std::string>();
}

}  // namespace

extern "C" {

hb_status hb_i18n_negotiate(const char* requested_json, size_t requested_length, const char* available_json,
                            size_t available_length, char** result_json) {
  if (result_json == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_i18n_negotiate: result_json is NULL");
  return i18n_guarded([&] {
    const auto requested = first_strings(parse_json(requested_json, requested_length, "requested"),
                                         i18n::kMaxPreferences, "requested");
    const auto available = first_strings(parse_json(available_json, available_length, "available"),
                                         i18n::kMaxAvailable, "available");
    const i18n::LanguageChoice choice = i18n::negotiate_language(requested, available);
    nlohmann::json out;
    out["lang"] = choice.lang;
    out["match"] = i18n::to_string(choice.match);
    out["requested"] = choice.requested;
    out["other_script"] = choice.other_script;
    *result_json = json_out(out);
    return HB_OK;
  });
}

hb_status hb_i18n_guess_country(const char* query_json, size_t query_length, const char* timezones_json,
                                size_t timezones_length, char** result_json) {
  if (result_json == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_i18n_guess_country: result_json is NULL");
  if (timezones_json == nullptr && timezones_length > 0) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_i18n_guess_country: timezones_json is NULL");
  }
  return i18n_guarded([&] {
    const nlohmann::json query = parse_json(query_json, query_length, "query");
    if (!query.is_object()) throw i18n::InvalidData("query is not a JSON object");
    i18n::CountryHints hints;
    hints.host_country = optional_string(query, "country");
    hints.time_zone = optional_string(query, "timezone");
    const auto languages = query.find("languages");
    if (languages != query.end() && !languages->is_null()) {
      hints.languages = first_strings(*languages, i18n::kMaxPreferences, "query.languages");
    }
    const i18n::TimeZoneCountries zones =
        timezones_length == 0
            ? i18n::TimeZoneCountries()
            : i18n::TimeZoneCountries::from_json(parse_json(timezones_json, timezones_length, "timezones"));
    const i18n::CountryGuess guess = i18n::guess_country(hints, zones);
    nlohmann::json out;
    out["country"] = guess.country;
    out["from"] = i18n::to_string(guess.from);
    *result_json = json_out(out);
    return HB_OK;
  });
}

hb_status hb_catalog_create(const char* catalogue_json, size_t catalogue_length, const char* fallback_json,
                            size_t fallback_length, hb_catalog** out) {
  if (out == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_catalog_create: out is NULL");
  if (fallback_json == nullptr && fallback_length > 0) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_catalog_create: fallback_json is NULL");
  }
  return i18n_guarded([&] {
    const nlohmann::json catalogue = parse_json(catalogue_json, catalogue_length, "catalogue");
    std::optional<nlohmann::json> fallback;
    if (fallback_length > 0) fallback = parse_json(fallback_json, fallback_length, "fallback catalogue");
    *out = new hb_catalog(i18n::MessageCatalog(catalogue, fallback ? &*fallback : nullptr));
    return HB_OK;
  });
}

void hb_catalog_destroy(hb_catalog* catalog) { delete catalog; }

hb_status hb_catalog_format(hb_catalog* catalog, const char* key, const char* params_json, size_t params_length,
                            const char* plural_category, char** text_json) {
  if (catalog == nullptr || key == nullptr || text_json == nullptr || (params_json == nullptr && params_length > 0)) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_catalog_format: NULL argument");
  }
  return i18n_guarded([&] {
    const nlohmann::json params =
        params_length == 0 ? nlohmann::json() : parse_json(params_json, params_length, "params");
    // Keys and categories are short identifiers; reading past a bound would
    // only find a longer, unknown one.
    const std::string_view key_text(key, strnlen(key, i18n::kMaxMessageKeyBytes + 1));
    const std::string_view category =
        plural_category == nullptr ? std::string_view() : std::string_view(plural_category, strnlen(plural_category, 8));
    const i18n::FormattedMessage message =
        catalog->catalog.format(key_text, i18n::params_from_json(params), category);
    nlohmann::json out;
    out["text"] = message.text;
    out["lang"] = message.from->lang;
    out["dir"] = message.from->dir;
    *text_json = json_out(out);
    return HB_OK;
  });
}

hb_status hb_catalog_meta(hb_catalog* catalog, char** meta_json) {
  if (catalog == nullptr || meta_json == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_catalog_meta: NULL argument");
  return i18n_guarded([&] {
    const i18n::CatalogMeta& meta = catalog->catalog.meta();
    *meta_json = json_out({{"lang", meta.lang}, {"name", meta.name}, {"dir", meta.dir}});
    return HB_OK;
  });
}

}  // extern "C"
