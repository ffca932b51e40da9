#include "i18n/language_tag.h"

#include <array>
#include <utility>
#include <vector>

namespace helpbridge::i18n {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool is_all(std::string_view s, bool (*test)(char)) {
  for (char c : s) {
    if (!test(c)) return false;
  }
  return !s.empty();
}

// Grandfathered tags that name a language we might ship, with their modern form
// (from the IANA subtag registry). Other grandfathered tags name nothing we ship.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kGrandfathered = {{
    {"no-bok", "nb"},
    {"no-nyn", "nn"},
    {"zh-guoyu", "zh"},
    {"zh-min-nan", "nan"},
    {"zh-hakka", "hak"},
    {"zh-xiang", "hsn"},
    {"en-gb-oed", "en-GB"},
}};

// Drops what surrounds a tag in the wild: whitespace, an Accept-Language weight
// (";q=0.8") and a POSIX codeset or modifier (".UTF-8", "@euro").
std::string_view strip_decoration(std::string_view text) {
  const size_t cut = text.find_first_of(";.@");
  if (cut != std::string_view::npos) text = text.substr(0, cut);
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string LanguageTag::to_string() const {
  std::string out = language;
  if (!script.empty()) out += "-" + script;
  if (!region.empty()) out += "-" + region;
  return out;
}

std::optional<LanguageTag> parse_language_tag(std::string_view text) {
  if (text.size() > kMaxLanguageTagBytes) return std::nullopt;
  text = strip_decoration(text);
  if (text.empty()) return std::nullopt;

  std::string lowered;
  for (char c : text) lowered += (c == '_') ? '-' : to_lower(c);
  for (const auto& [old_tag, modern] : kGrandfathered) {
    if (lowered == old_tag) return parse_language_tag(modern);
  }

  std::vector<std::string_view> subtags;
  std::string_view rest = lowered;
  while (true) {
    const size_t dash = rest.find('-');
    const std::string_view subtag = rest.substr(0, dash);
    if (subtag.empty() || subtag.size() > 8) return std::nullopt;
    for (char c : subtag) {
      if (!is_alpha(c) && !is_digit(c)) return std::nullopt;
    }
    subtags.push_back(subtag);
    if (dash == std::string_view::npos) break;
    rest.remove_prefix(dash + 1);
  }

  // A primary subtag of 1 letter is "x-" (private use), "i-" (grandfathered) or
  // a POSIX "C"; 4 letters are reserved. None of them names a catalogue.
  size_t at = 0;
  if (subtags[at].size() < 2 || subtags[at].size() > 3 || !is_all(subtags[at], is_alpha)) return std::nullopt;
  LanguageTag tag;
  tag.language = std::string(subtags[at++]);

  // An extended language subtag is the language itself: "zh-yue" is "yue".
  if (at < subtags.size() && subtags[at].size() == 3 && is_all(subtags[at], is_alpha)) {
    tag.language = std::string(subtags[at++]);
    while (at < subtags.size() && subtags[at].size() == 3 && is_all(subtags[at], is_alpha)) ++at;
  }
  if (at < subtags.size() && subtags[at].size() == 4 && is_all(subtags[at], is_alpha)) {
    tag.script = std::string(subtags[at++]);
    tag.script[0] = to_upper(tag.script[0]);
  }
  if (at < subtags.size() && ((subtags[at].size() == 2 && is_all(subtags[at], is_alpha)) ||
                              (subtags[at].size() == 3 && is_all(subtags[at], is_digit)))) {
    tag.region = std::string(subtags[at++]);
    for (char& c : tag.region) c = to_upper(c);
  }
  return tag;
}

}  // namespace helpbridge::i18n
