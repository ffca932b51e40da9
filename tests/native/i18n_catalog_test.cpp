// Message catalogues: the shipped ones load and format; hostile ones are refused.
#include <doctest/doctest.h>

#include "i18n/invalid_data.h"
#include "i18n/message_catalog.h"
#include "i18n/message_format.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using helpbridge::i18n::FormattedMessage;
using helpbridge::i18n::InvalidData;
using helpbridge::i18n::MessageCatalog;
using helpbridge::i18n::MessageParams;
using helpbridge::i18n::params_from_json;
using nlohmann::json;

namespace {

const std::vector<std::string> kShipped = {"ar", "da", "de", "en", "es", "fr", "he", "hi", "id", "it", "ja",
                                           "ko", "nl", "pl", "pt", "ru", "sv", "th", "tr", "uk", "vi", "zh"};

const std::string kIsolateStart = "\xE2\x81\xA8";  // U+2068
const std::string kIsolateEnd = "\xE2\x81\xA9";    // U+2069

json shipped(const std::string& lang) {
  const std::string path = std::string(HELPBRIDGE_SOURCE_DIR) + "/locales/messages/" + lang + ".json";
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

MessageCatalog load(const std::string& lang) {
  static const json english = shipped("en");
  return MessageCatalog(shipped(lang), lang == "en" ? nullptr : &english);
}

std::string text(const MessageCatalog& catalog, const std::string& key, const MessageParams& params = {},
                 const std::string& category = "") {
  return catalog.format(key, params, category).text;
}

// A small valid catalogue to break one rule at a time.
json tiny() {
  return json{{"meta", {{"lang", "en"}, {"name", "English"}, {"dir", "ltr"}}},
              {"messages", {{"greeting", "Hello"}, {"count", {{"one", "One"}, {"other", "{count} of them"}}}}}};
}

}  // namespace

TEST_CASE("every shipped catalogue loads with English behind it and fills every placeholder") {
  const json english = shipped("en");
  const MessageParams params = {{"number", "116 123"}, {"keyword", "HOME"}, {"count", "3"}};
  for (const std::string& lang : kShipped) {
    CAPTURE(lang);
    const MessageCatalog catalog = load(lang);
    CHECK(catalog.meta().lang == lang);
    CHECK(catalog.meta().dir == ((lang == "ar" || lang == "he") ? "rtl" : "ltr"));
    for (const auto& item : english["messages"].items()) {
      const std::string key = item.key();
      CAPTURE(key);
      for (const char* category : {"", "zero", "one", "two", "few", "many", "other"}) {
        const FormattedMessage message = catalog.format(key, params, category);
        CHECK_FALSE(message.text.empty());
        CHECK(message.text.find('{') == std::string::npos);
        CHECK(message.from->lang == lang);  // no shipped catalogue falls back
      }
    }
  }
}

TEST_CASE("formatting: placeholders, plural forms and fallbacks") {
  const MessageCatalog english = load("en");
  CHECK(text(english, "action.call", {{"number", "988"}}) == "Call 988");
  CHECK(text(english, "action.text", {{"keyword", "HOME"}, {"number", "741741"}}) == "Text HOME to 741741");
  // An unknown placeholder stays as written; unused params are ignored.
  CHECK(text(english, "action.call") == "Call {number}");
  CHECK(text(english, "action.call", {{"numbre", "988"}}) == "Call {number}");
  CHECK(text(english, "action.close", {{"number", "988"}}) == "Close");

  CHECK(text(english, "notNow.snoozed", {{"count", "1"}}, "one") == "Okay. We won't ask again for the next message.");
  CHECK(text(english, "notNow.snoozed", {{"count", "3"}}, "other") ==
        "Okay. We won't ask again for the next 3 messages.");
  // English has no "few" form: "other" is used. No category at all: "other" too.
  CHECK(text(english, "notNow.snoozed", {{"count", "3"}}, "few") == text(english, "notNow.snoozed", {{"count", "3"}}, "other"));
  CHECK(text(english, "notNow.snoozed", {{"count", "3"}}) == text(english, "notNow.snoozed", {{"count", "3"}}, "other"));
  // A plain message ignores the category.
  CHECK(text(english, "action.close", {}, "one") == "Close");

  const MessageCatalog polish = load("pl");
  CHECK(text(polish, "notNow.snoozed", {{"count", "3"}}, "few") != text(polish, "notNow.snoozed", {{"count", "1"}}, "one"));

  CHECK_THROWS_AS(english.format("no.such.key", {}, ""), std::invalid_argument);
  CHECK_THROWS_AS(english.format("", {}, ""), std::invalid_argument);
  CHECK_THROWS_AS(english.format("notNow.snoozed", {}, "several"), std::invalid_argument);
  CHECK_THROWS_AS(english.format("notNow.snoozed", {}, "OTHER"), std::invalid_argument);
}

TEST_CASE("formatting: a value is plain text, inserted once and never read as markup or a placeholder") {
  const MessageCatalog english = load("en");
  CHECK(text(english, "action.call", {{"number", "<img src=x onerror=alert(1)>"}}) ==
        "Call <img src=x onerror=alert(1)>");
  CHECK(text(english, "action.text", {{"keyword", "{number}"}, {"number", "741741"}}) ==
        "Text {number} to 741741");
  CHECK(text(english, "action.call", {{"number", "{number}"}}) == "Call {number}");

  CHECK(helpbridge::i18n::fill_placeholders("{a}{b} {{a}} {a b} {} {", {{"a", "1"}, {"b", "2"}}, false) ==
        "12 {1} {a b} {} {");
  CHECK(helpbridge::i18n::fill_placeholders("{" + std::string(100, 'a') + "}", {}, false) ==
        "{" + std::string(100, 'a') + "}");
}

TEST_CASE("formatting: right-to-left messages isolate their values") {
  const MessageCatalog arabic = load("ar");
  const std::string call = text(arabic, "action.call", {{"number", "+966 920033360"}});
  CHECK(call.find(kIsolateStart + "+966 920033360" + kIsolateEnd) != std::string::npos);
  CHECK(arabic.format("action.call", {}, "").from->dir == "rtl");
  const MessageCatalog english = load("en");
  CHECK(text(english, "action.call", {{"number", "+44 116 123"}}).find(kIsolateStart) == std::string::npos);
}

TEST_CASE("a key the catalogue lacks comes from English, marked as English") {
  json spanish = shipped("es");
  spanish["messages"].erase("action.close");
  const json english = shipped("en");
  const MessageCatalog catalog(spanish, &english);
  const FormattedMessage message = catalog.format("action.close", {}, "");
  CHECK(message.text == "Close");
  CHECK(message.from->lang == "en");
  CHECK(catalog.format("action.continue", {}, "").from->lang == "es");
  CHECK(catalog.meta().lang == "es");

  // Without a fallback, a missing key is an error, not an empty string.
  const MessageCatalog alone(spanish, nullptr);
  CHECK_THROWS_AS(alone.format("action.close", {}, ""), std::invalid_argument);
}

TEST_CASE("params: strings and numbers only, bounded") {
  CHECK(params_from_json(json()).empty());
  CHECK(params_from_json(json{{"count", 3}}).at("count") == "3");
  CHECK(params_from_json(json{{"count", -2}}).at("count") == "-2");
  CHECK(params_from_json(json{{"number", "116 123"}}).at("number") == "116 123");
  CHECK(params_from_json(json{{"number", "<b>"}}).at("number") == "<b>");
  CHECK_THROWS_AS(params_from_json(json::array({1})), InvalidData);
  CHECK_THROWS_AS(params_from_json(json("988")), InvalidData);
  CHECK_THROWS_AS(params_from_json(json{{"count", true}}), InvalidData);
  CHECK_THROWS_AS(params_from_json(json{{"count", nullptr}}), InvalidData);
  CHECK_THROWS_AS(params_from_json(json{{"count", json::array({1})}}), InvalidData);
  CHECK_THROWS_AS(params_from_json(json{{"number", ""}}), InvalidData);
  CHECK_THROWS_AS(params_from_json(json{{"number", "116\n123"}}), InvalidData);
  CHECK_THROWS_AS(params_from_json(json{{"number", "\xE2\x80\xAE" "321"}}), InvalidData);  // RIGHT-TO-LEFT OVERRIDE
  CHECK_THROWS_AS(params_from_json(json{{"number", std::string(257, '1')}}), InvalidData);
  CHECK_THROWS_AS(params_from_json(json{{"number", std::string("\xFF")}}), InvalidData);
}

TEST_CASE("hostile catalogues are rejected whole, naming the key") {
  CHECK_NOTHROW(MessageCatalog(tiny(), nullptr));

  const auto rejected = [](const json& catalogue, const std::string& expected_in_message) {
    CAPTURE(catalogue.dump().substr(0, 200));
    try {
      MessageCatalog catalog(catalogue, nullptr);
      FAIL("accepted a catalogue that breaks a rule");
    } catch (const InvalidData& e) {
      CAPTURE(e.what());
      CHECK(std::string(e.what()).find(expected_in_message) != std::string::npos);
    }
  };
  const auto with_message = [](const std::string& key, const json& value) {
    json catalogue = tiny();
    catalogue["messages"][key] = value;
    return catalogue;
  };

  // Non-string values.
  rejected(with_message("greeting", 42), "\"greeting\" is not a string");
  rejected(with_message("greeting", nullptr), "\"greeting\" is not a string");
  rejected(with_message("greeting", true), "\"greeting\" is not a string");
  rejected(with_message("greeting", json::array({"Hello"})), "\"greeting\" is not a string");
  rejected(with_message("count", {{"one", "One"}, {"other", 2}}), "\"count\".other is not a string");
  rejected(with_message("count", {{"one", {{"nested", "x"}}}, {"other", "x"}}), "\"count\".one is not a string");
  // Markup, newlines, control and bidi override characters, empty, overlong, bad UTF-8.
  rejected(with_message("greeting", "<b>Hello</b>"), "markup");
  rejected(with_message("greeting", "Hello <script>alert(1)</script>"), "markup");
  rejected(with_message("greeting", "1 > 0"), "markup");
  rejected(with_message("count", {{"one", "<i>One</i>"}, {"other", "x"}}), "\"count\".one contains markup");
  rejected(with_message("greeting", "Hello\nthere"), "control character");
  rejected(with_message("greeting", "Hello\tthere"), "control character");
  rejected(with_message("greeting", std::string("Hello\0there", 11)), "control character");
  rejected(with_message("greeting", "Hello \xE2\x80\xAE" "ereht"), "bidi");
  rejected(with_message("greeting", ""), "empty");
  rejected(with_message("greeting", std::string(1025, 'a')), "too long");
  rejected(with_message("greeting", std::string(400, '\xE0') ), "UTF-8");
  // Plural objects: "other" is required, categories are CLDR's.
  rejected(with_message("count", {{"one", "One"}}), "no \"other\"");
  rejected(with_message("count", json::object()), "no \"other\"");
  rejected(with_message("count", {{"other", "x"}, {"several", "y"}}), "CLDR plural category");
  rejected(with_message("count", {{"Other", "x"}}), "CLDR plural category");
  // Keys.
  rejected(with_message("", "x"), "message key");
  rejected(with_message("has space", "x"), "message key");
  rejected(with_message(std::string(65, 'k'), "x"), "message key");
  // Shape and meta.
  rejected(json::array(), "not a JSON object");
  rejected(json("catalogue"), "not a JSON object");
  json broken = tiny();
  broken.erase("messages");
  rejected(broken, "\"messages\" is missing");
  broken = tiny();
  broken["messages"] = json::array({"Hello"});
  rejected(broken, "\"messages\" is missing or not an object");
  broken = tiny();
  broken.erase("meta");
  rejected(broken, "\"meta\" is missing");
  broken = tiny();
  broken["meta"]["dir"] = "up";
  rejected(broken, "meta.dir");
  broken = tiny();
  broken["meta"]["dir"] = "RTL";
  rejected(broken, "meta.dir");
  broken = tiny();
  broken["meta"]["lang"] = "x-klingon";
  rejected(broken, "meta.lang");
  broken = tiny();
  broken["meta"].erase("name");
  rejected(broken, "meta.name is missing");
  broken = tiny();
  broken["meta"]["name"] = "<b>English</b>";
  rejected(broken, "meta.name contains markup");
  broken = tiny();
  for (int i = 0; i < 513; ++i) broken["messages"]["key" + std::to_string(i)] = "x";
  rejected(broken, "more than 512 messages");

  // A broken fallback is as much an error as a broken catalogue.
  const json bad_fallback = with_message("greeting", "<b>Hi</b>");
  CHECK_THROWS_AS(MessageCatalog(tiny(), &bad_fallback), InvalidData);
}
