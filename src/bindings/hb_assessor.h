/* helpbridge C API: the message assessor (features, lexicon, risk policy and
 * conversation context). See helpbridge.h for the conventions.
 *
 * One message:
 *   hb_assessor_prepare(a, text, len, &ids, &n);             -> run the model on ids
 *   hb_assessor_last_sentence(a, logits, k, &last, &m);      -> if m > 0, run it on last too
 *   hb_assessor_assess(a, logits, k, last_logits, k, 1, &json);  -> the decision
 * Without a model: prepare, then assess with NULL logits.
 * The assessor keeps the features and the lexicon's hits between the calls,
 * never the text.
 */
#ifndef HELPBRIDGE_HB_ASSESSOR_H
#define HELPBRIDGE_HB_ASSESSOR_H

#include "bindings/helpbridge.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct hb_assessor hb_assessor;

/* manifest_json: the model's models/manifest.json. Fails with
 * HB_ERROR_VERSION_MISMATCH if it was trained on other features. */
hb_status hb_assessor_create(const char* manifest_json, size_t manifest_length, hb_assessor** out);
void hb_assessor_destroy(hb_assessor* assessor);

/* Adds one language's explicit-phrase lexicon (locales/lexicon/<lang>.json). */
hb_status hb_assessor_add_lexicon(hb_assessor* assessor, const char* lexicon_json, size_t length);

/* Featurizes the message (ids borrowed until the next call) and matches the lexicon. */
hb_status hb_assessor_prepare(hb_assessor* assessor, const char* utf8, size_t length, const uint32_t** ids,
                              size_t* count);

/* The features of the prepared message's last sentence (ids borrowed until the
 * next call), given the model's output on the whole message (logit_count
 * values). A crisis statement after a calm paragraph is diluted in the whole
 * message's features, so the model reads the end apart too. count 0 when the
 * end cannot change the decision: the message is one sentence, the manifest
 * has no last-sentence rule (policy.last_sentence_min_crisis), or the logits
 * flag the whole message already. HB_ERROR_INVALID_ARGUMENT for a wrong
 * logit_count. */
hb_status hb_assessor_last_sentence(hb_assessor* assessor, const float* logits, size_t logit_count,
                                    const uint32_t** ids, size_t* count);

/* Decides the prepared message. logits: the model's output on the message
 * (count values), or NULL when the model is not available (the lexicon
 * decides). last_logits: its output on the last sentence's features, or NULL
 * (none, or not run). use_context: 1 to weigh the conversation's recent
 * messages, 0 to judge this one on its own. decision: {"level","category",
 * "source","from_context","from_last_sentence","probabilities","urgency"}. */
hb_status hb_assessor_assess(hb_assessor* assessor, const float* logits, size_t count, const float* last_logits,
                             size_t last_count, int use_context, char** decision_json);

/* 1 after the person said the conversation is about someone else. */
hb_status hb_assessor_set_sensitivity_lowered(hb_assessor* assessor, int lowered);
hb_status hb_assessor_forget_context(hb_assessor* assessor);

/* {"feature_version","buckets","outputs","lexicon_entries"} */
hb_status hb_assessor_info(hb_assessor* assessor, char** info_json);

#ifdef __cplusplus
}
#endif

#endif /* HELPBRIDGE_HB_ASSESSOR_H */
