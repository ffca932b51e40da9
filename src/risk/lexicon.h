#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "risk/categories.h"

namespace helpbridge {

struct LexiconHit {
  Category category;
  Level level;
};

// Explicit first-person crisis phrases per language (locales/lexicon/<lang>.json).
// It decides while the model loads and if the model cannot load. Phrases and
// text go through the same normaliser, so evasions ("k i l l myself") match the
// plain phrase; apostrophes are ignored ("don't" = "dont"). A phrase in a spaced
// script matches whole words; one in an unspaced script (ja, zh, th) matches
// anywhere.
class Lexicon {
 public:
  // Adds a language's entries; throws std::invalid_argument on malformed data
  // (and adds nothing from that file).
  void add_language(const std::string& json);

  std::size_t size() const { return entries_.size(); }

  // Every entry found in the text (at most one hit per entry).
  std::vector<LexiconHit> match(std::string_view utf8) const;

  // The same for text that is already normalised (see TextNormalizer).
  std::vector<LexiconHit> match_normalized(const std::string& normalized) const;

 private:
  struct Entry {
    std::string phrase;  // normalised, apostrophes removed
    bool whole_words;
    LexiconHit hit;
  };
  std::vector<Entry> entries_;
};

}  // namespace helpbridge
