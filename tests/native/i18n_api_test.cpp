// The i18n C API: JSON in and out, statuses and errors, hostile arguments.
#include <doctest/doctest.h>

#include "test_support.h"

#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

using nlohmann::json;

using test_support::read_file;
using test_support::take_json;

namespace {

std::string source_file(const std::string& relative) {
  return read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/" + relative);
}

json take(char* owned) {
  REQUIRE(owned != nullptr);
  const json value = json::parse(owned);
  hb_free(owned);
  return value;
}

json negotiate(const std::string& requested, const std::string& available = R"(["en","es","zh","he"])") {
  char* out = nullptr;
  REQUIRE(hb_i18n_negotiate(requested.data(), requested.size(), available.data(), available.size(), &out) == HB_OK);
  return take(out);
}

json guess(const std::string& query) {
  static const std::string zones = source_file("locales/timezones.json");
  char* out = nullptr;
  REQUIRE(hb_i18n_guess_country(query.data(), query.size(), zones.data(), zones.size(), &out) == HB_OK);
  return take(out);
}

bool last_error_mentions(const std::string& needle) {
  return std::string(hb_last_error()).find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("C API: hb_i18n_negotiate") {
  CHECK(negotiate(R"(["es-MX","en-US"])") ==
        json{{"lang", "es"}, {"match", "language"}, {"requested", "es-MX"}, {"other_script", false}});
  CHECK(negotiate(R"(["zh-TW"])") ==
        json{{"lang", "zh"}, {"match", "language"}, {"requested", "zh-TW"}, {"other_script", true}});
  CHECK(negotiate(R"(["iw"])")["match"] == "legacy");
  CHECK(negotiate(R"([])") == json{{"lang", "en"}, {"match", "fallback"}, {"requested", ""}, {"other_script", false}});
  // Non-strings are skipped but count towards the limit.
  CHECK(negotiate(R"([null, 3, {"lang":"es"}, ["es"], "", "*", "es"])")["lang"] == "es");
  json long_list = json::array();
  for (int i = 0; i < 500; ++i) long_list.push_back(nullptr);
  long_list.push_back("es");
  CHECK(negotiate(long_list.dump())["lang"] == "en");

  char* out = nullptr;
  const std::string ok = R"(["en"])";
  CHECK(hb_i18n_negotiate(ok.data(), ok.size(), ok.data(), ok.size(), nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_i18n_negotiate(nullptr, 0, ok.data(), ok.size(), &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_i18n_negotiate("[\"es\"", 5, ok.data(), ok.size(), &out) == HB_ERROR_INVALID_DATA);
  CHECK(hb_i18n_negotiate("\"es\"", 4, ok.data(), ok.size(), &out) == HB_ERROR_INVALID_DATA);
  CHECK(last_error_mentions("requested is not a JSON array"));
  CHECK(hb_i18n_negotiate(ok.data(), ok.size(), "{}", 2, &out) == HB_ERROR_INVALID_DATA);
  CHECK(last_error_mentions("available"));
  CHECK(out == nullptr);  // left unset on failure
}

TEST_CASE("C API: hb_i18n_guess_country") {
  CHECK(guess(R"({"country":"mx","timezone":"Europe/Madrid","languages":["de-DE"]})") ==
        json{{"country", "MX"}, {"from", "host"}});
  CHECK(guess(R"({"timezone":"Europe/Madrid","languages":["es-MX"]})") ==
        json{{"country", "ES"}, {"from", "timezone"}});
  CHECK(guess(R"({"country":null,"timezone":"Etc/UTC","languages":["es-MX"]})") ==
        json{{"country", "MX"}, {"from", "languages"}});
  CHECK(guess(R"({"languages":[1, null, "x-klingon"]})") == json{{"country", ""}, {"from", "none"}});
  CHECK(guess(R"({})") == json{{"country", ""}, {"from", "none"}});
  CHECK(guess(R"({"country":"Mexico","unknown":"ignored"})") == json{{"country", ""}, {"from", "none"}});

  // No table: the time zone is not used.
  char* out = nullptr;
  const std::string query = R"({"timezone":"Europe/Madrid"})";
  REQUIRE(hb_i18n_guess_country(query.data(), query.size(), nullptr, 0, &out) == HB_OK);
  CHECK(take(out) == json{{"country", ""}, {"from", "none"}});

  out = nullptr;
  CHECK(hb_i18n_guess_country(query.data(), query.size(), nullptr, 5, &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_i18n_guess_country(query.data(), query.size(), nullptr, 0, nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_i18n_guess_country("[]", 2, nullptr, 0, &out) == HB_ERROR_INVALID_DATA);
  CHECK(hb_i18n_guess_country("{\"country\":52}", 14, nullptr, 0, &out) == HB_ERROR_INVALID_DATA);
  CHECK(last_error_mentions("query.country"));
  CHECK(hb_i18n_guess_country("{\"languages\":\"es\"}", 18, nullptr, 0, &out) == HB_ERROR_INVALID_DATA);
  const std::string bad_zones = R"({"Europe/Madrid":"Spain"})";
  CHECK(hb_i18n_guess_country(query.data(), query.size(), bad_zones.data(), bad_zones.size(), &out) ==
        HB_ERROR_INVALID_DATA);
  CHECK(last_error_mentions("Europe/Madrid"));
  CHECK(out == nullptr);
}

TEST_CASE("C API: catalogue lifecycle, formatting and meta") {
  const std::string english = source_file("locales/messages/en.json");
  const std::string arabic = source_file("locales/messages/ar.json");
  hb_catalog* catalog = nullptr;
  REQUIRE(hb_catalog_create(arabic.data(), arabic.size(), english.data(), english.size(), &catalog) == HB_OK);

  char* out = nullptr;
  REQUIRE(hb_catalog_meta(catalog, &out) == HB_OK);
  const json meta = take(out);
  CHECK(meta["lang"] == "ar");
  CHECK(meta["dir"] == "rtl");
  CHECK(meta["name"].get<std::string>().size() > 0);

  const std::string params = R"({"count":3})";
  REQUIRE(hb_catalog_format(catalog, "notNow.snoozed", params.data(), params.size(), "few", &out) == HB_OK);
  const json few = take(out);
  CHECK(few["lang"] == "ar");
  CHECK(few["dir"] == "rtl");
  CHECK(few["text"].get<std::string>().find("3") != std::string::npos);

  REQUIRE(hb_catalog_format(catalog, "action.close", nullptr, 0, nullptr, &out) == HB_OK);
  CHECK(take(out)["text"].get<std::string>().size() > 0);

  out = nullptr;
  CHECK(hb_catalog_format(catalog, "no.such.key", nullptr, 0, nullptr, &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(last_error_mentions("no.such.key"));
  CHECK(hb_catalog_format(catalog, std::string(100000, 'k').c_str(), nullptr, 0, nullptr, &out) ==
        HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_format(catalog, "notNow.snoozed", nullptr, 0, "plural", &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_format(catalog, "notNow.snoozed", nullptr, 0, "otherwise", &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_format(catalog, "action.call", "[1]", 3, nullptr, &out) == HB_ERROR_INVALID_DATA);
  CHECK(hb_catalog_format(catalog, "action.call", "{", 1, nullptr, &out) == HB_ERROR_INVALID_DATA);
  CHECK(hb_catalog_format(catalog, "action.call", nullptr, 4, nullptr, &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_format(catalog, nullptr, nullptr, 0, nullptr, &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_format(catalog, "action.call", nullptr, 0, nullptr, nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_format(nullptr, "action.call", nullptr, 0, nullptr, &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_meta(nullptr, &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_meta(catalog, nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(out == nullptr);

  hb_catalog_destroy(catalog);
  hb_catalog_destroy(nullptr);

  // English needs no fallback.
  REQUIRE(hb_catalog_create(english.data(), english.size(), nullptr, 0, &catalog) == HB_OK);
  const std::string number = R"({"number":"<b>988</b>"})";
  REQUIRE(hb_catalog_format(catalog, "action.call", number.data(), number.size(), "", &out) == HB_OK);
  CHECK(take(out) == json{{"text", "Call <b>988</b>"}, {"lang", "en"}, {"dir", "ltr"}});
  hb_catalog_destroy(catalog);
}

TEST_CASE("C API: hostile catalogues are HB_ERROR_INVALID_DATA and name the key") {
  hb_catalog* catalog = nullptr;
  const std::string markup =
      R"({"meta":{"lang":"en","name":"English","dir":"ltr"},"messages":{"greeting":"<img src=x onerror=alert(1)>"}})";
  CHECK(hb_catalog_create(markup.data(), markup.size(), nullptr, 0, &catalog) == HB_ERROR_INVALID_DATA);
  CHECK(last_error_mentions("\"greeting\" contains markup"));
  const std::string no_other =
      R"({"meta":{"lang":"en","name":"English","dir":"ltr"},"messages":{"n":{"one":"One"}}})";
  CHECK(hb_catalog_create(no_other.data(), no_other.size(), nullptr, 0, &catalog) == HB_ERROR_INVALID_DATA);
  CHECK(last_error_mentions("\"n\" is plural but has no \"other\""));
  const std::string fine = R"({"meta":{"lang":"en","name":"English","dir":"ltr"},"messages":{"n":"x"}})";
  CHECK(hb_catalog_create(fine.data(), fine.size(), markup.data(), markup.size(), &catalog) == HB_ERROR_INVALID_DATA);
  CHECK(last_error_mentions("fallback catalogue"));
  CHECK(hb_catalog_create("not json", 8, nullptr, 0, &catalog) == HB_ERROR_INVALID_DATA);
  CHECK(hb_catalog_create(nullptr, 0, nullptr, 0, &catalog) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_create(fine.data(), fine.size(), nullptr, 3, &catalog) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_catalog_create(fine.data(), fine.size(), nullptr, 0, nullptr) == HB_ERROR_INVALID_ARGUMENT);
  // Bytes that are not UTF-8 inside a JSON string never get in.
  const std::string bad_utf8 =
      "{\"meta\":{\"lang\":\"en\",\"name\":\"English\",\"dir\":\"ltr\"},\"messages\":{\"n\":\"\xC3\x28\"}}";
  CHECK(hb_catalog_create(bad_utf8.data(), bad_utf8.size(), nullptr, 0, &catalog) == HB_ERROR_INVALID_DATA);
  CHECK(catalog == nullptr);
}
