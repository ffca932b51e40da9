// The dialog's view model through its C API, on the shipped data in locales/:
// what each mode says, the services' actions and names, the fallback, and
// hostile requests and catalogues.
#include <doctest/doctest.h>

#include "test_support.h"

#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

using nlohmann::json;

using test_support::repo_file;
using test_support::take_json;

namespace {

// A directory over the shipped shared files, with the given countries loaded.
struct Directory {
  explicit Directory(const std::vector<std::string>& countries) {
    const std::string emergency = repo_file("locales/emergency.json");
    const std::string topics = repo_file("locales/category-topics.json");
    const std::string links = repo_file("locales/directory.json");
    REQUIRE(hb_directory_create(emergency.data(), emergency.size(), topics.data(), topics.size(), links.data(),
                                links.size(), &handle) == HB_OK);
    for (const std::string& code : countries) {
      const std::string text = repo_file("locales/helplines/" + code + ".json");
      REQUIRE_MESSAGE(hb_directory_add_country(handle, text.data(), text.size()) == HB_OK, hb_last_error());
    }
  }
  ~Directory() { hb_directory_destroy(handle); }
  Directory(const Directory&) = delete;
  Directory& operator=(const Directory&) = delete;
  hb_directory* handle = nullptr;
};

// A catalogue from its JSON text, with English behind it unless told otherwise.
struct Catalog {
  explicit Catalog(const std::string& text, bool english_fallback = true) {
    const std::string english = english_fallback ? repo_file("locales/messages/en.json") : std::string();
    const hb_status status = hb_catalog_create(text.data(), text.size(), english.empty() ? nullptr : english.data(),
                                               english.size(), &handle);
    REQUIRE_MESSAGE(status == HB_OK, hb_last_error());
  }
  static Catalog shipped(const std::string& lang) {
    return Catalog(repo_file("locales/messages/" + lang + ".json"), lang != "en");
  }
  ~Catalog() { hb_catalog_destroy(handle); }
  Catalog(Catalog&& other) noexcept : handle(other.handle) { other.handle = nullptr; }
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;
  hb_catalog* handle = nullptr;
};

json build(Directory& directory, Catalog& catalog, const json& request) {
  const std::string text = request.dump();
  char* view = nullptr;
  const hb_status status = hb_view_build(directory.handle, catalog.handle, text.data(), text.size(), &view);
  REQUIRE_MESSAGE(status == HB_OK, hb_last_error() << " for " << text);
  return take_json(view);
}

// The status of a request that must fail; the out-parameter must stay unset.
hb_status build_status(Directory& directory, Catalog& catalog, const std::string& text) {
  char* view = nullptr;
  const hb_status status = hb_view_build(directory.handle, catalog.handle, text.data(), text.size(), &view);
  if (status == HB_OK) hb_free(view);
  else CHECK(view == nullptr);
  return status;
}

json message(const std::string& lang, const std::string& key) {
  return json::parse(repo_file("locales/messages/" + lang + ".json"))["messages"][key];
}

json fixture(const std::string& name) { return json::parse(repo_file("tests/browser/fixtures/" + name + ".json")); }

const json* service(const json& view, const std::string& id) {
  for (const json& item : view["services"]) {
    if (item["id"] == id) return &item;
  }
  return nullptr;
}

const json* action(const json& service, const std::string& kind) {
  for (const json& item : service["actions"]) {
    if (item["kind"] == kind) return &item;
  }
  return nullptr;
}

const char* const kFsi = "\xE2\x81\xA8";  // U+2068 FIRST STRONG ISOLATE
const char* const kPdi = "\xE2\x81\xA9";  // U+2069 POP DIRECTIONAL ISOLATE

}  // namespace

