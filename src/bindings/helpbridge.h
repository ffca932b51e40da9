/* helpbridge C API: the only interface foreign callers (the wasm module's
 * JavaScript, the CLI, tests) use. Everything behind it is plain C++.
 *
 * Conventions
 *  - Handles are opaque; each hb_X_create has a matching hb_X_destroy, which
 *    accepts NULL.
 *  - Every fallible call returns an hb_status. On failure, hb_last_error()
 *    describes it until the next failing call; out-parameters are left unset.
 *  - Text goes in as UTF-8 bytes plus a length. Any bytes are accepted:
 *    invalid UTF-8 is replaced, never an error.
 *  - Structured values come out as JSON strings that the caller owns and frees
 *    with hb_free. Arrays of numbers are borrowed from the handle and stay
 *    valid until the next call on that handle.
 *  - Not thread-safe per handle; separate handles may be used on separate threads.
 */
#ifndef HELPBRIDGE_H
#define HELPBRIDGE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Every function declared in src/bindings/hb_*.h is exported from the wasm
 * module (CMake collects them), so a new function needs no other registration. */

typedef enum hb_status {
  HB_OK = 0,
  HB_ERROR_INVALID_ARGUMENT = 1, /* a NULL handle or pointer, a zero size */
  HB_ERROR_INVALID_DATA = 2,     /* JSON that does not parse or fit its schema */
  HB_ERROR_VERSION_MISMATCH = 3, /* a model built for another feature version */
  HB_ERROR_OUT_OF_MEMORY = 4,
  HB_ERROR_INTERNAL = 5
} hb_status;

/* The message for the last failed call on this thread ("" if none). Borrowed. */
const char* hb_last_error(void);

/* Frees a string returned by this API. NULL is fine. */
void hb_free(void* pointer);

#ifdef __cplusplus
}
#endif

/* One header per native object. */
#include "bindings/hb_featurizer.h"
#include "bindings/hb_assessor.h"
#include "bindings/hb_consent.h"
#include "bindings/hb_i18n.h"
#include "bindings/hb_directory.h"
#include "bindings/hb_view.h"

#endif /* HELPBRIDGE_H */
