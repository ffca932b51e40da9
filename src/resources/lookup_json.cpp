#include "resources/lookup_json.h"

#include "i18n/country_code.h"
#include "resources/field_rules.h"
#include "resources/invalid_data.h"

namespace helpbridge::resources {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxLanguages = 32;
constexpr std::size_t kMaxClockZones = 64;
constexpr std::size_t kMaxCategoryBytes = 64;

std::string optional_string(const json& query, const char* name, std::size_t max_bytes) {
  const auto found = query.find(name);
  if (found == query.end() || !found->is_string() || found->get_ref<const std::string&>().size() > max_bytes) return "";
  return found->get<std::string>();
}

// An integer in [low, high], or -1.
int small_int(const json& object, const char* name, int low, int high) {
  const auto found = object.find(name);
  if (found == object.end() || !found->is_number_integer()) return -1;
  const auto value = found->get<long long>();
  return value >= low && value <= high ? static_cast<int>(value) : -1;
}

std::string url_host(const std::string& url) {
  const std::size_t start = url.find("://");
  if (start == std::string::npos) return "";
  const std::size_t end = url.find_first_of(":/", start + 3);
  return url.substr(start + 3, end == std::string::npos ? std::string::npos : end - start - 3);
}

json optional_bool_json(const std::optional<bool>& value) { return value ? json(*value) : json(nullptr); }

json channel_json(const Channel& channel) {
  json out;
  out["type"] = to_string(channel.type);
  switch (channel.type) {
    case Channel::Type::phone:
      out["display"] = channel.display;
      out["href"] = channel.tel.empty() ? json(nullptr) : json(channel.tel);
      break;
    case Channel::Type::sms:
      out["display"] = channel.number;
      out["keyword"] = channel.keyword.empty() ? json(nullptr) : json(channel.keyword);
      out["href"] = channel_href(channel);
      break;
    case Channel::Type::chat:
    case Channel::Type::whatsapp:
    case Channel::Type::web:
      out["display"] = url_host(channel.url);
      out["href"] = channel_href(channel);
      break;
  }
  return out;
}

json service_json(const ShownService& shown) {
  const Helpline& service = shown.service;
  json out;
  out["id"] = service.id;
  out["name"] = service.name;
  out["local_name"] = service.local_name.empty() ? json(nullptr) : json(service.local_name);
  out["status"] = to_string(shown.status);
  out["channels"] = json::array();
  for (const Channel& channel : service.channels) out["channels"].push_back(channel_json(channel));
  out["languages"] = service.languages ? json(*service.languages) : json(nullptr);
  out["topics"] = service.topics;
  out["free"] = optional_bool_json(service.free);
  out["confidential"] = optional_bool_json(service.confidential);
  out["last_verified"] = service.last_verified;
  return out;
}

}  // namespace

LookupQuery parse_lookup_query(const json& query) {
  if (!query.is_object()) throw InvalidData("lookup query: not a JSON object");
  LookupQuery parsed;
  parsed.country = i18n::parse_country_code(optional_string(query, "country", 8)).value_or("");
  parsed.category = optional_string(query, "category", kMaxCategoryBytes);

  const auto languages = query.find("languages");
  if (languages != query.end() && languages->is_array()) {
    for (std::size_t i = 0; i < languages->size() && i < kMaxLanguages; ++i) {
      const json& tag = (*languages)[i];
      if (tag.is_string() && tag.get_ref<const std::string&>().size() <= 64) parsed.languages.push_back(tag.get<std::string>());
    }
  }

  const auto clock = query.find("clock");
  if (clock != query.end() && clock->is_object()) {
    std::size_t seen = 0;
    for (const auto& [zone, local] : clock->items()) {
      if (++seen > kMaxClockZones) break;
      if (!is_time_zone_name(zone) || !local.is_object()) continue;
      const int weekday = small_int(local, "weekday", 0, 6);
      const int minute = small_int(local, "minute", 0, 1439);
      if (weekday >= 0 && minute >= 0) parsed.clock[zone] = LocalTime{weekday, minute};
    }
  }
  return parsed;
}

json lookup_result_json(const LookupResult& result) {
  json out;
  out["country"] = result.country.empty() ? json(nullptr) : json(result.country);
  out["country_name"] = result.country_name.empty() ? json(nullptr) : json(result.country_name);
  out["services"] = json::array();
  for (const ShownService& shown : result.services) out["services"].push_back(service_json(shown));
  if (result.emergency_number.empty()) {
    out["emergency"] = nullptr;
  } else {
    out["emergency"] = {{"number", result.emergency_number}, {"href", "tel:" + result.emergency_number}};
  }
  out["directory"] = result.directory_url;
  out["fallback"] = result.fallback;
  return out;
}

json load_report_json(const CountryHelplines& country) {
  json out;
  out["country"] = country.country;
  out["services"] = country.services.size();
  out["dropped"] = json::array();
  for (const DroppedService& dropped : country.dropped) {
    out["dropped"].push_back({{"index", dropped.index},
                              {"id", dropped.id.empty() ? json(nullptr) : json(dropped.id)},
                              {"reason", dropped.reason}});
  }
  return out;
}

}  // namespace helpbridge::resources
