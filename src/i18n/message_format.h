#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace helpbridge::i18n {

// A placeholder's value: a phone number, an SMS keyword, a count. Bounded so that
// a message stays a message whatever the caller passes.
inline constexpr std::size_t kMaxParamValueBytes = 256;
inline constexpr std::size_t kMaxPlaceholderNameBytes = 32;

using MessageParams = std::map<std::string, std::string, std::less<>>;

// Reads {"number": "116 123", "count": 3}. Values are strings or numbers (written
// as plain ASCII digits: a caller that wants locale digits or grouping formats
// the number with Intl.NumberFormat and passes a string). null means no params.
// Throws InvalidData for anything else, or for a value that breaks the display
// text rules (display_text.h; < and > are allowed, values are never markup).
MessageParams params_from_json(const nlohmann::json& params);

// Replaces each {name} in the pattern with its value, in one pass: a value is
// inserted as it is and never read again, so a value that looks like a
// placeholder ("{number}") or like markup stays literal text. A placeholder with
// no value is left as written. When isolate is set (right-to-left messages),
// each value is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so
// that a phone number or a Latin keyword keeps its own order inside Arabic or
// Hebrew text instead of being reordered with it.
std::string fill_placeholders(std::string_view pattern, const MessageParams& params, bool isolate);

}  // namespace helpbridge::i18n
