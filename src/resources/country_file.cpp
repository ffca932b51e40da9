#include "resources/country_file.h"

#include "i18n/country_code.h"
#include "resources/field_rules.h"
#include "resources/invalid_data.h"

#include <nlohmann/json.hpp>

#include <array>
#include <set>

namespace helpbridge::resources {

namespace {

using nlohmann::json;

// A broken rule inside one service: the service is dropped, the file is kept.
struct ServiceProblem {
  std::string reason;
};

[[noreturn]] void reject(std::string reason) { throw ServiceProblem{std::move(reason)}; }

// Deeper nesting than any real service is an attack on the stack, not data.
constexpr int kMaxDepth = 8;

// Every string anywhere in the service, known field or not, must be plain text:
// an unknown field is never shown, but markup has no business in the file at all.
void check_all_strings(const json& value, const std::string& where, int depth) {
  if (depth > kMaxDepth) reject(where + " is nested too deeply");
  if (value.is_string()) {
    const char* problem = plain_text_problem(value.get_ref<const std::string&>(), kMaxNoteLength, true);
    if (problem != nullptr) reject(where + " " + problem);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) check_all_strings(value[i], where + "[" + std::to_string(i) + "]", depth + 1);
  } else if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      if (plain_text_problem(key, 64) != nullptr) reject((where.empty() ? "a" : where) + " field name is not plain text");
      check_all_strings(item, where.empty() ? key : where + "." + key, depth + 1);
    }
  }
}

const json* field(const json& object, const char* name) {
  const auto found = object.find(name);
  return found == object.end() ? nullptr : &*found;
}

bool is_absent_or_null(const json* value) { return value == nullptr || value->is_null(); }

const std::string& required_string(const json& object, const char* name) {
  const json* value = field(object, name);
  if (value == nullptr || value->is_null()) reject(std::string(name) + " is missing");
  if (!value->is_string()) reject(std::string(name) + " is not a string");
  return value->get_ref<const std::string&>();
}

std::string text_field(const json& object, const char* name, std::size_t max_length, bool required) {
  const json* value = field(object, name);
  if (is_absent_or_null(value)) {
    if (required) reject(std::string(name) + " is missing");
    return "";
  }
  if (!value->is_string()) reject(std::string(name) + " is not a string");
  const std::string& text = value->get_ref<const std::string&>();
  if (const char* problem = plain_text_problem(text, max_length)) reject(std::string(name) + " " + problem);
  return text;
}

std::optional<bool> optional_bool(const json& object, const char* name) {
  const json* value = field(object, name);
  if (is_absent_or_null(value)) return std::nullopt;
  if (!value->is_boolean()) reject(std::string(name) + " is not true, false or null");
  return value->get<bool>();
}

Channel parse_channel(const json& value, const std::string& where) {
  if (!value.is_object()) reject(where + " is not an object");
  const std::string& type = required_string(value, "type");
  Channel channel;
  if (type == "phone") {
    channel.type = Channel::Type::phone;
    channel.display = text_field(value, "display", kMaxDisplayLength, true);
    const json* tel = field(value, "tel");
    // tel null: a number that cannot be written as digits (*4141); shown, not linked.
    if (!is_absent_or_null(tel)) {
      if (!tel->is_string() || !is_tel_href(tel->get_ref<const std::string&>())) {
        reject(where + ".tel is not tel: followed by digits");
      }
      channel.tel = tel->get<std::string>();
    }
  } else if (type == "sms") {
    channel.type = Channel::Type::sms;
    const json* number = field(value, "number");
    if (number == nullptr || !number->is_string() || !is_digits(number->get_ref<const std::string&>(), 2, 15)) {
      reject(where + ".number is not 2 to 15 digits");
    }
    channel.number = number->get<std::string>();
    const json* keyword = field(value, "keyword");
    if (!is_absent_or_null(keyword)) {
      if (!keyword->is_string() || !is_sms_keyword(keyword->get_ref<const std::string&>())) {
        reject(where + ".keyword is not 1 to 30 letters or digits");
      }
      channel.keyword = keyword->get<std::string>();
    }
  } else if (type == "chat" || type == "whatsapp" || type == "web") {
    channel.type = type == "chat" ? Channel::Type::chat : type == "whatsapp" ? Channel::Type::whatsapp : Channel::Type::web;
    const json* url = field(value, "url");
    if (url == nullptr || !url->is_string() || !is_https_url(url->get_ref<const std::string&>())) {
      reject(where + ".url is not an https:// URL");
    }
    channel.url = url->get<std::string>();
  } else {
    reject(where + ".type is not phone, sms, chat, whatsapp or web");
  }
  return channel;
}

