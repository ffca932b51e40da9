// Hostile or broken directory data: a bad service is dropped with a reason, a
// file unusable as a whole is HB_ERROR_INVALID_DATA, and nothing crashes.
#include <doctest/doctest.h>

#include "test_support.h"

#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <sstream>
#include <string>

using nlohmann::json;

using test_support::read_file;
using test_support::take_json;

namespace {

std::string locale_file(const std::string& name) { return read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/locales/" + name); }

hb_status create(const std::string& emergency, const std::string& topics, const std::string& links, hb_directory** out) {
  return hb_directory_create(emergency.data(), emergency.size(), topics.data(), topics.size(), links.data(), links.size(), out);
}

struct Directory {
  Directory() {
    REQUIRE(create(locale_file("emergency.json"), locale_file("category-topics.json"), locale_file("directory.json"),
                   &handle) == HB_OK);
  }
  ~Directory() { hb_directory_destroy(handle); }
  Directory(const Directory&) = delete;
  Directory& operator=(const Directory&) = delete;

  hb_status add(const std::string& text) { return hb_directory_add_country(handle, text.data(), text.size()); }

  json lookup(const json& query) {
    const std::string text = query.dump();
    char* result = nullptr;
    REQUIRE_MESSAGE(hb_directory_lookup(handle, text.data(), text.size(), &result) == HB_OK, hb_last_error());
    return take_json(result);
  }

  json report(const char* country) {
    char* result = nullptr;
    REQUIRE_MESSAGE(hb_directory_load_report(handle, country, &result) == HB_OK, hb_last_error());
    return take_json(result);
  }

  hb_directory* handle = nullptr;
};

json good_service(const std::string& id) {
  return {{"id", id},
          {"name", "Test line"},
          {"local_name", nullptr},
          {"channels",
           {{{"type", "phone"}, {"display", "024"}, {"tel", "tel:024"}},
            {{"type", "sms"}, {"number", "85258"}, {"keyword", "SHOUT"}},
            {{"type", "chat"}, {"url", "https://example.org/chat"}}}},
          {"hours", {{"tz", "Europe/Madrid"}, {"weekly", {{{"days", {"mon"}}, {"open", "20:00"}, {"close", "02:00"}}}}}},
          {"languages", {"es"}},
          {"topics", {"suicide"}},
          {"free", true},
          {"confidential", nullptr},
          {"source", "https://example.org/source"},
          {"last_verified", "2026-01-15"},
          {"note", "Checked by phone."}};
}

// A Spanish file with a good service and a second one changed by `mutate`.
std::string file_with(const std::function<void(json&)>& mutate) {
  json hostile = good_service("es-hostile");
  mutate(hostile);
  return json{{"country", "ES"}, {"name", "Spain"}, {"services", {good_service("es-good"), hostile}}}.dump();
}

// Loads the file and returns the reason the hostile service was dropped ("" if kept).
std::string drop_reason(const std::function<void(json&)>& mutate) {
  Directory directory;
  REQUIRE_MESSAGE(directory.add(file_with(mutate)) == HB_OK, hb_last_error());
  const json report = directory.report("ES");
  const json result = directory.lookup({{"country", "ES"}});
  CHECK(result["services"][0]["id"] == "es-good");  // the good one always survives
  if (report["dropped"].empty()) return "";
  CHECK(report["dropped"].size() == 1);
  CHECK(report["dropped"][0]["index"] == 1);
  CHECK(result["services"].size() == 1);
  return report["dropped"][0]["reason"].get<std::string>();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("directory hostile: the unchanged fixture is kept whole") {
  CHECK(drop_reason([](json&) {}) == "");
}

TEST_CASE("directory hostile: markup anywhere drops the service") {
  CHECK(contains(drop_reason([](json& s) { s["name"] = "<img src=x onerror=alert(1)>"; }), "name contains markup"));
  CHECK(contains(drop_reason([](json& s) { s["local_name"] = "x<script>"; }), "local_name contains markup"));
  CHECK(contains(drop_reason([](json& s) { s["note"] = "call <b>now</b>"; }), "note contains markup"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][0]["display"] = "<b>024</b>"; }), "markup"));
  CHECK(contains(drop_reason([](json& s) { s["extra"] = {{"deep", {"<svg onload=alert(1)>"}}}; }), "extra.deep[0] contains markup"));
  CHECK(contains(drop_reason([](json& s) { s["name"] = "a\u202Eevil"; }), "bidi-override"));
  CHECK(contains(drop_reason([](json& s) { s["name"] = "line\nbreak"; }), "control"));
  // An unknown field that is plain text is ignored, not a reason to drop a vetted line.
  CHECK(drop_reason([](json& s) { s["extra"] = "fine"; }) == "");
}

