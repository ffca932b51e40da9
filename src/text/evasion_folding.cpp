#include "text/evasion_folding.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <string>
#include <vector>

namespace helpbridge {

namespace {

// Lower-case Cyrillic and Greek letters that render like a Latin letter. They are
// folded only inside runs that also hold Latin letters, so Russian or Greek text
// is never touched.
UChar32 latin_lookalike(UChar32 c) {
  switch (c) {
    case 0x0430: return 'a';  // а
    case 0x0435: return 'e';  // е
    case 0x043E: return 'o';  // о
    case 0x0440: return 'p';  // р
    case 0x0441: return 'c';  // с
    case 0x0443: return 'y';  // у
    case 0x0445: return 'x';  // х
    case 0x0456: return 'i';  // і
    case 0x0458: return 'j';  // ј
    case 0x0455: return 's';  // ѕ
    case 0x04BB: return 'h';  // һ
    case 0x0501: return 'd';  // ԁ
    case 0x051B: return 'q';  // ԛ
    case 0x051D: return 'w';  // ԝ
    case 0x04CF: return 'l';  // ӏ
    case 0x043A: return 'k';  // к
    case 0x03B1: return 'a';  // α
    case 0x03BF: return 'o';  // ο
    case 0x03BD: return 'v';  // ν
    case 0x03B9: return 'i';  // ι
    case 0x03BA: return 'k';  // κ
    case 0x03C1: return 'p';  // ρ
    case 0x03C4: return 't';  // τ
    case 0x03C5: return 'u';  // υ
    case 0x03C7: return 'x';  // χ
    case 0x03B5: return 'e';  // ε
    default: return 0;
  }
}

// Leetspeak: digits and symbols standing for letters.
UChar32 leet_letter(UChar32 c) {
  switch (c) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '@': return 'a';
    case '$': return 's';
    case '!': return 'i';
    case '|': return 'l';
    default: return 0;
  }
}

bool is_letter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}

// Latin letters: ASCII, Latin-1 Supplement and Latin Extended-A/B, Latin
// Extended Additional (the ranges people type; a table is faster than ICU's
// script lookup, and this is part of the feature contract).
bool is_latin_letter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool is_separator_mark(UChar32 c) { return c == '.' || c == '-' || c == '_' || c == '*'; }

using Run = std::u32string;

void fold_lookalikes(Run& run) {
  bool has_latin = false;
  for (UChar32 c : run) has_latin = has_latin || is_latin_letter(c);
  if (!has_latin) return;
  for (char32_t& c : run) {
    if (UChar32 latin = latin_lookalike(static_cast<UChar32>(c))) c = static_cast<char32_t>(latin);
  }
}

// A leet character is read as a letter only inside a word: "su1c1de", "d13",
// "$uicide", "k!ll", but not "$5", "@name", a trailing "help!" or "no!!!".
void fold_leetspeak(Run& run) {
  int letters = 0;
  for (UChar32 c : run) letters += is_latin_letter(c) ? 1 : 0;
  if (letters < 1 || run.size() < 3) return;
  bool any_leet = false;
  for (UChar32 c : run) any_leet = any_leet || leet_letter(c) != 0;
  if (!any_leet) return;
  const Run original = run;
  const auto letter_at = [&](std::size_t i) { return i < original.size() && is_latin_letter(original[i]); };
  const auto letter_or_digit_leet = [&](std::size_t i) {
    return i < original.size() && (is_latin_letter(original[i]) || u_isdigit(original[i]));
  };
  for (std::size_t i = 0; i < original.size(); ++i) {
    const UChar32 c = original[i];
    const UChar32 letter = leet_letter(c);
    if (letter == 0) continue;
    bool fold = false;
    if (u_isdigit(c) || c == '$') {
      fold = (i > 0 && letter_or_digit_leet(i - 1)) || letter_or_digit_leet(i + 1);
    } else {  // '!', '|', '@' are punctuation unless a letter stands on both sides
      fold = i > 0 && letter_at(i - 1) && letter_at(i + 1);
    }
    if (fold) run[i] = letter;
  }
}

// "diiiie" -> "die", "nooooo" -> "no". Only runs of three or more collapse, so
// real double letters ("kill", "feel") are kept.
void collapse_stretched_letters(Run& run) {
  bool stretched = false;
  for (std::size_t i = 2; i < run.size() && !stretched; ++i) stretched = run[i] == run[i - 1] && run[i] == run[i - 2];
  if (!stretched) return;
  Run out;
  out.reserve(run.size());
  for (std::size_t i = 0; i < run.size();) {
    std::size_t j = i;
    while (j < run.size() && run[j] == run[i]) ++j;
    const std::size_t repeat = j - i;
    const std::size_t keep = (repeat >= 3 && is_letter(run[i])) ? 1 : repeat;
    out.append(keep, run[i]);
    i = j;
  }
  run.swap(out);
}

