#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace helpbridge::resources {

// The rules a value from a helpline file must meet before it is shown: the C++
// mirror of locales/helplines.schema.json, applied again at load time because
// the browser may be served a file that never went through the validator.

inline constexpr std::size_t kMaxTextLength = 200;     // names, displays (code points)
inline constexpr std::size_t kMaxNoteLength = 1000;    // notes (never shown)
inline constexpr std::size_t kMaxUrlLength = 500;
inline constexpr std::size_t kMaxDisplayLength = 60;   // a phone number as written

// Why the text may not be shown as plain text, or nullptr if it may: empty
// (unless allow_empty), longer than max_code_points, invalid UTF-8, markup
// (< or >), a control or bidi-override character, or a javascript:, data: or
// vbscript: scheme anywhere.
const char* plain_text_problem(std::string_view text, std::size_t max_code_points, bool allow_empty = false);

// https://host.tld[:port][/path]: no credentials, spaces, quotes or backslashes.
bool is_https_url(std::string_view text);

bool is_digits(std::string_view text, std::size_t min_length, std::size_t max_length);

// "tel:" + 2 to 15 digits, with an optional leading +.
bool is_tel_href(std::string_view text);

// 1 to 30 letters or digits (any script).
bool is_sms_keyword(std::string_view text);

// A BCP 47 tag as the files write it: "es", "yue", "zh-Hant".
bool is_language_tag(std::string_view text);

// An IANA zone name: "Europe/Madrid", "America/Argentina/Buenos_Aires".
bool is_time_zone_name(std::string_view text);

// A real calendar date written YYYY-MM-DD.
bool is_calendar_date(std::string_view text);

// "HH:MM" as minutes of the day; "24:00" (1440) only if allow_end_of_day.
std::optional<int> parse_clock_time(std::string_view text, bool allow_end_of_day);

// Two upper-case ASCII letters.
bool is_country_code(std::string_view text);

// A lower-case id that starts with its country's code: "es-024".
bool is_service_id(std::string_view text, std::string_view country);

// One of the fixed topics of the schema.
bool is_topic(std::string_view text);

}  // namespace helpbridge::resources