TEST_CASE("directory hostile: only tel:, sms: and https: links") {
  CHECK(contains(drop_reason([](json& s) { s["channels"][2]["url"] = "javascript:alert(1)"; }), "javascript:"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][2]["url"] = "http://example.org/"; }), "channels[2].url is not an https:// URL"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][2]["url"] = "https://user@example.org/"; }), "https://"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][2]["url"] = "https://example.org/a b"; }), "https://"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][2]["url"] = "https://example.org/\"onmouseover=\"x"; }), "https://"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][2]["url"] = "data:text/html,hi"; }), "data:"));
  CHECK(contains(drop_reason([](json& s) { s["note"] = "see JaVaScRiPt :alert(1)"; }), "javascript:"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][0]["tel"] = "tel:024;ext=1"; }), "tel is not tel:"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][0]["tel"] = "https://example.org/"; }), "tel is not tel:"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][0]["tel"] = "tel:"; }), "tel is not tel:"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][1]["number"] = "85258?body=x"; }), "number is not"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][1]["keyword"] = "HI&body=x"; }), "keyword"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][0]["type"] = "fax"; }), "type is not"));
  CHECK(contains(drop_reason([](json& s) { s["source"] = "http://example.org/"; }), "source is not an https:// URL"));
}

TEST_CASE("directory hostile: wrong types drop the service") {
  CHECK(contains(drop_reason([](json& s) { s["name"] = 42; }), "name is not a string"));
  CHECK(contains(drop_reason([](json& s) { s["channels"] = "024"; }), "channels"));
  CHECK(contains(drop_reason([](json& s) { s["channels"] = json::array(); }), "channels"));
  CHECK(contains(drop_reason([](json& s) { s["channels"][0] = "tel:024"; }), "channels[0] is not an object"));
  CHECK(contains(drop_reason([](json& s) { s["free"] = "yes"; }), "free"));
  CHECK(contains(drop_reason([](json& s) { s["hours"] = "always"; }), "hours"));
  CHECK(contains(drop_reason([](json& s) { s["hours"] = {{"always", "true"}}; }), "hours.always"));
  CHECK(contains(drop_reason([](json& s) { s["hours"]["weekly"][0]["close"] = "25:00"; }), "HH:MM"));
  CHECK(contains(drop_reason([](json& s) { s["hours"]["weekly"][0]["close"] = "20:00"; }), "same time"));
  CHECK(contains(drop_reason([](json& s) { s["hours"]["weekly"][0]["days"] = {"funday"}; }), "days"));
  CHECK(contains(drop_reason([](json& s) { s["hours"]["tz"] = "../../etc/passwd"; }), "hours.tz"));
  CHECK(contains(drop_reason([](json& s) { s["topics"] = "suicide"; }), "topics"));
  CHECK(contains(drop_reason([](json& s) { s["topics"] = {"cults"}; }), "unknown topic"));
  CHECK(contains(drop_reason([](json& s) { s["languages"] = {1}; }), "languages"));
  CHECK(contains(drop_reason([](json& s) { s["id"] = "ES HOSTILE"; }), "id"));
  CHECK(contains(drop_reason([](json& s) { s["id"] = "fr-line"; }), "id"));
  CHECK(contains(drop_reason([](json& s) { s["id"] = "es-good"; }), "used by an earlier service"));
}

