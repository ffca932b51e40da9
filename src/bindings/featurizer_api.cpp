// C API: the featurizer (text -> hashed feature ids).
#include "bindings/api_support.h"

#include "features/feature_version.h"
#include "features/featurizer.h"
#include "text/normalizer.h"

#include <vector>

struct hb_featurizer {
  explicit hb_featurizer(uint32_t buckets) : featurizer(buckets) {}
  helpbridge::Featurizer featurizer;
  std::vector<uint32_t> last_ids;
};

using helpbridge::api::fail;
using helpbridge::api::guarded;
using helpbridge::api::json_out;
using helpbridge::api::text_view;

extern "C" {

uint32_t hb_feature_version(void) { return helpbridge::kFeatureVersion; }

hb_status hb_featurizer_create(uint32_t buckets, hb_featurizer** out) {
  if (out == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "out is NULL");
  if (buckets == 0) return fail(HB_ERROR_INVALID_ARGUMENT, "buckets must be > 0");
  return guarded([&] {
    *out = new hb_featurizer(buckets);
    return HB_OK;
  });
}

void hb_featurizer_destroy(hb_featurizer* featurizer) { delete featurizer; }

hb_status hb_featurize(hb_featurizer* featurizer, const char* utf8, size_t length, const uint32_t** ids,
                       size_t* count) {
  if (featurizer == nullptr || ids == nullptr || count == nullptr || (utf8 == nullptr && length > 0)) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_featurize: NULL argument");
  }
  return guarded([&] {
    featurizer->last_ids = featurizer->featurizer.featurize(text_view(utf8, length));
    *ids = featurizer->last_ids.data();
    *count = featurizer->last_ids.size();
    return HB_OK;
  });
}

hb_status hb_featurize_explain(hb_featurizer* featurizer, const char* utf8, size_t length, char** json) {
  if (featurizer == nullptr || json == nullptr || (utf8 == nullptr && length > 0)) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_featurize_explain: NULL argument");
  }
  return guarded([&] {
    const std::string_view text = text_view(utf8, length);
    nlohmann::json out;
    out["normalized"] = helpbridge::TextNormalizer::instance().normalize_to_utf8(text);
    out["features"] = featurizer->featurizer.feature_strings(text);
    out["ids"] = featurizer->featurizer.featurize(text);
    *json = json_out(out);
    return HB_OK;
  });
}

}  // extern "C"