TEST_CASE("view API: urgent, GB, English: the fixture's texts, a tel: call action, 999") {
  Directory directory({"GB"});
  Catalog catalog = Catalog::shipped("en");
  const json view = build(directory, catalog, {{"mode", "urgent"}, {"category", "suicidal_ideation"}, {"country", "GB"}});
  const json expected = fixture("urgent-en");

  for (const char* key : {"mode", "category", "lang", "dir", "country", "title", "body", "intro", "helplinesHeading",
                          "emergency", "actions"}) {
    CHECK_MESSAGE(view[key] == expected[key], key);
  }
  CHECK(view["directory"]["label"] == expected["directory"]["label"]);
  CHECK(view["directory"]["href"] == "https://findahelpline.com/countries/gb");
  CHECK(view["countryPicker"]["label"] == "Country");

  // The fixture's cards, as the core builds them from GB.json.
  for (const json& card : expected["services"]) {
    const json* built = service(view, card["id"]);
    REQUIRE_MESSAGE(built != nullptr, card["id"]);
    CHECK(*built == card);
  }
  const json* samaritans = service(view, "gb-samaritans");
  REQUIRE(samaritans != nullptr);
  const json* call = action(*samaritans, "call");
  REQUIRE(call != nullptr);
  CHECK(call->at("href") == "tel:116123");
  CHECK(call->at("label") == "Call 116 123");
}

TEST_CASE("view API: Arabic in the UAE is right-to-left, with the service's own name") {
  Directory directory({"AE"});
  Catalog catalog = Catalog::shipped("ar");
  // 12:00 on a Monday in Dubai: the 09:00-21:00 line is open.
  const json view = build(directory, catalog,
                          {{"mode", "urgent"}, {"category", "self_harm"}, {"country", "AE"}, {"languages", {"ar"}},
                           {"clock", {{"Asia/Dubai", {{"weekday", 1}, {"minute", 720}}}}}});
  const json expected = fixture("urgent-ar");
  CHECK(view["lang"] == "ar");
  CHECK(view["dir"] == "rtl");
  CHECK(view["title"] == expected["title"]);
  CHECK(view["intro"] == expected["intro"]);
  CHECK(view["directory"]["label"] == expected["directory"]["label"]);
  CHECK(view["actions"] == expected["actions"]);

  const json* line = service(view, "ae-ehs-talk-to-us");
  REQUIRE(line != nullptr);
  CHECK(line->at("name") == "تحدث لنسمعك");
  CHECK(line->at("status") == "open");
  CHECK(line->at("statusLabel") == message("ar", "service.openNow"));
  CHECK(line->at("badges") == json({message("ar", "service.free"), message("ar", "service.confidential")}));
  const json* call = action(*line, "call");
  REQUIRE(call != nullptr);
  CHECK(call->at("href") == "tel:8008877");
  // The number keeps its own order inside Arabic text.
  CHECK(call->at("label").get<std::string>().find(std::string(kFsi) + "8008877" + kPdi) != std::string::npos);
  CHECK(view["emergency"]["number"] == "999");
  CHECK(view["emergency"]["href"] == "tel:999");

  // After hours the same line says it is closed.
  const json late = build(directory, catalog,
                          {{"mode", "urgent"}, {"country", "AE"},
                           {"clock", {{"Asia/Dubai", {{"weekday", 1}, {"minute", 22 * 60}}}}}});
  CHECK(late["services"][0]["status"] == "closed");
  CHECK(late["services"][0]["statusLabel"] == message("ar", "service.closedNow"));
  // Without the time there, the status is unknown and says nothing.
  const json unknown = build(directory, catalog, {{"mode", "urgent"}, {"country", "AE"}});
  CHECK(unknown["services"][0]["status"] == "unknown");
  CHECK(unknown["services"][0]["statusLabel"].is_null());
}

TEST_CASE("view API: each mode's title, body and intro") {
  Directory directory({"GB"});
  Catalog catalog = Catalog::shipped("en");

  const json support = build(directory, catalog, {{"mode", "support"}, {"category", "anxiety_crisis"}, {"country", "GB"}});
  const json support_fixture = fixture("support-en");
  for (const char* key : {"mode", "category", "title", "body", "intro"}) CHECK_MESSAGE(support[key] == support_fixture[key], key);

  // "This is about someone else": the writer's intro would speak to the wrong person.
  const json other = build(directory, catalog, {{"mode", "someone_else"}, {"category", "suicidal_ideation"}, {"country", "GB"}});
  const json other_fixture = fixture("someone-else-en");
  for (const char* key : {"mode", "title", "body", "intro"}) CHECK_MESSAGE(other[key] == other_fixture[key], key);
  CHECK(other["category"] == "suicidal_ideation");

  const json help = build(directory, catalog, {{"mode", "help"}, {"country", "GB"}});
  CHECK(help["mode"] == "help");
  CHECK(help["category"].is_null());
  CHECK(help["title"] == message("en", "urgent.title"));
  CHECK(help["body"] == message("en", "support.body"));
  CHECK(help["intro"].is_null());
  CHECK(help["services"].size() == 2);
}

