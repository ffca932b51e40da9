/* helpbridge C API: the consent dialog. See helpbridge.h for the conventions.
 *
 * After each message the person tries to send, the host passes the risk
 * policy's verdict as an event; the answer says what to show and what to do
 * with the message. The person's choices are events too.
 *
 * Events (JSON objects):
 *   {"type":"assessed","level":"none|support|urgent","category":<name>|null}
 *   {"type":"contact","service":"<id>","channel":"call|text|chat|whatsapp|website"}
 *   {"type":"continue"} {"type":"go_back"} {"type":"someone_else"}
 *   {"type":"not_now"} {"type":"dismiss"}
 * Effect: {"state":"idle|offering_support|offering_urgent|someone_else",
 *          "show":"none|banner|dialog|someone_else", "hold":bool,
 *          "host":null|"proceed"|"cancel", "category":<name>|null, "ignored":bool}
 *   hold: a message waits for the person's choice; the host must not send it.
 *         After "assessed", hold false means: send this message now.
 *   host: the decision on the message that waited before this event.
 *         A new "assessed" while the dialog holds a message cancels that one.
 *   ignored: the event made no sense now (a double click, a late choice) and
 *         changed nothing; this is not an error.
 *
 * The state the host may persist holds only counters and one flag, never the
 * level, the category or any text:
 *   {"version":1,"support_cooldown_left":n,"urgent_cooldown_left":n,
 *    "snooze_left":n,"sensitivity_lowered":bool}
 */
#ifndef HELPBRIDGE_HB_CONSENT_H
#define HELPBRIDGE_HB_CONSENT_H

#include "bindings/helpbridge.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct hb_consent hb_consent;

/* config_json: the contents of locales/consent.json. state_json: a blob from
 * hb_consent_state of an earlier page, or NULL for a fresh session. A config or
 * state that does not fit its schema is HB_ERROR_INVALID_DATA and *out is left unset. */
hb_status hb_consent_create(const char* config_json, size_t config_length, const char* state_json,
                            size_t state_length, hb_consent** out);
void hb_consent_destroy(hb_consent* consent);

/* One event in, one effect out (owned by the caller, free with hb_free). A
 * malformed event, an unknown type, level or category is HB_ERROR_INVALID_DATA
 * and changes nothing. */
hb_status hb_consent_handle(hb_consent* consent, const char* event_json, size_t length, char** effect_json);

/* The blob to persist (owned by the caller, free with hb_free). */
hb_status hb_consent_state(hb_consent* consent, char** state_json);

/* 1 if the person said "someone else" this session (the risk policy lowers its sensitivity), else 0. */
int hb_consent_sensitivity_lowered(const hb_consent* consent);

#ifdef __cplusplus
}
#endif

#endif /* HELPBRIDGE_HB_CONSENT_H */
