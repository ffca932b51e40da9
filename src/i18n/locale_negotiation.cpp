#include "i18n/locale_negotiation.h"

#include "i18n/language_tag.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace helpbridge::i18n {

namespace {

// Deprecated primary language codes and their replacements (IANA registry).
// Old systems and Java still send iw, in and ji.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kLegacyCodes = {{
    {"iw", "he"}, {"in", "id"}, {"ji", "yi"}, {"jw", "jv"}, {"mo", "ro"},
}};

// Languages whose readers are well served by another catalogue, in order of
// preference. Norwegian: "no" is the macrolanguage of Bokmal (nb) and Nynorsk
// (nn), and readers of one read the other. Chinese varieties share the written
// standard language, which the zh catalogue uses. Danish is close to Bokmal in
// writing, but a Norwegian who wanted it would list it: we do not guess that far.
struct Related {
  std::string_view language;
  std::array<std::string_view, 2> others;
};
constexpr std::array<Related, 8> kRelated = {{
    {"nb", {"no", "nn"}},
    {"nn", {"no", "nb"}},
    {"no", {"nb", "nn"}},
    {"cmn", {"zh", ""}},
    {"yue", {"zh", ""}},
    {"wuu", {"zh", ""}},
    {"nan", {"zh", ""}},
    {"hak", {"zh", ""}},
}};

// The script a tag is written in when it does not say (from CLDR's likely
// subtags), only where we ship a language with more than one script in use.
// "" means the script does not matter for choosing.
std::string likely_script(const LanguageTag& tag) {
  if (!tag.script.empty()) return tag.script;
  const bool traditional_region = tag.region == "TW" || tag.region == "HK" || tag.region == "MO";
  if (tag.language == "zh") return traditional_region ? "Hant" : "Hans";
  if (tag.language == "yue") return tag.region == "CN" ? "Hans" : "Hant";
  return "";
}

class Catalogues {
 public:
  explicit Catalogues(const std::vector<std::string>& available) {
    for (size_t i = 0; i < available.size() && i < kMaxAvailable; ++i) {
      if (auto tag = parse_language_tag(available[i])) tags_.push_back(std::move(*tag));
    }
  }

  const LanguageTag* exact(const LanguageTag& wanted) const {
    for (const LanguageTag& tag : tags_) {
      if (tag == wanted) return &tag;
    }
    return nullptr;
  }

  // The best catalogue in the wanted language: the exact tag, then less
  // specific forms (RFC 4647 lookup, with the likely script filled in), then
  // any catalogue of that language, in the same script if there is one.
  const LanguageTag* same_language(const LanguageTag& wanted) const {
    const std::string script = likely_script(wanted);
    const std::string& lang = wanted.language;
    const LanguageTag forms[] = {
        wanted,
        {lang, script, wanted.region},
        {lang, script, ""},
        {lang, "", wanted.region},
        {lang, "", ""},
    };
    for (const LanguageTag& form : forms) {
      if (const LanguageTag* found = exact(form)) return found;
    }
    const LanguageTag* any = nullptr;
    for (const LanguageTag& tag : tags_) {
      if (tag.language != lang) continue;
      if (likely_script(tag) == script) return &tag;
      if (any == nullptr) any = &tag;
    }
    return any;
  }

 private:
  std::vector<LanguageTag> tags_;
};

LanguageTag with_language(LanguageTag tag, std::string_view language) {
  tag.language = std::string(language);
  return tag;
}

struct Found {
  const LanguageTag* catalogue;
  LanguageMatch match;
};

std::optional<Found> best_for(const LanguageTag& wanted, const Catalogues& catalogues) {
  if (const LanguageTag* found = catalogues.exact(wanted)) return Found{found, LanguageMatch::exact};
  if (const LanguageTag* found = catalogues.same_language(wanted)) return Found{found, LanguageMatch::language};

  std::string_view language = wanted.language;
  for (const auto& [old_code, modern] : kLegacyCodes) {
    if (language != old_code) continue;
    language = modern;
    if (const LanguageTag* found = catalogues.same_language(with_language(wanted, modern))) {
      return Found{found, LanguageMatch::legacy};
    }
  }
  for (const Related& related : kRelated) {
    if (language != related.language) continue;
    for (std::string_view other : related.others) {
      if (other.empty()) continue;
      if (const LanguageTag* found = catalogues.same_language(with_language(wanted, other))) {
        return Found{found, LanguageMatch::related};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

const char* to_string(LanguageMatch match) {
  switch (match) {
    case LanguageMatch::exact: return "exact";
    case LanguageMatch::language: return "language";
    case LanguageMatch::legacy: return "legacy";
    case LanguageMatch::related: return "related";
    case LanguageMatch::fallback: return "fallback";
  }
  return "fallback";
}

LanguageChoice negotiate_language(const std::vector<std::string>& preferences,
                                  const std::vector<std::string>& available) {
  const Catalogues catalogues(available);
  for (size_t i = 0; i < preferences.size() && i < kMaxPreferences; ++i) {
    const std::optional<LanguageTag> wanted = parse_language_tag(preferences[i]);
    if (!wanted) continue;
    const std::optional<Found> found = best_for(*wanted, catalogues);
    if (!found) continue;
    LanguageChoice choice;
    choice.lang = found->catalogue->to_string();
    choice.match = found->match;
    choice.requested = wanted->to_string();
    const std::string wanted_script = likely_script(*wanted);
    const std::string chosen_script = likely_script(*found->catalogue);
    choice.other_script = !wanted_script.empty() && !chosen_script.empty() && wanted_script != chosen_script;
    return choice;
  }
  LanguageChoice choice;
  choice.lang = kDefaultLanguage;
  return choice;
}

}  // namespace helpbridge::i18n
