// The view's parts in C++: the request, the mode for a consent effect, writing
// scripts and service names, a card's actions and badges, the picker's order.
#include <doctest/doctest.h>

#include "test_support.h"

#include "i18n/message_catalog.h"
#include "resources/helpline.h"
#include "resources/helpline_directory.h"
#include "view/country_options.h"
#include "view/invalid_data.h"
#include "view/service_name.h"
#include "view/service_view.h"
#include "view/view_messages.h"
#include "view/view_request.h"
#include "view/writing_scripts.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using nlohmann::json;
namespace view = helpbridge::view;
namespace resources = helpbridge::resources;

namespace {

const helpbridge::i18n::MessageCatalog& english() {
  static const helpbridge::i18n::MessageCatalog catalog(json::parse(test_support::repo_file("locales/messages/en.json")),
                                                        nullptr);
  return catalog;
}

resources::Channel phone(const std::string& display, const std::string& tel) {
  resources::Channel channel;
  channel.type = resources::Channel::Type::phone;
  channel.display = display;
  channel.tel = tel;
  return channel;
}

resources::Channel link(resources::Channel::Type type, const std::string& url) {
  resources::Channel channel;
  channel.type = type;
  channel.url = url;
  return channel;
}

resources::Helpline helpline(std::string name, std::string local_name, std::optional<std::vector<std::string>> languages) {
  resources::Helpline service;
  service.id = "xx-test";
  service.name = std::move(name);
  service.local_name = std::move(local_name);
  service.languages = std::move(languages);
  return service;
}

}  // namespace

TEST_CASE("view request: mode is required, the rest is read leniently") {
  const view::ViewRequest urgent = view::parse_view_request(
      json::parse(R"({"mode":"urgent","category":"self_harm","country":"es","languages":["es-ES"],
                      "clock":{"Europe/Madrid":{"weekday":1,"minute":615}}})"));
  CHECK(urgent.mode == view::ViewMode::urgent);
  REQUIRE(urgent.category.has_value());
  CHECK(*urgent.category == helpbridge::Category::kSelfHarm);
  CHECK(urgent.lookup.category == "self_harm");
  CHECK(urgent.lookup.country == "ES");
  CHECK(urgent.lookup.languages == std::vector<std::string>{"es-ES"});
  CHECK(urgent.lookup.clock.at("Europe/Madrid").minute == 615);

  const view::ViewRequest help = view::parse_view_request(json::parse(R"({"mode":"help","category":"no_crisis"})"));
  CHECK(help.mode == view::ViewMode::help);
  CHECK_FALSE(help.category.has_value());
  CHECK(help.lookup.category.empty());
  CHECK(help.lookup.country.empty());

  CHECK_THROWS_AS(view::parse_view_request(json::parse(R"({"mode":"banner"})")), view::InvalidData);
  CHECK_THROWS_AS(view::parse_view_request(json::parse(R"({})")), view::InvalidData);
  CHECK_THROWS_AS(view::parse_view_request(json::parse(R"([{"mode":"urgent"}])")), view::InvalidData);
}

TEST_CASE("view mode: what the consent machine shows, and names") {
  using helpbridge::consent::Show;
  CHECK(view::view_mode_for(Show::kDialog) == view::ViewMode::urgent);
  CHECK(view::view_mode_for(Show::kBanner) == view::ViewMode::support);
  CHECK(view::view_mode_for(Show::kSomeoneElse) == view::ViewMode::someone_else);
  CHECK_FALSE(view::view_mode_for(Show::kNone).has_value());
  for (const view::ViewMode mode :
       {view::ViewMode::urgent, view::ViewMode::support, view::ViewMode::someone_else, view::ViewMode::help}) {
    CHECK(view::view_mode_named(view::to_string(mode)) == mode);
  }
}

TEST_CASE("writing scripts: the first letter of a name, against the reader's scripts") {
  const view::WritingScripts arabic("لست وحدك في هذا 116");
  CHECK(arabic.starts_in("تحدث لنسمعك"));
  CHECK(arabic.starts_in("8008877 تحدث"));  // digits belong to no script
  CHECK_FALSE(arabic.starts_in("Talk to us"));
  CHECK_FALSE(arabic.starts_in("3114"));  // no letter says nothing
  CHECK_FALSE(arabic.starts_in(""));
  const view::WritingScripts japanese("ひとりで抱え込まなくて大丈夫です");
  CHECK(japanese.starts_in("よりそいホットライン"));
  CHECK(japanese.starts_in("自殺予防いのちの電話"));
  CHECK_FALSE(view::WritingScripts("你不必独自面对").starts_in("よりそいホットライン"));
  CHECK_FALSE(view::WritingScripts(std::string("\xff\xfe", 2)).starts_in(std::string("\xff", 1)));
}

