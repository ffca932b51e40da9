/* helpbridge C API: language choice, country guess and localised messages.
 * See helpbridge.h for the conventions. Nothing here reads the person's text. */
#ifndef HELPBRIDGE_HB_I18N_H
#define HELPBRIDGE_HB_I18N_H

#include "bindings/helpbridge.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- locale negotiation ----------------------------------------------------
 * requested: a JSON array of language tags, best first (navigator.languages);
 *   messy entries and non-strings are skipped, only the first 32 are read.
 * available: a JSON array of the catalogue languages shipped (["en","es",...]).
 * *result_json (caller frees with hb_free):
 *   {"lang":"zh","match":"language","requested":"zh-Hant-TW","other_script":true}
 *   match: "exact" | "language" | "legacy" (iw -> he) | "related" (nb -> no)
 *          | "fallback" (nothing fitted: "en", requested "")
 *   other_script: the catalogue is in another script than asked (zh-TW gets
 *   the Simplified Chinese catalogue, the only Chinese one). */
hb_status hb_i18n_negotiate(const char* requested_json, size_t requested_length, const char* available_json,
                            size_t available_length, char** result_json);

/* ---- country guess ----------------------------------------------------------
 * query: {"country"?: "MX", "timezone"?: "America/Mexico_City", "languages"?: ["es-MX"]}
 *   (missing or null fields are unknown; a value that is no use, such as the
 *   country "Mexico", is skipped).
 * timezones: locales/timezones.json ({"Europe/Madrid": "ES", ...}); length 0
 *   means no table (the time zone is then not used).
 * *result_json: {"country":"MX","from":"host"|"timezone"|"languages"|"none"},
 *   country "" when from is "none". Order: host, time zone, language region. */
hb_status hb_i18n_guess_country(const char* query_json, size_t query_length, const char* timezones_json,
                                size_t timezones_length, char** result_json);

/* ---- message catalogue ------------------------------------------------------ */
typedef struct hb_catalog hb_catalog;

/* catalogue: locales/messages/<lang>.json. fallback: en.json, used for a key
 * the catalogue lacks; length 0 (NULL) when the catalogue is English.
 * A catalogue that breaks a rule (markup, a newline, a non-string, a plural
 * without "other", an overlong text) is HB_ERROR_INVALID_DATA, naming the key. */
hb_status hb_catalog_create(const char* catalogue_json, size_t catalogue_length, const char* fallback_json,
                            size_t fallback_length, hb_catalog** out);
void hb_catalog_destroy(hb_catalog* catalog);

/* key: a NUL-terminated message key ("action.call").
 * params: a JSON object of strings or numbers ({"number":"116 123"}); length 0
 *   (NULL) for none. Values are inserted as plain text, never markup.
 * plural_category: NULL or "" for none, else a CLDR category ("one", "few",
 *   ...) that the caller computed with Intl.PluralRules; a plural message
 *   without that form uses "other".
 * *text_json: {"text":"...","lang":"es","dir":"ltr"}, where lang and dir are
 *   those of the catalogue the text came from (the fallback's for a missing
 *   key). The text is for textContent, never innerHTML.
 * An unknown key or category is HB_ERROR_INVALID_ARGUMENT. */
hb_status hb_catalog_format(hb_catalog* catalog, const char* key, const char* params_json, size_t params_length,
                            const char* plural_category, char** text_json);

/* *meta_json: {"lang":"ar","name":"(the language's own name)","dir":"rtl"}. */
hb_status hb_catalog_meta(hb_catalog* catalog, char** meta_json);

#ifdef __cplusplus
}
#endif

#endif /* HELPBRIDGE_HB_I18N_H */
