/* helpbridge C API: the dialog's view model. See helpbridge.h for the conventions.
 *
 * Builds what <helpbridge-dialog> renders (DialogView, web/src/view-model.ts)
 * from the directory and the message catalogue the host already created, so
 * the page never assembles helplines or texts itself. The directory must have
 * the person's country file added (hb_directory_add_country) to show its
 * helplines; without it the view offers the emergency number and the
 * international directory, never a guess.
 *
 * request: {"mode":"urgent|support|someone_else|help","category":<name>|null,
 *           "country":"ES","languages":["es","en"],
 *           "clock":{"Europe/Madrid":{"weekday":1,"minute":615}}}
 *   mode is required. From the consent effect's "show": "dialog" -> urgent,
 *   "banner" -> support, "someone_else" -> someone_else ("none": no view);
 *   the help link -> help. The other fields are read like the directory
 *   lookup's and are optional: an unusable value counts as unknown (an unknown
 *   category or "no_crisis" is none, "Spain" is no country, a zone missing from
 *   clock makes that service's status "unknown"); with no languages, the
 *   catalogue's language orders the services.
 *
 * *view_json (free with hb_free):
 *   {"mode","category":<name>|null,"lang":"ar","dir":"rtl","country":"AE"|"",
 *    "title","body","intro":text|null,"helplinesHeading",
 *    "services":[{"id","name","status":"always|open|closed|unknown","statusLabel":text|null,
 *                 "badges":[text],"actions":[{"kind":"call|text|chat|whatsapp|website","label","href"}]}],
 *    "emergency":{"label","number":"112","href":"tel:112"}|null,
 *    "directory":{"label","href":"https://..."},
 *    "actions":{"continue","goBack","someoneElse","notNow","close"},
 *    "countryPicker":{"label","options":[{"code":"AR","name":"Argentina"}]}}
 *   Every text is plain text for textContent (right-to-left catalogues wrap
 *   inserted numbers in FSI/PDI isolates). Every href is tel:, sms: or https:,
 *   except that a call action's href is null when the vetted number cannot be
 *   written as a tel: link (Chile's *4141): show its label as text.
 *
 * A request that is not a JSON object, has no known mode or is over 16 KiB, or
 * a catalogue that lacks a message the view needs, is HB_ERROR_INVALID_DATA
 * and *view_json is left unset. */
#ifndef HELPBRIDGE_HB_VIEW_H
#define HELPBRIDGE_HB_VIEW_H

#include "bindings/helpbridge.h"
#include "bindings/hb_directory.h"
#include "bindings/hb_i18n.h"

#ifdef __cplusplus
extern "C" {
#endif

hb_status hb_view_build(hb_directory* directory, hb_catalog* catalog, const char* request_json, size_t request_length,
                        char** view_json);

#ifdef __cplusplus
}
#endif

#endif /* HELPBRIDGE_HB_VIEW_H */
