#pragma once
#include <cstddef>
#include <string_view>

namespace helpbridge::i18n {

// What text shown to a person may not contain. Returns nullptr when the text is
// fine, else the rule it breaks ("is empty", "contains markup (< or >)"...),
// for an error message. The rules: not empty, at most max_bytes, valid UTF-8,
// no control characters (newlines and tabs included: the layout is the UI's
// job), no bidi embeddings or overrides (U+202A-U+202E, which can make text
// read differently from what it says), and unless allow_angle_brackets, no
// < or > (a message is plain text, never markup).
const char* display_text_problem(std::string_view text, std::size_t max_bytes, bool allow_angle_brackets);

}  // namespace helpbridge::i18n
