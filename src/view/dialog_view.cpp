#include "view/dialog_view.h"

#include <string>

#include "view/country_options.h"
#include "view/service_name.h"
#include "view/service_view.h"
#include "view/view_messages.h"
#include "view/writing_scripts.h"

namespace helpbridge::view {

namespace {

using nlohmann::json;

struct TitleAndBody {
  const char* title;
  const char* body;
};

TitleAndBody title_and_body(ViewMode mode) {
  switch (mode) {
    case ViewMode::urgent: return {"urgent.title", "urgent.body"};
    case ViewMode::someone_else: return {"someoneElse.title", "someoneElse.body"};
    case ViewMode::support:
    case ViewMode::help: break;
  }
  return {"urgent.title", "support.body"};
}

json intro(const ViewRequest& request, const ViewMessages& messages) {
  if (!request.category || request.mode == ViewMode::someone_else) return nullptr;
  const std::optional<std::string> text = messages.optional_text("intro." + std::string(category_name(*request.category)));
  return text ? json(*text) : json(nullptr);
}

json emergency(const resources::LookupResult& lookup, const ViewMessages& messages) {
  if (lookup.emergency_number.empty()) return nullptr;
  return {{"label", messages.text("emergency.line", {{"number", lookup.emergency_number}})},
          {"number", lookup.emergency_number},
          {"href", "tel:" + lookup.emergency_number}};
}

}  // namespace

resources::LookupQuery view_lookup_query(const ViewRequest& request, const i18n::CatalogMeta& view_language) {
  resources::LookupQuery query = request.lookup;
  if (query.languages.empty()) query.languages.push_back(view_language.lang);
  return query;
}

json build_dialog_view(const ViewRequest& request, const resources::LookupResult& lookup,
                       const std::vector<resources::CountryInfo>& countries, const i18n::MessageCatalog& catalog) {
  const ViewMessages messages(catalog);
  const TitleAndBody texts = title_and_body(request.mode);
  json view;
  view["mode"] = to_string(request.mode);
  view["category"] = request.category ? json(std::string(category_name(*request.category))) : json(nullptr);
  view["lang"] = messages.meta().lang;
  view["dir"] = messages.meta().dir;
  view["country"] = lookup.country;
  view["title"] = messages.text(texts.title);
  view["body"] = messages.text(texts.body);
  view["intro"] = intro(request, messages);
  view["helplinesHeading"] = messages.text("helplines.heading");

  // The scripts the reader reads, from the catalogue's own longer texts.
  const WritingScripts reader_scripts(view["title"].get<std::string>() + " " + view["body"].get<std::string>() + " " +
                                      messages.text("support.body"));
  view["services"] = json::array();
  for (const resources::ShownService& shown : lookup.services) {
    const std::string name = service_display_name(shown.service, messages.meta().lang, reader_scripts);
    view["services"].push_back(service_view(shown, name, messages));
  }

  view["emergency"] = emergency(lookup, messages);
  view["directory"] = {{"label", messages.text("directory.link")}, {"href", lookup.directory_url}};
  view["actions"] = {{"continue", messages.text("action.continue")},
                     {"goBack", messages.text("action.goBack")},
                     {"someoneElse", messages.text("action.someoneElse")},
                     {"notNow", messages.text("action.notNow")},
                     {"close", messages.text("action.close")}};
  view["countryPicker"] = {{"label", messages.text("country.label")}, {"options", country_options(countries)}};
  return view;
}

}  // namespace helpbridge::view
