#include <doctest/doctest.h>

#include "text/limits.h"
#include "text/normalizer.h"
#include "text/utf8_input.h"

#include <string>

using helpbridge::TextNormalizer;

namespace {
std::string norm(const std::string& text) { return TextNormalizer::instance().normalize_to_utf8(text); }
}  // namespace

TEST_CASE("NFKC case folding") {
  CHECK(norm("I WANT TO DIE") == "i want to die");
  CHECK(norm("ＦＵＬＬＷＩＤＴＨ") == "fullwidth");
  CHECK(norm("Straße") == "strasse");
  CHECK(norm("ﬁne") == "fine");
}

TEST_CASE("invisible and format characters are removed") {
  CHECK(norm("ki\xE2\x80\x8Bll my\xC2\xADself") == "kill myself");           // ZWSP, soft hyphen
  CHECK(norm("\xE2\x80\xAE" "die" "\xE2\x80\xAC") == "die");                 // RLO ... PDF
  CHECK(norm("su\xE2\x80\x8D" "icide\xEF\xB8\x8F") == "suicide");            // ZWJ, VS16
  CHECK(norm("a\xE2\x81\xA0" "b") == "ab");                                  // word joiner
}

TEST_CASE("leetspeak inside words is folded, numbers and symbols elsewhere are not") {
  CHECK(norm("su1c1de") == "suicide");
  CHECK(norm("k!ll mys3lf") == "kill myself");
  CHECK(norm("d13") == "die");
  CHECK(norm("$ui(ide") == "sui(ide");  // '(' is not in the table
  CHECK(norm("help!") == "help!");
  CHECK(norm("i have 20 pills") == "i have 20 pills");
  CHECK(norm("$5") == "$5");
}

TEST_CASE("Cyrillic and Greek look-alikes are folded only in Latin words") {
  CHECK(norm("kіll myѕelf") == "kill myself");  // Cyrillic і and ѕ
  CHECK(norm("dιe") == "die");                  // Greek iota
  CHECK(norm("хочу умереть") == "хочу умереть");  // Russian stays Russian
  CHECK(norm("θέλω να πεθάνω") == "θελω να πεθανω");  // Greek stays Greek (accents go, see below)
}

TEST_CASE("combining diacritics come off Latin, Greek and Cyrillic letters; other scripts keep their marks") {
  CHECK(norm("ya no quiero estar aquí, está todo mal") == norm("ya no quiero estar aqui, esta todo mal"));
  CHECK(norm("não aguento mais") == "nao aguento mais");
  CHECK(norm("Ich möchte STERBEN") == "ich mochte sterben");
  CHECK(norm("chcę umrzeć, już") == "chce umrzec, juz");  // ł has no decomposition: stays
  CHECK(norm("łzy") == "łzy");
  CHECK(norm("ёжик й") == "ежик и");
  CHECK(norm("Tôi muốn chết") == "toi muon chet");  // two marks on one letter
  // Marks left standing or stacked ("Zalgo") are dropped.
  CHECK(norm("k\u0337\u0322\u0358i\u0334\u0321l\u0336\u031bl\u0338 m\u0335e") == "kill me");
  CHECK(norm("e\u0301\u0301\u0301\u0301") == "e");
  // Other scripts' signs are not in the combining-diacritics blocks.
  CHECK(norm("मैं मरना चाहता हूँ") == "मैं मरना चाहता हूँ");
  CHECK(norm("אֲנִי רוֹצֶה") == "אֲנִי רוֹצֶה");
  CHECK(norm("죽고 싶어") == "죽고 싶어");
  CHECK(norm("死にたい") == "死にたい");
  CHECK(norm("أريد أن أموت") == "أريد أن أموت");
}

TEST_CASE("stretched letters collapse, double letters stay") {
  CHECK(norm("diiiiie") == "die");
  CHECK(norm("pleeeease") == "please");
  CHECK(norm("kill") == "kill");
  CHECK(norm("noooo!!!") == "no!!!");
}

TEST_CASE("spaced-out and separated letters are joined") {
  CHECK(norm("i want to d i e") == "i want to die");
  CHECK(norm("k i l l myself") == "kill myself");
  CHECK(norm("d.i.e") == "die");
  CHECK(norm("k-i-l-l") == "kill");
  CHECK(norm("s*u*i*c*i*d*e") == "suicide");
  CHECK(norm("a b") == "a b");       // two letters are not enough
  CHECK(norm("e.g.") == "e.g.");     // nor two separated ones
}

TEST_CASE("invalid UTF-8 is replaced, control characters become spaces") {
  CHECK(norm(std::string("ab\xFF\xFE" "cd")) == "ab\xEF\xBF\xBD\xEF\xBF\xBD" "cd");
  CHECK(norm(std::string("a\0b", 3)) == "a b");
  CHECK(norm("\xC3") == "\xEF\xBF\xBD");      // truncated sequence
  CHECK(norm("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // encoded surrogate
  CHECK(norm("") == "");
}

TEST_CASE("long input keeps its most recent part") {
  std::string text(100000, 'x');
  text += " end";
  const icu::UnicodeString kept = helpbridge::decode_untrusted_utf8(text);
  CHECK(kept.countChar32() == static_cast<int32_t>(helpbridge::kMaxInputCodePoints));
  CHECK(helpbridge::to_utf8(kept).substr(helpbridge::kMaxInputCodePoints - 4) == " end");

  // A cut that falls inside a multi-byte character starts at the next character.
  std::string emoji;
  for (int i = 0; i < 5000; ++i) emoji += "\xF0\x9F\x98\xAD";  // 😭
  const std::string kept_emoji = helpbridge::to_utf8(helpbridge::decode_untrusted_utf8("x" + emoji));
  CHECK(kept_emoji.find("\xEF\xBF\xBD") == std::string::npos);
}