TEST_CASE("directory hostile: no source or last_verified, never shown") {
  CHECK(contains(drop_reason([](json& s) { s.erase("source"); }), "source is missing"));
  CHECK(contains(drop_reason([](json& s) { s["source"] = nullptr; }), "source is missing"));
  CHECK(contains(drop_reason([](json& s) { s.erase("last_verified"); }), "last_verified is missing"));
  CHECK(contains(drop_reason([](json& s) { s["last_verified"] = "2026-02-30"; }), "last_verified"));
  CHECK(contains(drop_reason([](json& s) { s["last_verified"] = "yesterday"; }), "last_verified"));
}

TEST_CASE("directory hostile: huge strings and deep nesting are bounded") {
  CHECK(contains(drop_reason([](json& s) { s["name"] = std::string(300000, 'x'); }), "name is too long"));
  CHECK(contains(drop_reason([](json& s) { s["name"] = std::string(201, 'x'); }), "name is too long"));
  CHECK(drop_reason([](json& s) { s["name"] = std::string(200, 'x'); }) == "");
  CHECK(contains(drop_reason([](json& s) { s["channels"][2]["url"] = "https://example.org/" + std::string(600, 'a'); }), "https://"));
  CHECK(contains(drop_reason([](json& s) {
    json deep = "bottom";
    for (int i = 0; i < 500; ++i) deep = json::array({deep});
    s["extra"] = deep;
  }), "nested too deeply"));
  CHECK(contains(drop_reason([](json& s) { s["channels"] = json::array(); for (int i = 0; i < 20; ++i) s["channels"].push_back({{"type", "phone"}, {"display", "024"}, {"tel", "tel:024"}}); }), "channels"));

  // A file of several megabytes is not a country file.
  Directory directory;
  const std::string huge = json{{"country", "ES"}, {"name", "Spain"}, {"services", json::array()}, {"pad", std::string(2 << 20, 'x')}}.dump();
  CHECK(directory.add(huge) == HB_ERROR_INVALID_DATA);
  CHECK(contains(hb_last_error(), "1 MiB"));
}

TEST_CASE("directory hostile: an unusable file is rejected and the country keeps its data") {
  Directory directory;
  REQUIRE(directory.add(file_with([](json&) {})) == HB_OK);
  const char* broken[] = {
      "",
      "not json",
      "[]",
      "{\"country\": \"ES\", ",
      R"({"country": "Spain", "name": "Spain", "services": []})",
      R"({"country": "es", "name": "Spain", "services": []})",
      R"({"country": 34, "name": "Spain", "services": []})",
      R"({"country": "ES", "name": "<b>Spain</b>", "services": []})",
      R"({"country": "ES", "name": "Spain"})",
      R"({"country": "ES", "name": "Spain", "services": {}})",
      "{\"country\": \"ES\", \"name\": \"Sp\xff\xfe\", \"services\": []}",  // not UTF-8
  };
  for (const char* text : broken) {
    CAPTURE(text);
    CHECK(hb_directory_add_country(directory.handle, text, std::string(text).size()) == HB_ERROR_INVALID_DATA);
    CHECK(std::string(hb_last_error()).size() > 0);
  }
  const json result = directory.lookup({{"country", "ES"}});
  CHECK(result["fallback"] == false);
  CHECK(result["services"].size() == 2);
}

TEST_CASE("directory hostile: a file whose every service is dropped falls back") {
  Directory directory;
  const std::string text = json{{"country", "ES"}, {"name", "Spain"},
                                {"services", {json{{"id", "es-x"}, {"name", "<script>"}}, 42, "x", nullptr}}}.dump();
  REQUIRE(directory.add(text) == HB_OK);
  const json report = directory.report("es");
  CHECK(report["services"] == 0);
  CHECK(report["dropped"].size() == 4);
  CHECK(report["dropped"][0]["id"] == "es-x");
  CHECK(report["dropped"][1]["id"].is_null());
  for (const json& dropped : report["dropped"]) CHECK_FALSE(contains(dropped["reason"].get<std::string>(), "<script>"));
  const json result = directory.lookup({{"country", "ES"}});
  CHECK(result["fallback"] == true);
  CHECK(result["services"].empty());
  CHECK(result["emergency"]["number"] == "112");
}