// "d.i.e", "k-i-l-l", "s*u*i*c*i*d*e" -> the word itself: letters alternating
// with one kind of separator, at least three letters.
void join_separated_letters(Run& run) {
  if (run.size() < 5 || !is_separator_mark(run[1])) return;
  const char32_t mark = run[1];
  std::size_t letters = 0;
  for (std::size_t i = 0; i < run.size(); ++i) {
    const bool expect_letter = i % 2 == 0;
    if (expect_letter ? !is_letter(run[i]) : run[i] != mark) {
      // A trailing mark ("d.i.e.") is fine; anything else is not this pattern.
      if (!(i == run.size() - 1 && run[i] == mark)) return;
    }
    letters += expect_letter ? 1 : 0;
  }
  if (letters < 3) return;
  Run out;
  for (std::size_t i = 0; i < run.size(); i += 2) {
    if (is_letter(run[i])) out.push_back(run[i]);
  }
  run.swap(out);
}

bool is_single_letter(const Run& run) { return run.size() == 1 && is_letter(run[0]); }

}  // namespace

namespace {

// Writes runs and the spaces between them to the output, holding back runs of
// one letter each: three or more in a row, separated by single spaces, are one
// spaced-out word ("k i l l myself").
class SpacedLetterJoiner {
 public:
  explicit SpacedLetterJoiner(std::u32string& out) : out_(out) {}

  void gap(char32_t c) { gap_.push_back(c); }

  void run(Run& run) {
    const bool single = is_single_letter(run);
    if (single && (pending_.empty() || gap_.size() == 1)) {
      pending_gaps_.push_back(gap_);
      pending_.push_back(run[0]);
      gap_.clear();
      return;
    }
    flush();
    if (single) {  // starts a new candidate sequence after a wider gap
      pending_gaps_.push_back(gap_);
      pending_.push_back(run[0]);
      gap_.clear();
      return;
    }
    out_ += gap_;
    gap_.clear();
    out_ += run;
  }

  void finish() {
    flush();
    out_ += gap_;
    gap_.clear();
  }

 private:
  void flush() {
    if (pending_.size() >= 3) {
      out_ += pending_gaps_.front();
      collapse_stretched_letters(pending_);
      out_ += pending_;
    } else {
      for (std::size_t i = 0; i < pending_.size(); ++i) {
        out_ += pending_gaps_[i];
        out_.push_back(pending_[i]);
      }
    }
    pending_.clear();
    pending_gaps_.clear();
  }

  std::u32string& out_;
  Run gap_;
  Run pending_;
  std::vector<Run> pending_gaps_;
};

bool is_space(UChar32 c) { return c == ' ' || (c >= 0x80 ? u_isUWhiteSpace(c) : (c >= 0x09 && c <= 0x0D)); }

}  // namespace

icu::UnicodeString fold_evasions(const icu::UnicodeString& casefolded) {
  std::u32string out;
  out.reserve(static_cast<std::size_t>(casefolded.length()));
  SpacedLetterJoiner joiner(out);
  Run current;
  const char16_t* text = casefolded.getBuffer();
  const int32_t length = casefolded.length();
  const auto finish_run = [&] {
    if (current.empty()) return;
    // One scan decides which folds can apply; most runs need none.
    bool latin = false, lookalike = false, leet = false;
    for (char32_t c : current) {
      latin = latin || is_latin_letter(static_cast<UChar32>(c));
      if (c < 0x80) {
        leet = leet || leet_letter(static_cast<UChar32>(c)) != 0;
      } else {
        lookalike = lookalike || latin_lookalike(static_cast<UChar32>(c)) != 0;
      }
    }
    if (latin && lookalike) fold_lookalikes(current);
    if (latin && leet) fold_leetspeak(current);
    collapse_stretched_letters(current);
    join_separated_letters(current);
    joiner.run(current);
    current.clear();
  };
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U16_NEXT(text, i, length, c);
    if (is_space(c)) {
      finish_run();
      joiner.gap(static_cast<char32_t>(c));
    } else {
      current.push_back(static_cast<char32_t>(c));
    }
  }
  finish_run();
  joiner.finish();
  return icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(out.data()), static_cast<int32_t>(out.size()));
}

}  // namespace helpbridge
