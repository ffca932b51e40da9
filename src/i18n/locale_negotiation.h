#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace helpbridge::i18n {

// Only the first preferences are read: a person lists a handful, and a host that
// passes thousands must not make the choice slow. Same for the catalogue list.
inline constexpr std::size_t kMaxPreferences = 32;
inline constexpr std::size_t kMaxAvailable = 256;

// English is always shipped, as every catalogue's fallback, so it is the last resort.
inline constexpr char kDefaultLanguage[] = "en";

// How the chosen catalogue relates to the preference it was chosen for.
enum class LanguageMatch {
  exact,     // the same tag ("pt-BR" for "pt-BR")
  language,  // the same language, less specific ("es" for "es-MX")
  legacy,    // a deprecated code's modern one ("he" for "iw", "id" for "in")
  related,   // a sibling or the macrolanguage ("nn" for "nb", "zh" for "yue")
  fallback,  // nothing fitted any preference: English
};

const char* to_string(LanguageMatch match);

struct LanguageChoice {
  std::string lang;        // the chosen catalogue, canonical ("es", "pt-BR"); "en" on fallback
  LanguageMatch match = LanguageMatch::fallback;
  std::string requested;   // the preference it fits, canonical ("zh-Hant-TW"); "" on fallback
  // The catalogue is written in another script than the person asked for. Today
  // that means Traditional Chinese readers (zh-TW, zh-HK, zh-Hant, yue) get zh,
  // the only Chinese catalogue, which is Simplified: readable for them, and
  // better than English, but the host may want to know.
  bool other_script = false;
};

// Chooses the catalogue for a person's preferences, best first (as in
// navigator.languages). Each preference is tried in full before the next one:
// its exact tag, then less specific forms of it, then its modern code, then a
// related language; then the next preference; then English. Messy, empty and
// unusable entries are skipped. Deterministic, total, and bounded by
// kMaxPreferences x kMaxAvailable whatever the lists hold.
LanguageChoice negotiate_language(const std::vector<std::string>& preferences,
                                  const std::vector<std::string>& available);

}  // namespace helpbridge::i18n
