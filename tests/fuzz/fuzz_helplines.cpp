// libFuzzer target: the helpline directory's C API with a fuzzed country file
// and fuzzed lookup queries.
//
// Input: <country file JSON> NUL <query JSON> [NUL <query JSON> ...] (the first
// four queries are used). The shared files (emergency numbers, category topics,
// directory links) and two real country files are read once at start-up; each
// input works on a fresh copy of that directory, so that one input never
// depends on the ones before it.
//
// Checked:
//  - a call returns HB_OK or the documented error, and on error leaves its
//    out-parameter unset;
//  - the load report accounts for every service of the file, exactly once;
//  - a lookup result has the documented shape; fallback exactly when it lists
//    no service; every href is tel:, sms: or https:; every string is plain text
//    (no markup, no control or bidi-override character); services are ordered
//    by topic, then by open-now status; a listed service belongs to the country.
#include "fuzz_support.h"

#include "bindings/api_handles.h"
#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

struct Shared {
  hb_directory base{helpbridge::resources::HelplineDirectory(
      fuzz_support::repo_file("locales/emergency.json"), fuzz_support::repo_file("locales/category-topics.json"),
      fuzz_support::repo_file("locales/directory.json"))};
  json category_topics = json::parse(fuzz_support::repo_file("locales/category-topics.json"));

  Shared() {
    for (const char* code : {"ES", "GB"}) {
      const std::string file = fuzz_support::repo_file(std::string("locales/helplines/") + code + ".json");
      FUZZ_CHECK(hb_directory_add_country(&base, file.data(), file.size()) == HB_OK, "a shipped country file failed");
    }
  }
};

const Shared& shared() {
  static const Shared instance;
  return instance;
}

json take(char* text) {
  FUZZ_CHECK(text != nullptr, "HB_OK without a result");
  json value = json::parse(text, nullptr, false);
  hb_free(text);
  FUZZ_CHECK(!value.is_discarded(), "a result is not valid JSON");
  return value;
}

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

void check_plain_text(const json& value) {
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
      UChar32 c = 0;
      U8_NEXT(bytes, i, length, c);
      FUZZ_CHECK(c >= 0, "a result string is not valid UTF-8");
      FUZZ_CHECK(c != '<' && c != '>', "a result string holds markup");
      FUZZ_CHECK(!(c < 0x20 || (c >= 0x7F && c < 0xA0)), "a result string holds a control character");
      FUZZ_CHECK(!((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)),
                 "a result string holds a bidi override");
    }
  } else if (value.is_structured()) {
    for (const auto& item : value) check_plain_text(item);
  }
}

void check_href(const json& href) {
  if (href.is_null()) return;
  FUZZ_CHECK(href.is_string(), "an href is not a string");
  const std::string& text = href.get_ref<const std::string&>();
  FUZZ_CHECK(starts_with(text, "tel:") || starts_with(text, "sms:") || starts_with(text, "https://"),
             "an href that is not tel:, sms: or https:");
}

int open_rank(const std::string& status) {
  if (status == "always" || status == "open") return 0;
  if (status == "unknown") return 1;
  FUZZ_CHECK(status == "closed", "an unknown status");
  return 2;
}

