#include "resources/helpline_directory.h"

#include "resources/field_rules.h"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

namespace helpbridge::resources {

namespace {

// The language subtag, lower case, with the codes browsers and files write
// differently for the same language made equal (Norwegian nb/nn vs no...).
std::string base_language(std::string_view tag) {
  std::string base;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    base += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kSame = {{
      {"nb", "no"}, {"nn", "no"}, {"iw", "he"}, {"in", "id"}, {"ji", "yi"}, {"tl", "fil"}}};
  for (const auto& [from, to] : kSame) {
    if (base == from) return std::string(to);
  }
  return base;
}

// 0 if the service answers in the person's first language, 1 for the second...;
// languages.size() if none fits or the service does not say.
std::size_t language_rank(const Helpline& service, const std::vector<std::string>& languages) {
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (answers_in(service, languages[i])) return i;
  }
  return languages.size();
}

bool has_any_topic(const Helpline& service, const std::vector<std::string>& topics) {
  for (const std::string& topic : service.topics) {
    if (std::find(topics.begin(), topics.end(), topic) != topics.end()) return true;
  }
  return false;
}

int open_rank(OpenStatus status) {
  switch (status) {
    case OpenStatus::always:
    case OpenStatus::open: return 0;
    case OpenStatus::unknown: return 1;
    case OpenStatus::closed: break;
  }
  return 2;
}

}  // namespace

const char* to_string(Channel::Type type) {
  switch (type) {
    case Channel::Type::phone: return "phone";
    case Channel::Type::sms: return "sms";
    case Channel::Type::chat: return "chat";
    case Channel::Type::whatsapp: return "whatsapp";
    case Channel::Type::web: break;
  }
  return "web";
}

namespace {

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

bool answers_in(const Helpline& service, std::string_view language) {
  if (!service.languages) return false;
  const std::string wanted = base_language(language);
  for (const std::string& offered : *service.languages) {
    if (base_language(offered) == wanted) return true;
  }
  return false;
}

std::string channel_href(const Channel& channel) {
  switch (channel.type) {
    case Channel::Type::phone: return channel.tel;
    case Channel::Type::sms:
      return "sms:" + channel.number + (channel.keyword.empty() ? "" : "?body=" + percent_encode(channel.keyword));
    case Channel::Type::chat:
    case Channel::Type::whatsapp:
    case Channel::Type::web: break;
  }
  return channel.url;
}

HelplineDirectory::HelplineDirectory(std::string_view emergency_json, std::string_view category_topics_json,
                                     std::string_view directory_json)
    : emergency_(parse_emergency_numbers(emergency_json)),
      category_topics_(parse_category_topics(category_topics_json)),
      directory_(parse_directory_links(directory_json)) {}

const CountryHelplines& HelplineDirectory::add_country(std::string_view country_json) {
  CountryHelplines parsed = parse_country_file(country_json);
  const std::string code = parsed.country;
  return countries_[code] = std::move(parsed);
}

const CountryHelplines* HelplineDirectory::country(std::string_view code) const {
  const auto found = countries_.find(std::string(code));
  return found == countries_.end() ? nullptr : &found->second;
}

std::vector<std::string> HelplineDirectory::time_zones(std::string_view code) const {
  std::vector<std::string> zones;
  if (const CountryHelplines* data = country(code)) {
    for (const Helpline& service : data->services) {
      const std::string& zone = service.hours.time_zone;
      if (service.hours.kind == OpeningHours::Kind::weekly && std::find(zones.begin(), zones.end(), zone) == zones.end()) {
        zones.push_back(zone);
      }
    }
  }
  return zones;
}

LookupResult HelplineDirectory::lookup(const LookupQuery& query) const {
  LookupResult result;
  result.country = is_country_code(query.country) ? query.country : "";
  const auto emergency = emergency_.find(result.country);
  if (emergency != emergency_.end()) {
    result.country_name = emergency->second.name;
    result.emergency_number = emergency->second.numbers.front();
  }
  // The per-country page only for a real region; anything else gets the general page.
  result.directory_url = emergency != emergency_.end() ? directory_.for_country(result.country) : directory_.url;

  const CountryHelplines* data = result.country.empty() ? nullptr : country(result.country);
  if (data == nullptr || data->services.empty()) {
    result.fallback = true;
    if (data != nullptr) result.country_name = data->name;
    return result;
  }
  result.country_name = data->name;

  static const std::vector<std::string> kNoTopics;
  const auto category = category_topics_.find(query.category);
  const std::vector<std::string>& preferred = category == category_topics_.end() ? kNoTopics : category->second;

  struct Ranked {
    std::tuple<int, int, std::size_t> key;
    ShownService shown;
  };
  std::vector<Ranked> ranked;
  for (const Helpline& service : data->services) {
    OpenStatus status = OpenStatus::unknown;
    if (service.hours.kind == OpeningHours::Kind::weekly) {
      const auto local = query.clock.find(service.hours.time_zone);
      if (local != query.clock.end()) status = service.hours.status_at(local->second);
    } else {
      status = service.hours.status_at(LocalTime{});
    }
    const int topic = preferred.empty() || has_any_topic(service, preferred) ? 0 : 1;
    ranked.push_back({{topic, open_rank(status), language_rank(service, query.languages)}, {service, status}});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.key < b.key; });
  for (Ranked& entry : ranked) result.services.push_back(std::move(entry.shown));
  return result;
}

std::vector<CountryInfo> HelplineDirectory::countries() const {
  const std::set<std::string> with_files(directory_.helpline_countries.begin(), directory_.helpline_countries.end());
  std::vector<CountryInfo> list;
  for (const auto& [code, entry] : emergency_) {
    const CountryHelplines* loaded = country(code);
    list.push_back({code, loaded ? loaded->name : entry.name, with_files.count(code) > 0 || loaded != nullptr});
  }
  return list;
}

bool HelplineDirectory::knows_category(std::string_view category) const {
  return category_topics_.count(std::string(category)) > 0;
}

}  // namespace helpbridge::resources
