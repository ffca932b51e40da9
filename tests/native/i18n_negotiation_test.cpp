// Locale negotiation: the person's preferences (as messy as browsers, hosts and
// operating systems write them) against the catalogues we ship.
#include <doctest/doctest.h>

#include "i18n/language_tag.h"
#include "i18n/locale_negotiation.h"

#include <string>
#include <vector>

using helpbridge::i18n::LanguageChoice;
using helpbridge::i18n::LanguageMatch;
using helpbridge::i18n::negotiate_language;
using helpbridge::i18n::parse_language_tag;

namespace {

// The catalogues in locales/messages/ (the node catalogue test checks the files).
const std::vector<std::string> kShipped = {"ar", "da", "de", "en", "es", "fr", "he", "hi", "id", "it", "ja",
                                           "ko", "nl", "pl", "pt", "ru", "sv", "th", "tr", "uk", "vi", "zh"};

LanguageChoice choose(const std::vector<std::string>& preferences,
                      const std::vector<std::string>& available = kShipped) {
  return negotiate_language(preferences, available);
}

}  // namespace

TEST_CASE("language tags: messy spellings are read, junk is refused") {
  CHECK(parse_language_tag("EN_us")->to_string() == "en-US");
  CHECK(parse_language_tag("  es-mx ")->to_string() == "es-MX");
  CHECK(parse_language_tag("zh-hant-tw")->to_string() == "zh-Hant-TW");
  CHECK(parse_language_tag("en-US;q=0.8")->to_string() == "en-US");
  CHECK(parse_language_tag("de_DE.UTF-8")->to_string() == "de-DE");
  CHECK(parse_language_tag("ca_ES@valencia")->to_string() == "ca-ES");
  CHECK(parse_language_tag("en-US-u-ca-gregory-nu-latn")->to_string() == "en-US");
  CHECK(parse_language_tag("es-419")->to_string() == "es-419");
  CHECK(parse_language_tag("zh-yue-HK")->to_string() == "yue-HK");
  CHECK(parse_language_tag("no-bok")->to_string() == "nb");
  CHECK(parse_language_tag("no-nyn")->to_string() == "nn");
  CHECK(parse_language_tag("sr-Latn-RS-x-private")->to_string() == "sr-Latn-RS");

  for (const char* junk : {"", " ", "*", "x-klingon", "i-klingon", "C", "POSIX", "e", "english", "en--US", "-en",
                           "en-", "en US", "fr\xC3\xA9", "\xFF\xFE", "12", "en-toolongsubtag", "\0en"}) {
    CAPTURE(junk);
    CHECK_FALSE(parse_language_tag(junk).has_value());
  }
  CHECK_FALSE(parse_language_tag(std::string(1 << 20, 'a')).has_value());
  CHECK_FALSE(parse_language_tag(std::string("en\0US", 5)).has_value());
}

TEST_CASE("negotiation: exact tag, then the primary language, then the next preference") {
  LanguageChoice choice = choose({"es-MX", "en-US"});
  CHECK(choice.lang == "es");
  CHECK(choice.match == LanguageMatch::language);
  CHECK(choice.requested == "es-MX");
  CHECK_FALSE(choice.other_script);

  choice = choose({"de"});
  CHECK(choice.lang == "de");
  CHECK(choice.match == LanguageMatch::exact);

  // The first preference's language beats the second preference's exact tag.
  CHECK(choose({"fr-CA", "de"}).lang == "fr");
  CHECK(choose({"EN_us"}).lang == "en");
  CHECK(choose({"EN_us"}).requested == "en-US");
  CHECK(choose({"ca-ES", "es-ES", "en"}).lang == "es");

  // Regional catalogues, if we ever ship them, win over the bare language.
  const std::vector<std::string> portuguese = {"en", "pt", "pt-BR"};
  CHECK(choose({"pt-BR"}, portuguese).lang == "pt-BR");
  CHECK(choose({"pt-BR"}, portuguese).match == LanguageMatch::exact);
  CHECK(choose({"pt-PT"}, portuguese).lang == "pt");
  CHECK(choose({"pt-PT"}, {"en", "pt-BR"}).lang == "pt-BR");
  CHECK(choose({"pt"}, {"en", "pt-BR", "pt-PT"}).lang == "pt-BR");
}

TEST_CASE("negotiation: legacy codes map to their modern ones") {
  LanguageChoice choice = choose({"iw-IL"});
  CHECK(choice.lang == "he");
  CHECK(choice.match == LanguageMatch::legacy);
  CHECK(choice.requested == "iw-IL");
  CHECK(choose({"in"}).lang == "id");
  CHECK(choose({"in"}).match == LanguageMatch::legacy);
  // ji is Yiddish (yi), which we do not ship: the next preference decides.
  CHECK(choose({"ji", "fr"}).lang == "fr");
  CHECK(choose({"ji"}, {"en", "yi"}).lang == "yi");
  CHECK(choose({"ji"}).match == LanguageMatch::fallback);
}

