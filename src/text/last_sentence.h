#pragma once
#include <cstddef>
#include <string_view>

namespace helpbridge {

// The end of a message, to be read apart from the rest: the model averages a
// message's features, so "a calm paragraph ... and i'm going to end it tonight"
// reads as calm as a whole.
//
// Returns the last sentence of untrusted UTF-8 (sentences end at . ! ? … 。 ！ ？
// ؟ । and line breaks), extended backwards over earlier sentences until it has
// at least kLastSentenceMinLength, and cut to its last kLastSentenceMaxLength
// at a space. Length counts letters and digits, a Han, Kana or Hangul
// character as 3 (about a word): the model is overconfident on a few words
// ("Your thoughts?", "Genuinely."), so a short end takes the sentence before it
// along. Empty when the window would be the whole message: there is nothing to
// read apart. The view points into utf8.
inline constexpr std::size_t kLastSentenceMinLength = 20;
inline constexpr std::size_t kLastSentenceMaxLength = 120;

std::string_view last_sentence(std::string_view utf8);

}  // namespace helpbridge
