#include "i18n/message_format.h"

#include "i18n/display_text.h"
#include "i18n/invalid_data.h"

namespace helpbridge::i18n {

namespace {

constexpr std::string_view kFirstStrongIsolate = "\xE2\x81\xA8";    // U+2068
constexpr std::string_view kPopDirectionalIsolate = "\xE2\x81\xA9";  // U+2069

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

MessageParams params_from_json(const nlohmann::json& params) {
  MessageParams result;
  if (params.is_null()) return result;
  if (!params.is_object()) throw InvalidData("message params: not a JSON object");
  for (const auto& [name, value] : params.items()) {
    std::string text;
    if (value.is_string()) {
      text = value.get<std::string>();
    } else if (value.is_number()) {
      text = value.dump();
    } else {
      throw InvalidData("message param \"" + name.substr(0, kMaxPlaceholderNameBytes) +
                        "\": only strings and numbers are allowed");
    }
    if (const char* problem = display_text_problem(text, kMaxParamValueBytes, true)) {
      throw InvalidData("message param \"" + name.substr(0, kMaxPlaceholderNameBytes) + "\" " + problem);
    }
    result.emplace(name, std::move(text));
  }
  return result;
}

std::string fill_placeholders(std::string_view pattern, const MessageParams& params, bool isolate) {
  std::string out;
  out.reserve(pattern.size());
  size_t at = 0;
  while (at < pattern.size()) {
    const size_t open = pattern.find('{', at);
    if (open == std::string_view::npos) break;
    out.append(pattern, at, open - at);
    size_t end = open + 1;
    while (end < pattern.size() && end - open <= kMaxPlaceholderNameBytes && is_name_char(pattern[end])) ++end;
    const std::string_view name = pattern.substr(open + 1, end - open - 1);
    const bool closed = end < pattern.size() && pattern[end] == '}' && !name.empty();
    const auto value = closed ? params.find(name) : params.end();
    if (value == params.end()) {
      out += '{';  // not a placeholder we can fill: keep the text as written
      at = open + 1;
      continue;
    }
    if (isolate) out += kFirstStrongIsolate;
    out += value->second;
    if (isolate) out += kPopDirectionalIsolate;
    at = end + 1;
  }
  out.append(pattern, at, std::string_view::npos);
  return out;
}

}  // namespace helpbridge::i18n