TEST_CASE("view API: a country without a helpline file gets its emergency number and the directory") {
  Directory directory({"GB"});
  Catalog catalog = Catalog::shipped("en");
  const json turkey = build(directory, catalog, {{"mode", "urgent"}, {"category", "self_harm"}, {"country", "TR"}});
  CHECK(turkey["country"] == "TR");
  CHECK(turkey["services"].empty());
  CHECK(turkey["emergency"] == json({{"label", "If you are in immediate danger, call 112."},
                                     {"number", "112"},
                                     {"href", "tel:112"}}));
  CHECK(turkey["directory"]["href"] == "https://findahelpline.com/countries/tr");
  CHECK(turkey["title"] == message("en", "urgent.title"));

  // A country with a file the host did not load is the same: never another country's lines.
  const json spain = build(directory, catalog, {{"mode", "urgent"}, {"country", "ES"}});
  CHECK(spain["services"].empty());
  CHECK(spain["emergency"]["number"] == "112");

  // No usable country: no emergency number to show, the international directory.
  for (const json& country : {json("ZZ"), json("Spain"), json("<b>GB</b>"), json(44), json(nullptr)}) {
    const json view = build(directory, catalog, {{"mode", "urgent"}, {"country", country}});
    CHECK_MESSAGE(view["country"] == "", country.dump());
    CHECK(view["services"].empty());
    CHECK(view["emergency"].is_null());
    CHECK(view["directory"]["href"] == "https://findahelpline.com/");
    CHECK(view["directory"]["label"] == "Find a helpline in another country");
  }
  // "UK" is read as GB, like the directory's lookup does.
  CHECK(build(directory, catalog, {{"mode", "urgent"}, {"country", "uk"}})["country"] == "GB");
}

TEST_CASE("view API: service names follow what the reader reads") {
  Directory directory({"ES", "JP"});
  Catalog english = Catalog::shipped("en");
  Catalog spanish = Catalog::shipped("es");
  Catalog japanese = Catalog::shipped("ja");
  Catalog chinese = Catalog::shipped("zh");

  CHECK((*service(build(directory, spanish, {{"mode", "urgent"}, {"country", "ES"}}), "es-024"))["name"] ==
        "Línea 024 de atención a la conducta suicida");
  CHECK((*service(build(directory, english, {{"mode", "urgent"}, {"country", "ES"}}), "es-024"))["name"] ==
        "024 Suicidal Behaviour Helpline");
  const json in_japanese = build(directory, japanese, {{"mode", "urgent"}, {"country", "JP"}});
  CHECK((*service(in_japanese, "jp-yorisoi-hotline"))["name"] == "よりそいホットライン");
  CHECK((*service(in_japanese, "jp-inochi-no-denwa"))["name"] == "自殺予防いのちの電話");
  // Yorisoi answers in Chinese, but its own name is in kana: the English one is kept.
  const json in_chinese = build(directory, chinese, {{"mode", "urgent"}, {"country", "JP"}});
  CHECK((*service(in_chinese, "jp-yorisoi-hotline"))["name"] == "Yorisoi Hotline");
  // Inochi no Denwa answers only in Japanese.
  CHECK((*service(in_chinese, "jp-inochi-no-denwa"))["name"].get<std::string>().rfind("Inochi no Denwa", 0) == 0);
}