TEST_CASE("negotiation: Norwegian tags are siblings") {
  CHECK(choose({"nb-NO"}, {"en", "no"}).lang == "no");
  CHECK(choose({"nb-NO"}, {"en", "no"}).match == LanguageMatch::related);
  CHECK(choose({"nb"}, {"en", "nn"}).lang == "nn");
  CHECK(choose({"nn"}, {"en", "nb", "no"}).lang == "no");
  CHECK(choose({"no"}, {"en", "nn", "nb"}).lang == "nb");
  CHECK(choose({"no-bok"}, {"en", "nb"}).lang == "nb");
  CHECK(choose({"nb-NO"}, {"en", "nb"}).match == LanguageMatch::language);
  // We ship no Norwegian: Danish is close in writing, but we do not guess that far.
  CHECK(choose({"nb-NO", "sv"}).lang == "sv");
  CHECK(choose({"nb-NO"}).lang == "en");
}

TEST_CASE("negotiation: every Chinese preference gets zh, the only (Simplified) Chinese catalogue") {
  for (const char* traditional : {"zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "ZH_tw", "zh-hant-hk"}) {
    CAPTURE(traditional);
    const LanguageChoice choice = choose({traditional, "en"});
    CHECK(choice.lang == "zh");
    CHECK(choice.match == LanguageMatch::language);
    CHECK(choice.other_script);  // said so: the host may tell the person
  }
  for (const char* simplified : {"zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN"}) {
    CAPTURE(simplified);
    const LanguageChoice choice = choose({simplified});
    CHECK(choice.lang == "zh");
    CHECK_FALSE(choice.other_script);
  }
  LanguageChoice cantonese = choose({"yue-HK", "en"});
  CHECK(cantonese.lang == "zh");
  CHECK(cantonese.match == LanguageMatch::related);
  CHECK(cantonese.other_script);
  CHECK(choose({"zh-yue"}).lang == "zh");
  CHECK(choose({"cmn-Hans-CN"}).lang == "zh");
  CHECK_FALSE(choose({"cmn-Hans-CN"}).other_script);
  // A Traditional catalogue, once shipped, is chosen for Taiwan and Hong Kong.
  const std::vector<std::string> both = {"en", "zh", "zh-Hant"};
  CHECK(choose({"zh-TW"}, both).lang == "zh-Hant");
  CHECK_FALSE(choose({"zh-TW"}, both).other_script);
  CHECK(choose({"zh-CN"}, both).lang == "zh");
}

TEST_CASE("negotiation: hostile and empty lists end in English, with bounded work") {
  CHECK(choose({}).lang == "en");
  CHECK(choose({}).match == LanguageMatch::fallback);
  CHECK(choose({}).requested.empty());
  CHECK(choose({"", "*", "x-klingon", "i-klingon", "C", "de-DE"}).lang == "de");
  CHECK(choose({"tlh", "qya", "zz"}).lang == "en");
  CHECK(choose({"fr"}, {}).lang == "en");
  CHECK(choose({"fr"}, {"", "*", "junk junk"}).lang == "en");
  // English is always shipped (every catalogue's fallback), listed or not.
  CHECK(choose({"xx"}, {"fr"}).lang == "en");

  // Only the first kMaxPreferences entries are read.
  std::vector<std::string> long_list(helpbridge::i18n::kMaxPreferences - 1, "xx-XX");
  long_list.push_back("fr");
  CHECK(choose(long_list).lang == "fr");
  long_list.insert(long_list.begin(), "yy");
  CHECK(choose(long_list).lang == "en");

  std::vector<std::string> hostile(500, std::string(1 << 16, 'a'));
  hostile.push_back("fr");
  CHECK(choose(hostile).lang == "en");
  std::vector<std::string> huge_catalogue_list(100000, "xx");
  huge_catalogue_list.push_back("fr");  // beyond kMaxAvailable
  CHECK(choose({"fr"}, huge_catalogue_list).lang == "en");

  // Deterministic: the same lists give the same answer.
  const std::vector<std::string> messy = {"", "EN_us", "zh-Hant-TW", "iw", "in", "nb", "x-klingon", "*"};
  const LanguageChoice first = choose(messy);
  for (int i = 0; i < 3; ++i) {
    const LanguageChoice again = choose(messy);
    CHECK(again.lang == first.lang);
    CHECK(again.match == first.match);
    CHECK(again.requested == first.requested);
  }
  CHECK(first.lang == "en");
  CHECK(first.requested == "en-US");
}
