// The helpline directory through its C API, on the shipped data in locales/:
// ordering by category, open now and language, fallback, and the shipped files.
#include <doctest/doctest.h>

#include "test_support.h"

#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using nlohmann::json;

using test_support::read_file;
using test_support::take_json;

namespace {

std::string locale_file(const std::string& name) { return read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/locales/" + name); }

// A directory over the shipped shared files, with the given countries loaded.
struct Directory {
  explicit Directory(const std::vector<std::string>& countries = {}) {
    const std::string emergency = locale_file("emergency.json");
    const std::string topics = locale_file("category-topics.json");
    const std::string links = locale_file("directory.json");
    REQUIRE(hb_directory_create(emergency.data(), emergency.size(), topics.data(), topics.size(), links.data(),
                                links.size(), &handle) == HB_OK);
    for (const std::string& code : countries) add(code);
  }
  ~Directory() { hb_directory_destroy(handle); }
  Directory(const Directory&) = delete;
  Directory& operator=(const Directory&) = delete;

  void add(const std::string& code) {
    const std::string text = locale_file("helplines/" + code + ".json");
    REQUIRE_MESSAGE(hb_directory_add_country(handle, text.data(), text.size()) == HB_OK, hb_last_error());
  }

  json lookup(const json& query) const {
    const std::string text = query.dump();
    char* result = nullptr;
    REQUIRE_MESSAGE(hb_directory_lookup(handle, text.data(), text.size(), &result) == HB_OK, hb_last_error());
    return take_json(result);
  }

  json report(const std::string& code) const {
    char* result = nullptr;
    REQUIRE_MESSAGE(hb_directory_load_report(handle, code.c_str(), &result) == HB_OK, hb_last_error());
    return take_json(result);
  }

  hb_directory* handle = nullptr;
};

std::vector<std::string> ids(const json& result) {
  std::vector<std::string> out;
  for (const json& service : result["services"]) out.push_back(service["id"].get<std::string>());
  return out;
}

const json& service(const json& result, const std::string& id) {
  for (const json& entry : result["services"]) {
    if (entry["id"] == id) return entry;
  }
  FAIL("no service " << id);
  static const json none;
  return none;
}

std::vector<std::string> helpline_countries() {
  return json::parse(locale_file("directory.json"))["helpline_countries"].get<std::vector<std::string>>();
}

void check_hrefs(const json& result) {
  for (const json& entry : result["services"]) {
    for (const json& channel : entry["channels"]) {
      if (channel["href"].is_null()) continue;  // a number shown but not dialable as a link (*4141)
      const std::string href = channel["href"];
      const bool allowed = href.rfind("tel:", 0) == 0 || href.rfind("sms:", 0) == 0 || href.rfind("https://", 0) == 0;
      CHECK_MESSAGE(allowed, href);
    }
  }
  if (!result["emergency"].is_null()) CHECK(result["emergency"]["href"].get<std::string>().rfind("tel:", 0) == 0);
  CHECK(result["directory"].get<std::string>().rfind("https://", 0) == 0);
}

}  // namespace

TEST_CASE("directory: every shipped country file loads whole, every service vetted") {
  Directory directory;
  std::size_t countries_with_services = 0;
  for (const std::string& code : helpline_countries()) {
    CAPTURE(code);
    directory.add(code);
    const json raw = json::parse(locale_file("helplines/" + code + ".json"));
    const json report = directory.report(code);
    CHECK(report["dropped"].empty());
    CHECK(report["services"] == raw["services"].size());
    for (const json& entry : raw["services"]) {
      CHECK(entry["source"].get<std::string>().rfind("https://", 0) == 0);
      CHECK(entry["last_verified"].get<std::string>().size() == 10);
    }
    const json result = directory.lookup({{"country", code}, {"category", "suicidal_ideation"}, {"languages", {"en"}}});
    CHECK(result["country"] == code);
    CHECK(result["fallback"] == false);
    CHECK(result["services"].size() == raw["services"].size());
    CHECK_FALSE(result["emergency"].is_null());
    check_hrefs(result);
    if (!result["services"].empty()) ++countries_with_services;
  }
  CHECK(countries_with_services >= 40);
}

TEST_CASE("directory: the category's topics come first") {
  Directory directory({"ZA", "US"});
  const json substance = directory.lookup({{"country", "ZA"}, {"category", "substance_abuse_or_withdrawal"}});
  REQUIRE(substance["services"].size() == 3);
  CHECK(ids(substance)[0] == "za-dsd-substance-abuse");

  const json suicidal = directory.lookup({{"country", "ZA"}, {"category", "suicidal_ideation"}});
  CHECK(ids(suicidal) == std::vector<std::string>{"za-sadag-suicide-crisis", "za-sadag-cipla", "za-dsd-substance-abuse"});

  // Violent thoughts: emotional-support lines before a line that offers none.
  const json violent = directory.lookup({{"country", "ZA"}, {"category", "violent_thoughts"}});
  CHECK(ids(violent).back() == "za-dsd-substance-abuse");

  // No category: file order.
  const json none = directory.lookup({{"country", "ZA"}, {"category", nullptr}});
  CHECK(ids(none) == std::vector<std::string>{"za-sadag-suicide-crisis", "za-sadag-cipla", "za-dsd-substance-abuse"});

  // An unknown category is no preference, not an error.
  const json unknown = directory.lookup({{"country", "ZA"}, {"category", "<script>"}});
  CHECK(ids(unknown) == ids(none));

  const json us = directory.lookup({{"country", "US"}, {"category", "substance_abuse_or_withdrawal"}});
  CHECK(ids(us)[0] == "us-988-lifeline");
}

TEST_CASE("directory: the person's languages order services of equal fit") {
  Directory directory({"HK"});
  // hk-18111 does not publish its languages; hk-sbhk answers in Cantonese and English.
  CHECK(ids(directory.lookup({{"country", "HK"}, {"languages", {"zh-HK"}}})) ==
        std::vector<std::string>{"hk-samaritans", "hk-18111", "hk-sbhk"});
  CHECK(ids(directory.lookup({{"country", "HK"}, {"languages", {"yue", "en"}}})) ==
        std::vector<std::string>{"hk-samaritans", "hk-sbhk", "hk-18111"});
  CHECK(ids(directory.lookup({{"country", "HK"}, {"languages", json::array()}})) ==
        std::vector<std::string>{"hk-18111", "hk-samaritans", "hk-sbhk"});
}

TEST_CASE("directory: open now from the caller's clock, overnight and 24:00") {
  Directory directory({"BD", "IT", "DE", "IN"});
  auto bd_status = [&](int weekday, int minute) {
    const json result = directory.lookup({{"country", "BD"}, {"clock", {{"Asia/Dhaka", {{"weekday", weekday}, {"minute", minute}}}}}});
    return service(result, "bd-kaan-pete-roi")["status"].get<std::string>();
  };
  // Kaan Pete Roi: every day 15:00 to 03:00.
  CHECK(bd_status(2, 2 * 60) == "open");
  CHECK(bd_status(2, 3 * 60) == "closed");
  CHECK(bd_status(2, 15 * 60 - 1) == "closed");
  CHECK(bd_status(2, 15 * 60) == "open");
  CHECK(bd_status(0, 60) == "open");  // Saturday night into Sunday

  auto it_status = [&](int minute) {
    const json result = directory.lookup({{"country", "IT"}, {"clock", {{"Europe/Rome", {{"weekday", 3}, {"minute", minute}}}}}});
    return service(result, "it-telefono-amico")["status"].get<std::string>();
  };
  // Telefono Amico: 10:00 to 24:00.
  CHECK(it_status(23 * 60 + 59) == "open");
  CHECK(it_status(0) == "closed");
  CHECK(it_status(10 * 60) == "open");

  // Without the zone's local time the status is unknown, never guessed.
  CHECK(service(directory.lookup({{"country", "IT"}}), "it-telefono-amico")["status"] == "unknown");
  CHECK(service(directory.lookup({{"country", "IT"}, {"clock", {{"Europe/Rome", {{"weekday", 9}, {"minute", 5}}}}}}),
                "it-telefono-amico")["status"] == "unknown");
  CHECK(service(directory.lookup({{"country", "IT"}, {"clock", {{"Europe/Rome", {{"weekday", "1"}, {"minute", 5}}}}}}),
                "it-telefono-amico")["status"] == "unknown");

  const json germany = directory.lookup({{"country", "DE"}, {"clock", {{"Europe/Berlin", {{"weekday", 0}, {"minute", 900}}}}}});
  CHECK(service(germany, "de-telefonseelsorge")["status"] == "always");
  CHECK(service(germany, "de-nummer-gegen-kummer")["status"] == "closed");

  // Only the zones of weekly hours need a clock.
  char* zones = nullptr;
  REQUIRE(hb_directory_timezones(directory.handle, "IN", &zones) == HB_OK);
  CHECK(take_json(zones) == json{"Asia/Kolkata"});
  REQUIRE(hb_directory_timezones(directory.handle, "de", &zones) == HB_OK);
  CHECK(take_json(zones) == json{"Europe/Berlin"});
  REQUIRE(hb_directory_timezones(directory.handle, "ES", &zones) == HB_OK);  // not loaded
  CHECK(take_json(zones) == json::array());
}

TEST_CASE("directory: open now outranks language, topic outranks open now") {
  // Synthetic file: the same rules on data whose answer is known.
  const json file = {
      {"country", "ES"},
      {"name", "Spain"},
      {"services",
       {{{"id", "es-evening"}, {"name", "Evening line"}, {"channels", {{{"type", "phone"}, {"display", "111 111"}, {"tel", "tel:111111"}}}},
         {"hours", {{"tz", "Europe/Madrid"}, {"weekly", {{{"days", {"mon"}}, {"open", "18:00"}, {"close", "22:00"}}}}}},
         {"languages", {"es"}}, {"topics", {"suicide"}}, {"source", "https://example.org/a"}, {"last_verified", "2026-01-01"}},
        {{"id", "es-english"}, {"name", "English line"}, {"channels", {{{"type", "phone"}, {"display", "222 222"}, {"tel", "tel:222222"}}}},
         {"hours", {{"always", true}}}, {"languages", {"en"}}, {"topics", {"suicide"}},
         {"source", "https://example.org/b"}, {"last_verified", "2026-01-01"}},
        {{"id", "es-drugs"}, {"name", "Drug line"}, {"channels", {{{"type", "phone"}, {"display", "333 333"}, {"tel", "tel:333333"}}}},
         {"hours", nullptr}, {"languages", {"es"}}, {"topics", {"substance_use"}},
         {"source", "https://example.org/c"}, {"last_verified", "2026-01-01"}}}}};
  Directory directory;
  const std::string text = file.dump();
  REQUIRE(hb_directory_add_country(directory.handle, text.data(), text.size()) == HB_OK);

  const json monday_noon = {{"Europe/Madrid", {{"weekday", 1}, {"minute", 12 * 60}}}};
  const json monday_evening = {{"Europe/Madrid", {{"weekday", 1}, {"minute", 19 * 60}}}};
  // Suicidal ideation, Spanish reader: at noon the closed Spanish line drops below the open English one.
  CHECK(ids(directory.lookup({{"country", "ES"}, {"category", "suicidal_ideation"}, {"languages", {"es"}}, {"clock", monday_noon}})) ==
        std::vector<std::string>{"es-english", "es-evening", "es-drugs"});
  // In the evening both are open and the Spanish one comes first.
  const json evening = directory.lookup({{"country", "ES"}, {"category", "suicidal_ideation"}, {"languages", {"es"}}, {"clock", monday_evening}});
  CHECK(ids(evening) == std::vector<std::string>{"es-evening", "es-english", "es-drugs"});
  CHECK(evening["services"][0]["status"] == "open");
  CHECK(evening["services"][1]["status"] == "always");
  CHECK(evening["services"][2]["status"] == "unknown");
  // Substance use: the drug line first although its hours are unknown.
  CHECK(ids(directory.lookup({{"country", "ES"}, {"category", "substance_abuse_or_withdrawal"}, {"clock", monday_evening}}))[0] == "es-drugs");
}

TEST_CASE("directory: channels come out as tel:, sms: and https: links") {
  Directory directory({"GB", "US", "CL"});
  const json gb = directory.lookup({{"country", "GB"}});
  const json& shout = service(gb, "gb-shout")["channels"][0];
  CHECK(shout == json{{"type", "sms"}, {"display", "85258"}, {"keyword", "SHOUT"}, {"href", "sms:85258?body=SHOUT"}});
  CHECK(service(gb, "gb-samaritans")["channels"][0] == json{{"type", "phone"}, {"display", "116 123"}, {"href", "tel:116123"}});
  CHECK(service(gb, "gb-samaritans")["channels"][1] ==
        json{{"type", "web"}, {"display", "www.samaritans.org"}, {"href", "https://www.samaritans.org/"}});
  CHECK(gb["country_name"] == "United Kingdom");
  CHECK(gb["emergency"] == json{{"number", "999"}, {"href", "tel:999"}});
  CHECK(gb["directory"] == "https://findahelpline.com/countries/gb");

  const json us = directory.lookup({{"country", "US"}});
  const json& veterans_phone = service(us, "us-veterans-crisis-line")["channels"][0];
  CHECK(veterans_phone["display"] == "988, then press 1");
  CHECK(veterans_phone["href"] == "tel:988");
  CHECK(service(us, "us-988-lifeline")["channels"][1]["href"] == "sms:988");
  CHECK(service(us, "us-988-lifeline")["channels"][1]["keyword"].is_null());
  CHECK(us["emergency"]["number"] == "911");

  // *4141 cannot be a digits-only tel: link; it is shown, not linked.
  const json chile = directory.lookup({{"country", "CL"}});
  CHECK(chile["services"][0]["channels"][0] == json{{"type", "phone"}, {"display", "*4141"}, {"href", nullptr}});
  check_hrefs(gb);
  check_hrefs(us);
  check_hrefs(chile);
}

TEST_CASE("directory: a country without a file gets its emergency number and the directory") {
  Directory directory({"ES"});
  const json andorra = directory.lookup({{"country", "AD"}, {"category", "suicidal_ideation"}, {"languages", {"ca"}}});
  CHECK(andorra["fallback"] == true);
  CHECK(andorra["services"].empty());
  CHECK(andorra["country"] == "AD");
  CHECK(andorra["country_name"] == "Andorra");
  CHECK(andorra["emergency"] == json{{"number", "112"}, {"href", "tel:112"}});
  CHECK(andorra["directory"] == "https://findahelpline.com/countries/ad");

  // A country with a file that was not loaded is the same: never another country's lines.
  const json france = directory.lookup({{"country", "FR"}});
  CHECK(france["fallback"] == true);
  CHECK(france["services"].empty());
  CHECK(france["emergency"]["number"] == "112");
}

TEST_CASE("directory: an unknown country gets only the international directory") {
  Directory directory({"ES", "US"});
  const std::string general = "https://findahelpline.com/";
  for (const json& country : {json("XY"), json("ZZ"), json("Spain"), json("<b>"), json(nullptr), json(34), json("")}) {
    CAPTURE(country.dump());
    const json result = directory.lookup({{"country", country}, {"category", "suicidal_ideation"}});
    CHECK(result["fallback"] == true);
    CHECK(result["services"].empty());
    CHECK(result["emergency"].is_null());
    CHECK(result["directory"] == general);
  }
  CHECK(directory.lookup(json::object())["fallback"] == true);
  CHECK(directory.lookup({{"country", "XY"}})["country"] == "XY");
  CHECK(directory.lookup({{"country", "ZZ"}})["country"].is_null());
  // Lower case and the common aliases are read as the ISO code.
  CHECK(directory.lookup({{"country", "es"}})["services"].size() == 2);
  CHECK(directory.lookup({{"country", "UK"}})["country"] == "GB");
}

TEST_CASE("directory: the country list for the picker") {
  Directory directory;
  char* text = nullptr;
  REQUIRE(hb_directory_countries(directory.handle, &text) == HB_OK);
  const json countries = take_json(text);
  CHECK(countries.size() >= 200);
  std::size_t with_helplines = 0;
  for (const json& entry : countries) {
    if (entry["helplines"] == true) ++with_helplines;
    if (entry["code"] == "ES") CHECK(entry == json{{"code", "ES"}, {"name", "Spain"}, {"helplines", true}});
    if (entry["code"] == "AD") CHECK(entry["helplines"] == false);
  }
  CHECK(with_helplines == helpline_countries().size());
}
