// C API: the message assessor.
#include "bindings/api_support.h"

#include "features/feature_version.h"
#include "risk/message_assessor.h"

#include <memory>

struct hb_assessor {
  std::unique_ptr<helpbridge::MessageAssessor> assessor;
};

using helpbridge::api::fail;
using helpbridge::api::guarded;
using helpbridge::api::json_out;
using helpbridge::api::StatusError;
using helpbridge::api::text_view;

namespace {

nlohmann::json decision_json(const helpbridge::Assessment& a) {
  nlohmann::json probabilities = nlohmann::json::object();
  for (std::size_t c = 0; c < helpbridge::kCategoryCount; ++c) {
    probabilities[std::string(helpbridge::category_name(static_cast<helpbridge::Category>(c)))] = a.probabilities[c];
  }
  return {
      {"level", helpbridge::level_name(a.level)},
      {"category", a.category ? nlohmann::json(helpbridge::category_name(*a.category)) : nlohmann::json()},
      {"source", a.source == helpbridge::DecisionSource::kModel ? "model" : "lexicon"},
      {"from_context", a.from_context},
      {"from_last_sentence", a.from_last_sentence},
      {"probabilities", probabilities},
      {"urgency", a.urgency},
  };
}

}  // namespace

extern "C" {

hb_status hb_assessor_create(const char* manifest_json, size_t manifest_length, hb_assessor** out) {
  if (out == nullptr || manifest_json == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_assessor_create: NULL argument");
  return guarded([&] {
    try {
      auto manifest = helpbridge::ModelManifest::parse(std::string(manifest_json, manifest_length), helpbridge::kFeatureVersion);
      auto handle = std::make_unique<hb_assessor>();
      handle->assessor = std::make_unique<helpbridge::MessageAssessor>(std::move(manifest), helpbridge::Lexicon());
      *out = handle.release();
      return HB_OK;
    } catch (const helpbridge::ManifestError& e) {
      throw StatusError(e.kind == helpbridge::ManifestError::Kind::kFeatureVersionMismatch ? HB_ERROR_VERSION_MISMATCH
                                                                                           : HB_ERROR_INVALID_DATA,
                        e.what());
    }
  });
}

void hb_assessor_destroy(hb_assessor* assessor) { delete assessor; }

hb_status hb_assessor_add_lexicon(hb_assessor* assessor, const char* lexicon_json, size_t length) {
  if (assessor == nullptr || lexicon_json == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_assessor_add_lexicon: NULL argument");
  return guarded([&] {
    try {
      assessor->assessor->add_lexicon(std::string(lexicon_json, length));
    } catch (const std::invalid_argument& e) {
      throw StatusError(HB_ERROR_INVALID_DATA, e.what());
    }
    return HB_OK;
  });
}

hb_status hb_assessor_prepare(hb_assessor* assessor, const char* utf8, size_t length, const uint32_t** ids,
                              size_t* count) {
  if (assessor == nullptr || ids == nullptr || count == nullptr || (utf8 == nullptr && length > 0)) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_assessor_prepare: NULL argument");
  }
  return guarded([&] {
    const auto& prepared = assessor->assessor->prepare(text_view(utf8, length));
    *ids = prepared.data();
    *count = prepared.size();
    return HB_OK;
  });
}

hb_status hb_assessor_last_sentence(hb_assessor* assessor, const float* logits, size_t logit_count,
                                    const uint32_t** ids, size_t* count) {
  if (assessor == nullptr || logits == nullptr || ids == nullptr || count == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_assessor_last_sentence: NULL argument");
  }
  return guarded([&] {
    const auto& last = assessor->assessor->last_sentence_ids(std::vector<float>(logits, logits + logit_count));
    *ids = last.data();
    *count = last.size();
    return HB_OK;
  });
}

hb_status hb_assessor_assess(hb_assessor* assessor, const float* logits, size_t count, const float* last_logits,
                             size_t last_count, int use_context, char** decision) {
  if (assessor == nullptr || decision == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_assessor_assess: NULL argument");
  return guarded([&] {
    std::optional<std::vector<float>> values;
    if (logits != nullptr) values.emplace(logits, logits + count);
    std::optional<std::vector<float>> last_values;
    if (last_logits != nullptr) last_values.emplace(last_logits, last_logits + last_count);
    *decision = json_out(decision_json(assessor->assessor->assess(values, last_values, use_context != 0)));
    return HB_OK;
  });
}

hb_status hb_assessor_set_sensitivity_lowered(hb_assessor* assessor, int lowered) {
  if (assessor == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_assessor_set_sensitivity_lowered: NULL assessor");
  assessor->assessor->set_sensitivity_lowered(lowered != 0);
  return HB_OK;
}

hb_status hb_assessor_forget_context(hb_assessor* assessor) {
  if (assessor == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_assessor_forget_context: NULL assessor");
  assessor->assessor->forget_context();
  return HB_OK;
}

hb_status hb_assessor_info(hb_assessor* assessor, char** info) {
  if (assessor == nullptr || info == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_assessor_info: NULL argument");
  return guarded([&] {
    const auto& manifest = assessor->assessor->manifest();
    *info = json_out({{"feature_version", manifest.feature_version},
                      {"buckets", manifest.buckets},
                      {"outputs", manifest.output_count},
                      {"lexicon_entries", assessor->assessor->lexicon_entries()}});
    return HB_OK;
  });
}

}  // extern "C"