TEST_CASE("view API: a vetted number without a tel: link stays, as a call action without href") {
  Directory directory({"CL"});
  Catalog spanish = Catalog::shipped("es");
  const json view = build(directory, spanish, {{"mode", "urgent"}, {"country", "CL"}});
  REQUIRE(view["services"].size() == 1);
  const json& line = view["services"][0];
  CHECK(line["name"] == "Línea de Prevención del Suicidio *4141");
  REQUIRE(line["actions"].size() == 1);
  CHECK(line["actions"][0]["kind"] == "call");
  CHECK(line["actions"][0]["href"].is_null());
  CHECK(line["actions"][0]["label"].get<std::string>().find("*4141") != std::string::npos);
}

TEST_CASE("view API: text actions, with and without a keyword") {
  Directory directory({"GB", "US"});
  Catalog catalog = Catalog::shipped("en");
  const json gb = build(directory, catalog, {{"mode", "support"}, {"country", "GB"}});
  CHECK(*action(*service(gb, "gb-shout"), "text") ==
        json({{"kind", "text"}, {"label", "Text SHOUT to 85258"}, {"href", "sms:85258?body=SHOUT"}}));
  const json us = build(directory, catalog, {{"mode", "support"}, {"country", "US"}});
  const json* lifeline = service(us, "us-988-lifeline");
  REQUIRE(lifeline != nullptr);
  CHECK(*action(*lifeline, "text") == json({{"kind", "text"}, {"label", "Text 988"}, {"href", "sms:988"}}));
}

TEST_CASE("view API: the category orders the services, languages default to the catalogue's") {
  Directory directory({"ES"});
  Catalog spanish = Catalog::shipped("es");
  const json view = build(directory, spanish, {{"mode", "urgent"}, {"category", "suicidal_ideation"}, {"country", "ES"}});
  REQUIRE(!view["services"].empty());
  CHECK(view["services"][0]["id"] == "es-024");
}

TEST_CASE("view API: the country picker lists every region, by name") {
  Directory directory({"GB"});
  Catalog catalog = Catalog::shipped("en");
  const json view = build(directory, catalog, {{"mode", "help"}, {"country", "TR"}});
  const json& options = view["countryPicker"]["options"];
  const json emergency = json::parse(repo_file("locales/emergency.json"));
  CHECK(options.size() == emergency.size() - 1);  // every region but "_meta"
  std::set<std::string> codes;
  for (const json& option : options) {
    REQUIRE(option.size() == 2);
    codes.insert(option["code"].get<std::string>());
  }
  CHECK(codes.size() == options.size());
  CHECK(codes.count("TR") == 1);
  CHECK(codes.count("GB") == 1);
  CHECK(options[0]["name"] == "Afghanistan");
  // Accents do not send a name to the end.
  std::size_t aland = 0;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i]["code"] == "AX") aland = i;
  }
  CHECK(aland > 0);
  CHECK(aland < 10);
}

TEST_CASE("view API: every shipped country, every mode: only tel:, sms: and https: links, plain text") {
  const json index = json::parse(repo_file("locales/directory.json"));
  const std::vector<std::string> countries = index["helpline_countries"];
  Directory directory(countries);
  Catalog catalog = Catalog::shipped("en");
  const std::map<std::string, std::string> scheme = {
      {"call", "tel:"}, {"text", "sms:"}, {"chat", "https://"}, {"whatsapp", "https://"}, {"website", "https://"}};
  const auto plain = [](const json& text) {
    return text.is_string() && !text.get<std::string>().empty() && text.get<std::string>().find_first_of("<>") == std::string::npos;
  };
  for (const std::string& country : countries) {
    for (const char* mode : {"urgent", "support", "someone_else", "help"}) {
      const json view = build(directory, catalog, {{"mode", mode}, {"category", "suicidal_ideation"}, {"country", country}});
      CAPTURE(country);
      CAPTURE(mode);
      CHECK(view["country"] == country);
      CHECK_FALSE(view["services"].empty());
      for (const json& card : view["services"]) {
        CHECK(plain(card["name"]));
        CHECK_FALSE(card["actions"].empty());
        for (const json& item : card["actions"]) {
          CHECK(plain(item["label"]));
          const std::string kind = item["kind"];
          REQUIRE(scheme.count(kind) == 1);
          if (item["href"].is_null()) {
            CHECK(kind == "call");
          } else {
            CHECK(item["href"].get<std::string>().rfind(scheme.at(kind), 0) == 0);
          }
        }
      }
      CHECK(view["emergency"]["href"].get<std::string>().rfind("tel:", 0) == 0);
      CHECK(view["directory"]["href"].get<std::string>().rfind("https://", 0) == 0);
    }
  }
}

