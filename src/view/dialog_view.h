#pragma once
#include <vector>

#include <nlohmann/json.hpp>

#include "i18n/message_catalog.h"
#include "resources/helpline_directory.h"
#include "view/view_request.h"

namespace helpbridge::view {

// The directory lookup a view needs: the request's country, category, languages
// and clock; with no languages given, the view's own language orders the services.
resources::LookupQuery view_lookup_query(const ViewRequest& request, const i18n::CatalogMeta& view_language);

// What <helpbridge-dialog> renders (DialogView in web/src/view-model.ts), from
// the request, the directory's answer to view_lookup_query(request), the
// directory's countries and the person's message catalogue:
//   {"mode","category":<name>|null,"lang","dir","country":"GB"|"",
//    "title","body","intro":text|null,"helplinesHeading",
//    "services":[see service_view.h],
//    "emergency":{"label","number","href":"tel:..."}|null,
//    "directory":{"label","href":"https://..."},
//    "actions":{"continue","goBack","someoneElse","notNow","close"},
//    "countryPicker":{"label","options":[{"code","name"}]}}
// Title and body by mode: urgent -> urgent.*; support and help -> the same
// calm title with support.body; someone_else -> someoneElse.*. The intro speaks
// to the writer about their own crisis (intro.<category>), so the someone_else
// view, which is about another person, never has one.
// Every text is plain text for textContent; every href is tel:, sms: or https:,
// except a call action's href, which is null for a number that cannot be
// linked (see service_view.h). Throws InvalidData when the catalogue (and its
// fallback) lacks a message the view needs.
nlohmann::json build_dialog_view(const ViewRequest& request, const resources::LookupResult& lookup,
                                 const std::vector<resources::CountryInfo>& countries,
                                 const i18n::MessageCatalog& catalog);

}  // namespace helpbridge::view