uint8_t parse_days(const json& days, const std::string& where) {
  static constexpr std::array<const char*, 7> kDays = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  if (!days.is_array() || days.empty()) reject(where + ".days is not a non-empty list");
  uint8_t mask = 0;
  for (const json& day : days) {
    int index = -1;
    for (int d = 0; d < 7; ++d) {
      if (day.is_string() && day.get_ref<const std::string&>() == kDays[d]) index = d;
    }
    if (index < 0) reject(where + ".days has a value that is not sun, mon, ... sat");
    mask = static_cast<uint8_t>(mask | (1u << index));
  }
  return mask;
}

OpeningHours parse_hours(const json* value) {
  OpeningHours hours;
  if (is_absent_or_null(value)) return hours;  // not published: status unknown
  if (!value->is_object()) reject("hours is not an object or null");
  if (value->contains("always")) {
    const json& always = (*value)["always"];
    if (!always.is_boolean() || !always.get<bool>() || value->size() != 1) {
      reject("hours.always must be true and alone");
    }
    hours.kind = OpeningHours::Kind::always;
    return hours;
  }
  const json* tz = field(*value, "tz");
  if (tz == nullptr || !tz->is_string() || !is_time_zone_name(tz->get_ref<const std::string&>())) {
    reject("hours.tz is not an IANA time zone name");
  }
  const json* weekly = field(*value, "weekly");
  if (weekly == nullptr || !weekly->is_array() || weekly->empty() || weekly->size() > 21) {
    reject("hours.weekly is not a list of 1 to 21 rules");
  }
  hours.kind = OpeningHours::Kind::weekly;
  hours.time_zone = tz->get<std::string>();
  for (std::size_t i = 0; i < weekly->size(); ++i) {
    const json& rule = (*weekly)[i];
    const std::string where = "hours.weekly[" + std::to_string(i) + "]";
    if (!rule.is_object() || !rule.contains("days")) reject(where + " is not a rule with days, open and close");
    WeeklyRule parsed;
    parsed.days = parse_days(rule["days"], where);
    const json* open = field(rule, "open");
    const json* close = field(rule, "close");
    const auto open_minute = open && open->is_string() ? parse_clock_time(open->get_ref<const std::string&>(), false) : std::nullopt;
    const auto close_minute = close && close->is_string() ? parse_clock_time(close->get_ref<const std::string&>(), true) : std::nullopt;
    if (!open_minute || !close_minute) reject(where + " open/close is not HH:MM (close up to 24:00)");
    if (*open_minute == *close_minute % 1440 && *close_minute != 1440) reject(where + " opens and closes at the same time");
    parsed.open = *open_minute;
    parsed.close = *close_minute;
    hours.rules.push_back(parsed);
  }
  return hours;
}

