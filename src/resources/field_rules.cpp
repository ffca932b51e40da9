#include "resources/field_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <string>

namespace helpbridge::resources {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_letter(char c) { return is_ascii_lower(c) || (c >= 'A' && c <= 'Z'); }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool is_forbidden_code_point(UChar32 c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

// "javascript:", "data:" or "vbscript:", in any case, with spaces before the colon.
bool contains_script_scheme(std::string_view text) {
  static constexpr std::array<std::string_view, 3> kSchemes = {"javascript", "data", "vbscript"};
  for (std::string_view scheme : kSchemes) {
    for (std::size_t start = 0; start + scheme.size() <= text.size(); ++start) {
      std::size_t i = 0;
      while (i < scheme.size() && ascii_lower(text[start + i]) == scheme[i]) ++i;
      if (i < scheme.size()) continue;
      std::size_t after = start + i;
      while (after < text.size() && is_ascii_space(text[after])) ++after;
      if (after < text.size() && text[after] == ':') return true;
    }
  }
  return false;
}

}  // namespace

const char* plain_text_problem(std::string_view text, std::size_t max_code_points, bool allow_empty) {
  if (text.empty()) return allow_empty ? nullptr : "is empty";
  // Every code point takes at least one byte: a much longer text is rejected unread.
  if (text.size() > max_code_points * 4) return "is too long";
  std::size_t code_points = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return "is not valid UTF-8";
    if (c == '<' || c == '>') return "contains markup (< or >)";
    if (is_forbidden_code_point(c)) return "contains a control or bidi-override character";
    ++code_points;
  }
  if (code_points > max_code_points) return "is too long";
  if (contains_script_scheme(text)) return "contains a javascript:, data: or vbscript: scheme";
  return nullptr;
}

bool is_https_url(std::string_view text) {
  static constexpr std::string_view kScheme = "https://";
  if (text.size() > kMaxUrlLength || text.substr(0, kScheme.size()) != kScheme) return false;
  if (plain_text_problem(text, kMaxUrlLength) != nullptr) return false;
  std::size_t i = kScheme.size();
  // host: letters, digits, dots and hyphens, ending in a dot and a 2+ letter top-level domain
  const std::size_t host_start = i;
  while (i < text.size() && (is_ascii_letter(text[i]) || is_ascii_digit(text[i]) || text[i] == '.' || text[i] == '-')) ++i;
  const std::string_view host = text.substr(host_start, i - host_start);
  const std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || host.size() - dot - 1 < 2) return false;
  for (char c : host.substr(dot + 1)) {
    if (!is_ascii_letter(c)) return false;
  }
  if (i < text.size() && text[i] == ':') {
    const std::size_t port_start = ++i;
    while (i < text.size() && is_ascii_digit(text[i])) ++i;
    if (i == port_start || i - port_start > 5) return false;
  }
  if (i == text.size()) return true;
  if (text[i] != '/') return false;  // no credentials (user@host), no query without a path
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (is_ascii_space(c) || c == '"' || c == '\'' || c == '`' || c == '\\') return false;
  }
  return true;
}

bool is_digits(std::string_view text, std::size_t min_length, std::size_t max_length) {
  if (text.size() < min_length || text.size() > max_length) return false;
  for (char c : text) {
    if (!is_ascii_digit(c)) return false;
  }
  return true;
}

bool is_tel_href(std::string_view text) {
  if (text.substr(0, 4) != "tel:") return false;
  text.remove_prefix(4);
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  return is_digits(text, 2, 15);
}

bool is_sms_keyword(std::string_view text) {
  if (text.empty() || text.size() > 30 * 4) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int count = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !(u_isalpha(c) || u_isdigit(c))) return false;
    ++count;
  }
  return count <= 30;
}

bool is_language_tag(std::string_view text) {
  if (text.size() > 64) return false;
  std::size_t i = 0;
  while (i < text.size() && is_ascii_lower(text[i])) ++i;
  if (i < 2 || i > 3) return false;
  while (i < text.size()) {
    if (text[i] != '-') return false;
    const std::size_t start = ++i;
    while (i < text.size() && (is_ascii_letter(text[i]) || is_ascii_digit(text[i]))) ++i;
    if (i - start < 2 || i - start > 8) return false;
  }
  return true;
}

bool is_time_zone_name(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  std::size_t i = 0;
  while (i < text.size() && (is_ascii_letter(text[i]) || text[i] == '_')) ++i;
  if (i == 0 || i == text.size()) return false;  // an area, then at least one /part
  while (i < text.size()) {
    if (text[i] != '/') return false;
    const std::size_t start = ++i;
    while (i < text.size() && (is_ascii_letter(text[i]) || is_ascii_digit(text[i]) || text[i] == '_' ||
                               text[i] == '+' || text[i] == '-')) {
      ++i;
    }
    if (i == start) return false;
  }
  return true;
}

bool is_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_ascii_digit(text[i])) return false;
  }
  const int year = std::stoi(std::string(text.substr(0, 4)));
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + ((month == 2 && leap) ? 1 : 0);
}

std::optional<int> parse_clock_time(std::string_view text, bool allow_end_of_day) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0, 1, 3, 4}) {
    if (!is_ascii_digit(text[i])) return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (minutes > 59) return std::nullopt;
  if (hours == 24 && minutes == 0 && allow_end_of_day) return 1440;
  if (hours > 23) return std::nullopt;
  return hours * 60 + minutes;
}

bool is_country_code(std::string_view text) {
  return text.size() == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z';
}

bool is_service_id(std::string_view text, std::string_view country) {
  if (text.size() < 4 || text.size() > 64 || country.size() != 2) return false;
  if (text[0] != ascii_lower(country[0]) || text[1] != ascii_lower(country[1]) || text[2] != '-') return false;
  bool after_hyphen = true;
  for (std::size_t i = 3; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '-') {
      if (after_hyphen) return false;
      after_hyphen = true;
    } else if (is_ascii_lower(c) || is_ascii_digit(c)) {
      after_hyphen = false;
    } else {
      return false;
    }
  }
  return !after_hyphen;
}

bool is_topic(std::string_view text) {
  static constexpr std::array<std::string_view, 11> kTopics = {
      "suicide", "emotional_support", "mental_health", "self_harm", "anxiety", "youth",
      "substance_use", "domestic_violence", "lgbtq", "veterans", "harm_to_others"};
  for (std::string_view topic : kTopics) {
    if (text == topic) return true;
  }
  return false;
}

}  // namespace helpbridge::resources
