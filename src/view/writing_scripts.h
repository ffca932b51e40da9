#pragma once
#include <string_view>
#include <vector>

namespace helpbridge::view {

// The writing systems (Unicode scripts: Latin, Arabic, Han, Hiragana...) that a
// text uses. Digits, punctuation and marks belong to no script here.
class WritingScripts {
 public:
  explicit WritingScripts(std::string_view utf8);

  // The first letter of the text is in one of these scripts. False for a text
  // without letters ("3114"), which says nothing about its language.
  bool starts_in(std::string_view utf8) const;

 private:
  std::vector<int> scripts_;  // UScriptCode values
};

}  // namespace helpbridge::view
