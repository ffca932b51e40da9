#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace helpbridge::i18n {

// An ISO 3166-1 alpha-2 country code from untrusted text: two ASCII letters,
// returned upper-cased ("mx" -> "MX"). The codes people and systems commonly
// write for the UK and Greece ("UK", "EL") become the ISO ones ("GB", "GR"),
// which the helpline directory uses. "ZZ" (CLDR's "unknown region") and
// anything else is nullopt.
std::optional<std::string> parse_country_code(std::string_view text);

}  // namespace helpbridge::i18n
