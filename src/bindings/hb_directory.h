/* helpbridge C API: the helpline directory. See helpbridge.h for the conventions.
 *
 * The browser fetches locales/emergency.json, locales/category-topics.json and
 * locales/directory.json once, then only the person's own country file
 * (locales/helplines/<CC>.json). Every string that comes out is plain text for
 * textContent; every href is tel:, sms: or https:. */
#ifndef HELPBRIDGE_HB_DIRECTORY_H
#define HELPBRIDGE_HB_DIRECTORY_H

#include "bindings/helpbridge.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct hb_directory hb_directory;

/* The three shared files. emergency.json entries that break a rule are left
 * out (that region then shows no emergency number); a file that is not a JSON
 * object, a category mapped to an unknown topic or a directory link that is not
 * https:// is HB_ERROR_INVALID_DATA. */
hb_status hb_directory_create(const char* emergency_json, size_t emergency_length, const char* category_topics_json,
                              size_t category_topics_length, const char* directory_json, size_t directory_length,
                              hb_directory** out);
void hb_directory_destroy(hb_directory* directory);

/* Loads a country file and replaces that country's services. A service that
 * breaks a rule (markup, a wrong type, a link that is not tel:/sms:/https:, no
 * source or last_verified...) is dropped, never shown; hb_directory_load_report
 * says which and why. A file that is unusable as a whole (not JSON, no country
 * code or name, no services list, over 1 MiB) is HB_ERROR_INVALID_DATA and the
 * country keeps what it had. */
hb_status hb_directory_add_country(hb_directory* directory, const char* country_json, size_t country_length);

/* *report_json: {"country":"ES","services":2,"dropped":[{"index":3,"id":"es-x"|null,"reason":"..."}]}
 * for the country's last successful load; an error if it was never loaded. */
hb_status hb_directory_load_report(hb_directory* directory, const char* country, char** report_json);

/* *json: ["Europe/Madrid", ...]: the time zones of the country's services with
 * weekly hours, whose local time the caller passes in the lookup's "clock"
 * (the core has no time-zone database). [] for a country not loaded. */
hb_status hb_directory_timezones(hb_directory* directory, const char* country, char** json);

/* query: {"country":"ES","category":"suicidal_ideation"|null,"languages":["es","en"],
 *         "clock":{"Europe/Madrid":{"weekday":1,"minute":615}}}   (weekday 0 = Sunday)
 *   Every field is optional; an unusable value counts as unknown (a country
 *   "Spain" -> no country; a zone missing from clock -> status "unknown").
 * *result_json:
 *   {"country":"ES"|null,"country_name":"Spain"|null,
 *    "services":[{"id","name","local_name"|null,"status":"always|open|closed|unknown",
 *                 "channels":[{"type":"phone","display":"024","href":"tel:024"|null},
 *                             {"type":"sms","display":"85258","keyword":"SHOUT"|null,"href":"sms:85258?body=SHOUT"},
 *                             {"type":"chat|whatsapp|web","display":"host.example","href":"https://..."}],
 *                 "languages":[...]|null,"topics":[...],"free":true|false|null,
 *                 "confidential":true|false|null,"last_verified":"YYYY-MM-DD"}],
 *    "emergency":{"number":"112","href":"tel:112"}|null,
 *    "directory":"https://findahelpline.com/countries/es",
 *    "fallback":true|false}
 *   Order: a topic that suits the category first, then open now (always/open,
 *   unknown, closed), then the person's languages; file order breaks ties.
 *   fallback: the country has no vetted service (or is unknown or not loaded):
 *   only its emergency number and the directory are offered, never a guess. */
hb_status hb_directory_lookup(hb_directory* directory, const char* query_json, size_t query_length,
                              char** result_json);

/* *json: [{"code":"ES","name":"Spain","helplines":true}, ...]: every region with
 * a known emergency number, by code; helplines: it has a country file to fetch. */
hb_status hb_directory_countries(hb_directory* directory, char** json);

#ifdef __cplusplus
}
#endif

#endif /* HELPBRIDGE_HB_DIRECTORY_H */
