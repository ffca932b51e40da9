#include "resources/directory_data.h"

#include "resources/field_rules.h"
#include "resources/invalid_data.h"

#include <nlohmann/json.hpp>

namespace helpbridge::resources {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxDataFileBytes = 1 << 20;

json parse_object(std::string_view json_text, const char* what) {
  if (json_text.size() > kMaxDataFileBytes) throw InvalidData(std::string(what) + ": larger than 1 MiB");
  json data = json::parse(json_text, nullptr, false);
  if (data.is_discarded()) throw InvalidData(std::string(what) + ": not valid JSON");
  if (!data.is_object()) throw InvalidData(std::string(what) + ": not a JSON object");
  return data;
}

bool is_comment_key(const std::string& key) { return !key.empty() && key[0] == '_'; }

}  // namespace

std::map<std::string, EmergencyEntry> parse_emergency_numbers(std::string_view json_text) {
  const json data = parse_object(json_text, "emergency numbers");
  std::map<std::string, EmergencyEntry> entries;
  for (const auto& [code, value] : data.items()) {
    if (is_comment_key(code) || !is_country_code(code) || !value.is_object()) continue;
    const auto name = value.find("name");
    const auto numbers = value.find("numbers");
    if (name == value.end() || !name->is_string() || plain_text_problem(name->get_ref<const std::string&>(), kMaxTextLength)) continue;
    if (numbers == value.end() || !numbers->is_array() || numbers->empty() || numbers->size() > 200) continue;
    EmergencyEntry entry{name->get<std::string>(), {}};
    bool all_digits = true;
    for (const json& number : *numbers) {
      all_digits = all_digits && number.is_string() && is_digits(number.get_ref<const std::string&>(), 2, 15);
      if (all_digits) entry.numbers.push_back(number.get<std::string>());
    }
    if (all_digits) entries.emplace(code, std::move(entry));
  }
  return entries;
}

std::map<std::string, std::vector<std::string>> parse_category_topics(std::string_view json_text) {
  const json data = parse_object(json_text, "category topics");
  std::map<std::string, std::vector<std::string>> categories;
  for (const auto& [category, topics] : data.items()) {
    if (is_comment_key(category)) continue;
    if (category.size() > 64 || !topics.is_array()) {
      throw InvalidData("category topics: \"" + category.substr(0, 64) + "\" is not mapped to a list of topics");
    }
    std::vector<std::string> list;
    for (const json& topic : topics) {
      if (!topic.is_string() || !is_topic(topic.get_ref<const std::string&>())) {
        throw InvalidData("category topics: \"" + category + "\" lists an unknown topic");
      }
      list.push_back(topic.get<std::string>());
    }
    categories.emplace(category, std::move(list));
  }
  return categories;
}

std::string DirectoryLinks::for_country(std::string_view country) const {
  const std::size_t at = country_url.find("{cc}");
  if (at == std::string::npos || !is_country_code(country)) return url;
  std::string lower{static_cast<char>(country[0] - 'A' + 'a'), static_cast<char>(country[1] - 'A' + 'a')};
  return country_url.substr(0, at) + lower + country_url.substr(at + 4);
}

DirectoryLinks parse_directory_links(std::string_view json_text) {
  const json data = parse_object(json_text, "directory");
  DirectoryLinks links;
  const auto url = data.find("url");
  if (url == data.end() || !url->is_string() || !is_https_url(url->get_ref<const std::string&>())) {
    throw InvalidData("directory: url is not an https:// URL");
  }
  links.url = url->get<std::string>();
  const auto country_url = data.find("country_url");
  if (country_url != data.end() && !country_url->is_null()) {
    // {cc} is two letters once filled in, so the filled-in form must be a valid URL.
    const std::string pattern = country_url->is_string() ? country_url->get<std::string>() : std::string();
    const std::size_t at = pattern.find("{cc}");
    const std::string example = at == std::string::npos ? pattern : pattern.substr(0, at) + "es" + pattern.substr(at + 4);
    if (!is_https_url(example)) throw InvalidData("directory: country_url is not an https:// URL");
    links.country_url = pattern;
  }
  const auto countries = data.find("helpline_countries");
  if (countries != data.end()) {
    if (!countries->is_array()) throw InvalidData("directory: helpline_countries is not a list");
    for (const json& code : *countries) {
      if (!code.is_string() || !is_country_code(code.get_ref<const std::string&>())) {
        throw InvalidData("directory: helpline_countries has a value that is not a country code");
      }
      links.helpline_countries.push_back(code.get<std::string>());
    }
  }
  return links;
}

}  // namespace helpbridge::resources