TEST_CASE("directory hostile: broken shared files") {
  const std::string emergency = locale_file("emergency.json");
  const std::string topics = locale_file("category-topics.json");
  const std::string links = locale_file("directory.json");
  hb_directory* directory = nullptr;
  CHECK(create("[]", topics, links, &directory) == HB_ERROR_INVALID_DATA);
  CHECK(create(emergency, R"({"suicidal_ideation": ["cults"]})", links, &directory) == HB_ERROR_INVALID_DATA);
  CHECK(create(emergency, R"({"suicidal_ideation": "suicide"})", links, &directory) == HB_ERROR_INVALID_DATA);
  CHECK(create(emergency, topics, R"({"url": "http://findahelpline.com/"})", &directory) == HB_ERROR_INVALID_DATA);
  CHECK(create(emergency, topics, R"j({"url": "javascript:alert(1)"})j", &directory) == HB_ERROR_INVALID_DATA);
  CHECK(create(emergency, topics, R"({"url": "https://a.example/", "country_url": "http://a.example/{cc}"})", &directory) == HB_ERROR_INVALID_DATA);
  CHECK(directory == nullptr);

  // A bad emergency entry leaves that region without a number, never with a wrong one.
  const std::string hostile_emergency =
      R"({"ES": {"name": "Spain", "numbers": ["112;javascript:x"]}, "FR": {"name": "<b>France", "numbers": ["112"]},
          "DE": {"name": "Germany", "numbers": ["112"]}, "GB": {"name": "United Kingdom", "numbers": []}})";
  REQUIRE(create(hostile_emergency, topics, links, &directory) == HB_OK);
  for (const char* code : {"ES", "FR", "GB"}) {
    const std::string query = std::string(R"({"country": ")") + code + "\"}";
    char* result = nullptr;
    REQUIRE(hb_directory_lookup(directory, query.data(), query.size(), &result) == HB_OK);
    const json lookup = take_json(result);
    CHECK(lookup["emergency"].is_null());
    CHECK(lookup["fallback"] == true);
  }
  const std::string germany = R"({"country": "DE"})";
  char* result = nullptr;
  REQUIRE(hb_directory_lookup(directory, germany.data(), germany.size(), &result) == HB_OK);
  CHECK(take_json(result)["emergency"]["number"] == "112");
  hb_directory_destroy(directory);
}

TEST_CASE("directory hostile: queries and arguments") {
  Directory directory;
  REQUIRE(directory.add(file_with([](json&) {})) == HB_OK);
  char* result = nullptr;
  for (const std::string query : {"", "nope", "[]", "\"ES\"", "{\"country\": "}) {
    CAPTURE(query);
    CHECK(hb_directory_lookup(directory.handle, query.data(), query.size(), &result) == HB_ERROR_INVALID_DATA);
  }
  CHECK(result == nullptr);
  // Odd field values are unknowns, not errors.
  const json odd = directory.lookup({{"country", "ES"},
                                     {"category", {{"nested", true}}},
                                     {"languages", {1, nullptr, "<b>", std::string(5000, 'x'), "es"}},
                                     {"clock", {{"Europe/Madrid", "monday"}, {"<script>", {{"weekday", 1}, {"minute", 1}}}}}});
  CHECK(odd["services"].size() == 2);
  CHECK(odd["services"][1]["status"] == "unknown");
  CHECK(directory.lookup({{"country", "ES"}, {"languages", "es"}, {"clock", json::array()}})["services"].size() == 2);

  CHECK(hb_directory_lookup(nullptr, "{}", 2, &result) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_directory_lookup(directory.handle, nullptr, 0, &result) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_directory_lookup(directory.handle, "{}", 2, nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_directory_add_country(directory.handle, nullptr, 3) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_directory_add_country(nullptr, "{}", 2) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_directory_timezones(directory.handle, nullptr, &result) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_directory_load_report(directory.handle, "FR", &result) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_directory_countries(nullptr, &result) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_directory_create(nullptr, 0, "{}", 2, "{}", 2, nullptr) == HB_ERROR_INVALID_ARGUMENT);
  hb_directory_destroy(nullptr);
}
