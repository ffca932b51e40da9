#include "i18n/message_catalog.h"

#include "i18n/display_text.h"
#include "i18n/invalid_data.h"
#include "i18n/language_tag.h"
#include "i18n/plural_category.h"

#include <stdexcept>

namespace helpbridge::i18n {

namespace {

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-';
}

bool is_valid_key(std::string_view key) {
  if (key.empty() || key.size() > kMaxMessageKeyBytes) return false;
  for (char c : key) {
    if (!is_key_char(c)) return false;
  }
  return true;
}

std::string checked_text(const nlohmann::json& value, std::size_t max_bytes, const std::string& where) {
  if (!value.is_string()) throw InvalidData(where + " is not a string");
  std::string text = value.get<std::string>();
  if (const char* problem = display_text_problem(text, max_bytes, false)) throw InvalidData(where + " " + problem);
  return text;
}

CatalogMeta load_meta(const nlohmann::json& meta, const std::string& which) {
  if (!meta.is_object()) throw InvalidData(which + ": \"meta\" is not an object");
  CatalogMeta result;
  const auto field = [&](const char* name) -> const nlohmann::json& {
    const auto found = meta.find(name);
    if (found == meta.end()) throw InvalidData(which + ": meta." + name + " is missing");
    return *found;
  };
  result.lang = checked_text(field("lang"), kMaxLanguageNameBytes, which + ": meta.lang");
  if (!parse_language_tag(result.lang)) throw InvalidData(which + ": meta.lang is not a language tag");
  result.name = checked_text(field("name"), kMaxLanguageNameBytes, which + ": meta.name");
  result.dir = checked_text(field("dir"), 3, which + ": meta.dir");
  if (result.dir != "ltr" && result.dir != "rtl") throw InvalidData(which + ": meta.dir must be \"ltr\" or \"rtl\"");
  return result;
}

}  // namespace

MessageCatalog::Catalogue MessageCatalog::load(const nlohmann::json& catalogue, const char* which_name) {
  const std::string which = which_name;
  if (!catalogue.is_object()) throw InvalidData(which + ": not a JSON object");
  const auto meta = catalogue.find("meta");
  const auto messages = catalogue.find("messages");
  if (meta == catalogue.end()) throw InvalidData(which + ": \"meta\" is missing");
  if (messages == catalogue.end() || !messages->is_object()) {
    throw InvalidData(which + ": \"messages\" is missing or not an object");
  }
  if (messages->size() > kMaxMessages) throw InvalidData(which + ": more than 512 messages");

  Catalogue result;
  result.meta = load_meta(*meta, which);
  for (const auto& [key, value] : messages->items()) {
    if (!is_valid_key(key)) {
      throw InvalidData(which + ": a message key is empty, longer than 64 bytes or not [A-Za-z0-9._-]");
    }
    const std::string where = which + ": \"" + key + "\"";
    PluralForms forms;
    if (value.is_object()) {
      for (const auto& [category, text] : value.items()) {
        if (!is_plural_category(category)) {
          throw InvalidData(where + " has a form that is not a CLDR plural category (zero one two few many other)");
        }
        forms.emplace(category, checked_text(text, kMaxMessageBytes, where + "." + category));
      }
      if (forms.count(kOtherCategory) == 0) throw InvalidData(where + " is plural but has no \"other\" form");
    } else {
      forms.emplace(kOtherCategory, checked_text(value, kMaxMessageBytes, where));
    }
    result.messages.emplace(key, std::move(forms));
  }
  return result;
}

MessageCatalog::MessageCatalog(const nlohmann::json& catalogue, const nlohmann::json* fallback)
    : primary_(load(catalogue, "catalogue")) {
  if (fallback != nullptr) fallback_ = load(*fallback, "fallback catalogue");
}

FormattedMessage MessageCatalog::format(std::string_view key, const MessageParams& params,
                                        std::string_view plural_category) const {
  if (!plural_category.empty() && !is_plural_category(plural_category)) {
    throw std::invalid_argument("plural category must be one of zero, one, two, few, many, other");
  }
  const Catalogue* source = &primary_;
  auto found = primary_.messages.find(std::string(key));
  if (found == primary_.messages.end() && fallback_) {
    source = &*fallback_;
    found = fallback_->messages.find(std::string(key));
  }
  if (found == source->messages.end()) {
    throw std::invalid_argument("no message for key \"" + std::string(key.substr(0, kMaxMessageKeyBytes)) + "\"");
  }
  const PluralForms& forms = found->second;
  auto form = plural_category.empty() ? forms.end() : forms.find(plural_category);
  if (form == forms.end()) form = forms.find(kOtherCategory);
  return {fill_placeholders(form->second, params, source->meta.right_to_left()), &source->meta};
}

}  // namespace helpbridge::i18n