void check_lookup(const json& result, const json& query) {
  FUZZ_CHECK(result.is_object() && result.size() == 6, "a lookup result with other fields");
  for (const char* key : {"country", "country_name", "services", "emergency", "directory", "fallback"}) {
    FUZZ_CHECK(result.contains(key), "a lookup result without a documented field");
  }
  check_plain_text(result);
  const json& services = result.at("services");
  FUZZ_CHECK(services.is_array() && services.size() <= 50, "services is not a list of at most 50");
  FUZZ_CHECK(result.at("fallback").is_boolean(), "fallback is not a boolean");
  FUZZ_CHECK(result.at("fallback").get<bool>() == services.empty(), "fallback is not the same as no services");
  FUZZ_CHECK(result.at("directory").is_string() && starts_with(result.at("directory").get<std::string>(), "https://"),
             "the directory link is not https://");
  if (!result.at("emergency").is_null()) check_href(result.at("emergency").at("href"));
  if (!services.empty()) {
    FUZZ_CHECK(result.at("country").is_string() && result.at("country").get<std::string>().size() == 2,
               "services without a country");
  }

  // The category's preferred topics, as the directory reads them.
  std::vector<std::string> preferred;
  if (query.is_object() && query.contains("category") && query.at("category").is_string()) {
    const auto found = shared().category_topics.find(query.at("category").get<std::string>());
    if (found != shared().category_topics.end() && found->is_array()) preferred = found->get<std::vector<std::string>>();
  }
  std::pair<int, int> previous{0, 0};
  std::set<std::string> ids;
  for (const json& service : services) {
    const std::string country = result.at("country").get<std::string>();
    const std::string id = service.at("id").get<std::string>();
    FUZZ_CHECK(id.size() > 3 && id[0] == country[0] - 'A' + 'a' && id[1] == country[1] - 'A' + 'a' && id[2] == '-',
               "a service of another country");
    FUZZ_CHECK(ids.insert(id).second, "a service listed twice");
    FUZZ_CHECK(service.at("channels").is_array() && !service.at("channels").empty(), "a service without channels");
    for (const json& channel : service.at("channels")) check_href(channel.at("href"));
    FUZZ_CHECK(service.at("last_verified").is_string() && service.at("last_verified").get<std::string>().size() == 10,
               "a service without last_verified");
    bool topic = preferred.empty();
    for (const json& t : service.at("topics")) {
      topic = topic || std::find(preferred.begin(), preferred.end(), t.get<std::string>()) != preferred.end();
    }
    const std::pair<int, int> rank{topic ? 0 : 1, open_rank(service.at("status").get<std::string>())};
    FUZZ_CHECK(!(rank < previous), "services out of order (topic, then open now)");
    previous = rank;
  }
}

void check_country_loaded(hb_directory* directory, const json& file) {
  const std::string code = file.at("country").get<std::string>();
  char* text = nullptr;
  FUZZ_CHECK(hb_directory_load_report(directory, code.c_str(), &text) == HB_OK, "no load report after a load");
  const json report = take(text);
  const std::size_t listed = file.at("services").size();
  FUZZ_CHECK(report.at("country") == code, "the report names another country");
  std::set<std::size_t> dropped;
  for (const json& entry : report.at("dropped")) {
    FUZZ_CHECK(entry.at("index").get<std::size_t>() < listed, "a dropped index past the list");
    FUZZ_CHECK(dropped.insert(entry.at("index").get<std::size_t>()).second, "a service dropped twice");
    FUZZ_CHECK(entry.at("reason").is_string() && !entry.at("reason").get<std::string>().empty(), "a drop without a reason");
  }
  FUZZ_CHECK(report.at("services").get<std::size_t>() + dropped.size() == listed, "the report loses a service");

  text = nullptr;
  FUZZ_CHECK(hb_directory_timezones(directory, code.c_str(), &text) == HB_OK, "hb_directory_timezones failed");
  const json zones = take(text);
  FUZZ_CHECK(zones.is_array(), "time zones are not a list");

  const std::string query = json{{"country", code}}.dump();
  text = nullptr;
  FUZZ_CHECK(hb_directory_lookup(directory, query.data(), query.size(), &text) == HB_OK, "a lookup by code failed");
  const json result = take(text);
  check_lookup(result, json::parse(query));
  FUZZ_CHECK(result.at("services").size() == report.at("services").get<std::size_t>(),
             "the lookup does not list the loaded services");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  hb_directory directory = shared().base;
  const auto parts = fuzz_support::split(data, size, '\0');

  const std::string_view country = fuzz_support::part(parts, 0);
  const hb_status added = hb_directory_add_country(&directory, country.data(), country.size());
  FUZZ_CHECK(added == HB_OK || added == HB_ERROR_INVALID_DATA, "add_country: an undocumented status");
  if (added == HB_OK) check_country_loaded(&directory, json::parse(country));

  for (std::size_t i = 1; i < parts.size() && i <= 4; ++i) {
    char* text = fuzz_support::unset<char>();
    const hb_status status = hb_directory_lookup(&directory, parts[i].data(), parts[i].size(), &text);
    if (status != HB_OK) {
      FUZZ_CHECK(status == HB_ERROR_INVALID_DATA, "lookup: an undocumented status");
      FUZZ_CHECK(text == fuzz_support::unset<char>(), "lookup: a result set on failure");
      continue;
    }
    check_lookup(take(text), json::parse(parts[i], nullptr, false));
  }
  return 0;
}
