#pragma once
#include <string>
#include <string_view>

#include "resources/helpline.h"
#include "view/writing_scripts.h"

namespace helpbridge::view {

// The name to show for a service in a view in `lang`, written in `scripts`.
// A service has an English name and often its own name in the country's
// language ("Línea 024 de atención a la conducta suicida", "تحدث لنسمعك"). The
// own name is shown when the reader can be expected to read it and it is
// what they would recognise: the view is not English, the service answers in
// the view's language (or does not say which languages it answers in), and the
// own name is written in the view's script. So a Spanish view in Spain shows
// the Spanish name, an Arabic view in the UAE the Arabic one, but a Chinese
// view in Japan (Yorisoi answers in Chinese too) keeps the English name rather
// than a kana one.
std::string service_display_name(const resources::Helpline& service, std::string_view lang,
                                 const WritingScripts& scripts);

}  // namespace helpbridge::view
