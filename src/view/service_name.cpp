#include "view/service_name.h"

namespace helpbridge::view {

namespace {

bool is_english(std::string_view lang) {
  return lang.size() >= 2 && (lang[0] == 'e' || lang[0] == 'E') && (lang[1] == 'n' || lang[1] == 'N') &&
         (lang.size() == 2 || lang[2] == '-' || lang[2] == '_');
}

}  // namespace

std::string service_display_name(const resources::Helpline& service, std::string_view lang,
                                 const WritingScripts& scripts) {
  if (service.local_name.empty() || is_english(lang)) return service.name;
  const bool answers_reader = !service.languages || resources::answers_in(service, lang);
  return answers_reader && scripts.starts_in(service.local_name) ? service.local_name : service.name;
}

}  // namespace helpbridge::view