Helpline parse_service(const json& value, const std::string& country) {
  if (!value.is_object()) reject("is not an object");
  check_all_strings(value, "", 0);

  Helpline service;
  service.id = required_string(value, "id");
  if (!is_service_id(service.id, country)) reject("id is not a lower-case id starting with the country code");
  service.name = text_field(value, "name", kMaxTextLength, true);
  service.local_name = text_field(value, "local_name", kMaxTextLength, false);
  text_field(value, "note", kMaxNoteLength, false);  // never shown, but held to the same rules

  // Only vetted services are shown: a source to check the number against, and when.
  service.source = required_string(value, "source");
  if (!is_https_url(service.source)) reject("source is not an https:// URL");
  service.last_verified = required_string(value, "last_verified");
  if (!is_calendar_date(service.last_verified)) reject("last_verified is not a YYYY-MM-DD date");

  const json* channels = field(value, "channels");
  if (channels == nullptr || !channels->is_array() || channels->empty() || channels->size() > 12) {
    reject("channels is not a list of 1 to 12 channels");
  }
  for (std::size_t i = 0; i < channels->size(); ++i) {
    service.channels.push_back(parse_channel((*channels)[i], "channels[" + std::to_string(i) + "]"));
  }

  service.hours = parse_hours(field(value, "hours"));

  const json* languages = field(value, "languages");
  if (!is_absent_or_null(languages)) {
    if (!languages->is_array() || languages->empty() || languages->size() > 40) {
      reject("languages is not a list of 1 to 40 tags, or null");
    }
    std::vector<std::string> tags;
    for (const json& tag : *languages) {
      if (!tag.is_string() || !is_language_tag(tag.get_ref<const std::string&>())) reject("languages has an invalid tag");
      tags.push_back(tag.get<std::string>());
    }
    service.languages = std::move(tags);
  }

  const json* topics = field(value, "topics");
  if (topics == nullptr || !topics->is_array() || topics->empty() || topics->size() > 11) {
    reject("topics is not a non-empty list");
  }
  for (const json& topic : *topics) {
    if (!topic.is_string() || !is_topic(topic.get_ref<const std::string&>())) reject("topics has an unknown topic");
    service.topics.push_back(topic.get<std::string>());
  }

  service.free = optional_bool(value, "free");
  service.confidential = optional_bool(value, "confidential");
  return service;
}

}  // namespace

CountryHelplines parse_country_file(std::string_view json_text) {
  if (json_text.size() > kMaxCountryFileBytes) throw InvalidData("country file: larger than 1 MiB");
  const json data = json::parse(json_text, nullptr, false);
  if (data.is_discarded()) throw InvalidData("country file: not valid JSON");
  if (!data.is_object()) throw InvalidData("country file: not a JSON object");

  CountryHelplines result;
  const json* country = field(data, "country");
  if (country == nullptr || !country->is_string() || !is_country_code(country->get_ref<const std::string&>())) {
    throw InvalidData("country file: country is not a two-letter upper-case code");
  }
  // Lookups read codes the way people write them ("UK" -> "GB", "ZZ" -> none),
  // so a file filed under another spelling could never be shown.
  if (i18n::parse_country_code(country->get_ref<const std::string&>()) != country->get_ref<const std::string&>()) {
    throw InvalidData("country file: country is not the ISO code a lookup uses (GB, not UK; GR, not EL; not ZZ)");
  }
  result.country = country->get<std::string>();
  const json* name = field(data, "name");
  if (name == nullptr || !name->is_string() || plain_text_problem(name->get_ref<const std::string&>(), kMaxTextLength)) {
    throw InvalidData("country file " + result.country + ": name is not plain text of 1 to 200 characters");
  }
  result.name = name->get<std::string>();
  const json* services = field(data, "services");
  if (services == nullptr || !services->is_array()) throw InvalidData("country file " + result.country + ": services is not a list");
  if (services->size() > kMaxServicesPerCountry) throw InvalidData("country file " + result.country + ": more than 50 services");

  std::set<std::string> ids;
  for (std::size_t i = 0; i < services->size(); ++i) {
    const json& value = (*services)[i];
    const json* id = value.is_object() ? field(value, "id") : nullptr;
    const bool id_is_usable = id && id->is_string() && is_service_id(id->get_ref<const std::string&>(), result.country);
    DroppedService dropped{i, id_is_usable ? id->get<std::string>() : std::string(), ""};
    try {
      Helpline service = parse_service(value, result.country);
      if (!ids.insert(service.id).second) reject("id is used by an earlier service");
      result.services.push_back(std::move(service));
    } catch (const ServiceProblem& problem) {
      dropped.reason = problem.reason;
      result.dropped.push_back(std::move(dropped));
    }
  }
  return result;
}

}  // namespace helpbridge::resources