TEST_CASE("service name: the service's own name when the reader reads it") {
  const view::WritingScripts latin("Hola, estamos aquí");
  const view::WritingScripts arabic("لست وحدك");
  const resources::Helpline spanish = helpline("Suicide line", "Línea de suicidio", std::vector<std::string>{"es"});
  CHECK(view::service_display_name(spanish, "es", latin) == "Línea de suicidio");
  CHECK(view::service_display_name(spanish, "es-MX", latin) == "Línea de suicidio");
  CHECK(view::service_display_name(spanish, "en", latin) == "Suicide line");
  CHECK(view::service_display_name(spanish, "fr", latin) == "Suicide line");  // does not answer in French
  const resources::Helpline unknown_languages = helpline("Talk to us", "تحدث لنسمعك", std::nullopt);
  CHECK(view::service_display_name(unknown_languages, "ar", arabic) == "تحدث لنسمعك");
  CHECK(view::service_display_name(unknown_languages, "hi", view::WritingScripts("आपको")) == "Talk to us");
  const resources::Helpline no_local = helpline("Samaritans", "", std::vector<std::string>{"en"});
  CHECK(view::service_display_name(no_local, "es", latin) == "Samaritans");
}

TEST_CASE("service card: actions by channel, status and badges") {
  const view::ViewMessages messages(english());
  resources::ShownService shown;
  shown.service = helpline("Test line", "", std::nullopt);
  shown.service.free = false;
  shown.service.confidential = true;
  shown.status = resources::OpenStatus::unknown;
  resources::Channel sms;
  sms.type = resources::Channel::Type::sms;
  sms.number = "741741";
  shown.service.channels = {phone("0800 123 456", "tel:0800123456"), sms,
                            link(resources::Channel::Type::chat, "https://chat.example.org/"),
                            link(resources::Channel::Type::whatsapp, "https://wa.me/15550000000"),
                            link(resources::Channel::Type::web, "https://example.org/"), phone("*4141", ""),
                            // The directory never lets these through; the view drops them all the same.
                            link(resources::Channel::Type::web, "javascript:alert(1)"),
                            link(resources::Channel::Type::chat, "http://chat.example.org/"), phone("112", "https://x.example/")};
  const json card = view::service_view(shown, "Test line", messages);
  CHECK(card["id"] == "xx-test");
  CHECK(card["name"] == "Test line");
  CHECK(card["status"] == "unknown");
  CHECK(card["statusLabel"].is_null());
  CHECK(card["badges"] == json({"Confidential"}));
  CHECK(card["actions"] == json::parse(R"([
    {"kind":"call","label":"Call 0800 123 456","href":"tel:0800123456"},
    {"kind":"text","label":"Text 741741","href":"sms:741741"},
    {"kind":"chat","label":"Chat online","href":"https://chat.example.org/"},
    {"kind":"whatsapp","label":"WhatsApp","href":"https://wa.me/15550000000"},
    {"kind":"website","label":"Website","href":"https://example.org/"},
    {"kind":"call","label":"Call *4141","href":null}])"));

  shown.status = resources::OpenStatus::always;
  shown.service.free = true;
  const json always = view::service_view(shown, "Test line", messages);
  CHECK(always["statusLabel"] == "Open 24/7");
  CHECK(always["badges"] == json({"Free", "Confidential"}));
}

TEST_CASE("country picker: ordered by name, accents and case ignored") {
  const std::vector<resources::CountryInfo> countries = {
      {"ZA", "South Africa", true}, {"AX", "Åland Islands", false}, {"AF", "Afghanistan", false},
      {"CI", "Côte d’Ivoire", false}, {"CU", "Cuba", false}, {"XK", "kosovo", false}};
  const json options = view::country_options(countries);
  std::vector<std::string> codes;
  for (const json& option : options) codes.push_back(option["code"]);
  CHECK(codes == std::vector<std::string>{"AF", "AX", "CI", "CU", "XK", "ZA"});
  CHECK(options[1] == json({{"code", "AX"}, {"name", "Åland Islands"}}));
  CHECK(view::country_options({}) == json::array());
}