TEST_CASE("view API: hostile requests get a defined result or HB_ERROR_INVALID_DATA") {
  Directory directory({"GB"});
  Catalog catalog = Catalog::shipped("en");

  // No known mode: nothing sensible to show.
  for (const char* request : {R"({"mode":"modal"})", R"({"mode":"URGENT"})", R"({"mode":null})", R"({"mode":1})",
                              R"({"category":"self_harm","country":"GB"})", R"([])", R"("urgent")", R"(null)",
                              R"({"mode":"urgent")", ""}) {
    CHECK_MESSAGE(build_status(directory, catalog, request) == HB_ERROR_INVALID_DATA, request);
    CHECK(std::string(hb_last_error()).size() > 0);
  }
  CHECK(std::string((build_status(directory, catalog, R"({"mode":"x"})"), hb_last_error())).find("mode") != std::string::npos);

  // Oversized: refused before parsing.
  std::string huge = R"({"mode":"urgent","pad":")" + std::string(20000, 'a') + "\"}";
  CHECK(build_status(directory, catalog, huge) == HB_ERROR_INVALID_DATA);

  // NULLs.
  const std::string ok = R"({"mode":"urgent"})";
  char* view = nullptr;
  CHECK(hb_view_build(nullptr, catalog.handle, ok.data(), ok.size(), &view) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_view_build(directory.handle, nullptr, ok.data(), ok.size(), &view) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_view_build(directory.handle, catalog.handle, nullptr, 0, &view) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_view_build(directory.handle, catalog.handle, ok.data(), ok.size(), nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(view == nullptr);

  // The soft fields: an unusable value counts as unknown.
  for (const json& category : {json("no_crisis"), json("suicide"), json(3), json({"self_harm"}), json("<script>")}) {
    const json result = build(directory, catalog, {{"mode", "urgent"}, {"category", category}, {"country", "GB"}});
    CHECK_MESSAGE(result["category"].is_null(), category.dump());
    CHECK(result["intro"].is_null());
    CHECK(result["services"].size() == 2);
  }
  const json messy = build(directory, catalog,
                           {{"mode", "support"}, {"country", "GB"}, {"languages", "en"},
                            {"clock", {{"../etc", {{"weekday", 9}}}, {"Europe/London", "noon"}}}, {"extra", {1, 2}}});
  CHECK(messy["services"].size() == 2);
  CHECK(messy["lang"] == "en");
}

TEST_CASE("view API: a catalogue without a message the view needs is HB_ERROR_INVALID_DATA, naming the key") {
  Directory directory({"GB"});
  json partial = json::parse(repo_file("locales/messages/en.json"));
  partial["messages"].erase("action.goBack");
  partial["messages"].erase("intro.self_harm");
  Catalog catalog(partial.dump(), false);
  CHECK(build_status(directory, catalog, R"({"mode":"urgent","country":"GB"})") == HB_ERROR_INVALID_DATA);
  CHECK(std::string(hb_last_error()).find("action.goBack") != std::string::npos);

  // An intro is optional: without one the view has none.
  partial["messages"]["action.goBack"] = "Go back";
  Catalog no_intro(partial.dump(), false);
  const json view = build(directory, no_intro, {{"mode", "urgent"}, {"category", "self_harm"}, {"country", "GB"}});
  CHECK(view["intro"].is_null());
  CHECK(view["actions"]["goBack"] == "Go back");

  // With English behind a catalogue, a missing key reads the English text.
  json spanish = json::parse(repo_file("locales/messages/es.json"));
  spanish["messages"].erase("action.close");
  Catalog patched(spanish.dump(), true);
  const json mixed = build(directory, patched, {{"mode", "help"}, {"country", "GB"}});
  CHECK(mixed["actions"]["close"] == "Close");
  CHECK(mixed["lang"] == "es");
}
