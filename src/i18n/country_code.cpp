#include "i18n/country_code.h"

namespace helpbridge::i18n {

std::optional<std::string> parse_country_code(std::string_view text) {
  if (text.size() != 2) return std::nullopt;
  std::string code;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return std::nullopt;
    code += c;
  }
  if (code == "ZZ") return std::nullopt;
  if (code == "UK") return std::string("GB");
  if (code == "EL") return std::string("GR");
  return code;
}

}  // namespace helpbridge::i18n
