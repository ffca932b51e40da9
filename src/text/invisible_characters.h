#pragma once
#include <unicode/unistr.h>

namespace helpbridge {

// Removes characters that render as nothing (Unicode default-ignorables and
// format characters: U+200B..U+200F, U+202A..U+202E, U+2060..U+206F, U+00AD,
// U+FE00..U+FE0F, tags, ...). They are used to split words invisibly.
icu::UnicodeString remove_invisible_characters(icu::UnicodeString text);

}  // namespace helpbridge
