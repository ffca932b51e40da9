#include "risk/lexicon.h"

#include "text/normalizer.h"

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace helpbridge {

namespace {

constexpr std::size_t kMaxPhraseBytes = 200;
constexpr std::size_t kMaxEntriesPerLanguage = 2000;

std::string without_apostrophes(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\'') continue;
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019 right single quotation mark
      i += 2;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

bool has_unspaced_script(const std::string& utf8) {
  for (int32_t i = 0; i < static_cast<int32_t>(utf8.size());) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, static_cast<int32_t>(utf8.size()), c);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_THAI ||
        script == USCRIPT_LAO || script == USCRIPT_KHMER || script == USCRIPT_MYANMAR) {
      return true;
    }
  }
  return false;
}

// Is the code point ending before `end` (or starting at `start`) part of a word?
bool word_char_before(const std::string& text, std::size_t end) {
  if (end == 0) return false;
  int32_t i = static_cast<int32_t>(end);
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return u_isalnum(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
}

bool word_char_at(const std::string& text, std::size_t start) {
  if (start >= text.size()) return false;
  int32_t i = static_cast<int32_t>(start);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return u_isalnum(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
}

}  // namespace

void Lexicon::add_language(const std::string& text) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains("entries") || !json["entries"].is_array()) {
    throw std::invalid_argument("lexicon: expected {\"lang\", \"entries\": [...]}");
  }
  const auto& list = json["entries"];
  if (list.size() > kMaxEntriesPerLanguage) throw std::invalid_argument("lexicon: too many entries");
  std::vector<Entry> added;
  for (const auto& item : list) {
    if (!item.is_object() || !item.contains("phrase") || !item["phrase"].is_string() || !item.contains("category") ||
        !item["category"].is_string() || !item.contains("level") || !item["level"].is_string()) {
      throw std::invalid_argument("lexicon: every entry needs string phrase, category and level");
    }
    const std::string phrase = item["phrase"].get<std::string>();
    const auto category = category_from_name(item["category"].get<std::string>());
    const auto level = level_from_name(item["level"].get<std::string>());
    if (!category || *category == Category::kNoCrisis || !level || *level == Level::kNone) {
      throw std::invalid_argument("lexicon: unknown category or level in entry \"" + phrase.substr(0, 40) + "\"");
    }
    if (phrase.size() > kMaxPhraseBytes) throw std::invalid_argument("lexicon: phrase too long");
    const std::string normalized = without_apostrophes(TextNormalizer::instance().normalize_to_utf8(phrase));
    if (normalized.find_first_not_of(' ') == std::string::npos) continue;  // nothing left to match
    added.push_back({normalized, !has_unspaced_script(normalized), {*category, *level}});
  }
  entries_.insert(entries_.end(), added.begin(), added.end());
}

std::vector<LexiconHit> Lexicon::match(std::string_view utf8) const {
  return match_normalized(TextNormalizer::instance().normalize_to_utf8(utf8));
}

std::vector<LexiconHit> Lexicon::match_normalized(const std::string& normalized) const {
  const std::string text = without_apostrophes(normalized);
  std::vector<LexiconHit> hits;
  for (const Entry& entry : entries_) {
    for (std::size_t at = text.find(entry.phrase); at != std::string::npos; at = text.find(entry.phrase, at + 1)) {
      const std::size_t end = at + entry.phrase.size();
      if (!entry.whole_words || (!word_char_before(text, at) && !word_char_at(text, end))) {
        hits.push_back(entry.hit);
        break;
      }
    }
  }
  return hits;
}

}  // namespace helpbridge
