#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "i18n/message_format.h"

namespace helpbridge::i18n {

// Bounds on a catalogue (locales/messages/<lang>.json). Today's longest message
// is about 520 bytes (Thai and Hindi take 3 bytes a letter) and en.json has ~40
// keys; a button or banner text far beyond that is a mistake, not a message.
inline constexpr std::size_t kMaxMessages = 512;
inline constexpr std::size_t kMaxMessageBytes = 1024;
inline constexpr std::size_t kMaxMessageKeyBytes = 64;
inline constexpr std::size_t kMaxLanguageNameBytes = 64;

struct CatalogMeta {
  std::string lang;  // "es"
  std::string name;  // the language's own name, "Español"
  std::string dir;   // "ltr" or "rtl"
  bool right_to_left() const { return dir == "rtl"; }
};

// A formatted message and the catalogue its text came from (the fallback's, for
// a key the catalogue lacks), so that the UI can mark its language and direction.
struct FormattedMessage {
  std::string text;
  const CatalogMeta* from = nullptr;  // owned by the MessageCatalog
};

// A language's messages, with English behind it for any key it lacks.
//
// Loading checks every message against the rules the UI relies on and throws
// InvalidData naming the key at fault: a catalogue is {"meta": {"lang", "name",
// "dir"}, "messages": {key: text | {plural category: text}}}; texts follow the
// display text rules (display_text.h: no markup, no newline...) and are at most
// kMaxMessageBytes; a plural message has only CLDR categories and always
// "other". A rejected catalogue is never half-used.
class MessageCatalog {
 public:
  // fallback: the English catalogue, or nullptr when the catalogue is English.
  MessageCatalog(const nlohmann::json& catalogue, const nlohmann::json* fallback);

  const CatalogMeta& meta() const { return primary_.meta; }

  // The message for key with its placeholders filled. plural_category is one of
  // kPluralCategories or "" for none; a plural message without that form uses
  // its "other" form (within the same language). A plain message ignores the
  // category. Throws std::invalid_argument for a key neither catalogue has, or a
  // category name that is not a CLDR one.
  FormattedMessage format(std::string_view key, const MessageParams& params, std::string_view plural_category) const;

 private:
  // A plain message is stored as its "other" form.
  using PluralForms = std::map<std::string, std::string, std::less<>>;
  struct Catalogue {
    CatalogMeta meta;
    std::unordered_map<std::string, PluralForms> messages;
  };

  static Catalogue load(const nlohmann::json& catalogue, const char* which);

  Catalogue primary_;
  std::optional<Catalogue> fallback_;
};

}  // namespace helpbridge::i18n
