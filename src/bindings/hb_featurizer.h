/* helpbridge C API: the featurizer. See helpbridge.h for the conventions. */
#ifndef HELPBRIDGE_HB_FEATURIZER_H
#define HELPBRIDGE_HB_FEATURIZER_H

#include "bindings/helpbridge.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The version of the feature contract (normalisation, templates, hash). */
uint32_t hb_feature_version(void);

/* ---- featurizer ----------------------------------------------------------- */
typedef struct hb_featurizer hb_featurizer;

/* buckets: the model's hashed vocabulary size (from its manifest), > 0. */
hb_status hb_featurizer_create(uint32_t buckets, hb_featurizer** out);
void hb_featurizer_destroy(hb_featurizer* featurizer);

/* Feature ids of the text, each in [0, buckets). *ids is borrowed (see above). */
hb_status hb_featurize(hb_featurizer* featurizer, const char* utf8, size_t length,
                       const uint32_t** ids, size_t* count);

/* {"normalized": "...", "features": ["w:...", ...], "ids": [...]}, owned by the caller. */
hb_status hb_featurize_explain(hb_featurizer* featurizer, const char* utf8, size_t length, char** json);

#ifdef __cplusplus
}
#endif

#endif /* HELPBRIDGE_HB_FEATURIZER_H */
