#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace helpbridge::i18n {

// Longer "tags" are junk or an attack, not a language preference: skipped unread.
inline constexpr std::size_t kMaxLanguageTagBytes = 128;

// The parts of a BCP 47 tag that choosing a catalogue or a country needs, in
// canonical case ("zh", "Hant", "TW"). Variants and extensions (-u-ca-..., -x-...)
// never change which catalogue fits, so they are dropped.
struct LanguageTag {
  std::string language;  // 2-3 lower-case letters
  std::string script;    // "" or 4 letters, title case ("Hant")
  std::string region;    // "" or 2 upper-case letters or 3 digits ("419")

  std::string to_string() const;  // "zh-Hant-TW"
  bool operator==(const LanguageTag& other) const {
    return language == other.language && script == other.script && region == other.region;
  }
};

// Reads a messy tag the way browsers, hosts and operating systems write them:
// "EN_us", " es-mx ", "zh-Hant-TW", "en-US;q=0.8", "de_DE.UTF-8", "no-bok".
// Returns nullopt for anything that names no language: "", "*", private use
// ("x-klingon"), "i-" tags, "C", malformed or overlong text. Deprecated codes
// (iw, in) are kept as written: locale negotiation says when it maps them.
std::optional<LanguageTag> parse_language_tag(std::string_view text);

}  // namespace helpbridge::i18n
