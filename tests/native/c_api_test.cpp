#include <doctest/doctest.h>

#include "bindings/helpbridge.h"
#include "test_support.h"

#include <string>

TEST_CASE("C API: featurizer lifecycle and errors") {
  hb_featurizer* featurizer = nullptr;
  CHECK(hb_featurizer_create(0, &featurizer) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(std::string(hb_last_error()).find("buckets") != std::string::npos);
  CHECK(hb_featurizer_create(16, nullptr) == HB_ERROR_INVALID_ARGUMENT);
  REQUIRE(hb_featurizer_create(1u << 16, &featurizer) == HB_OK);

  const uint32_t* ids = nullptr;
  size_t count = 0;
  const std::string text = "i want to die";
  REQUIRE(hb_featurize(featurizer, text.data(), text.size(), &ids, &count) == HB_OK);
  CHECK(count > 4);
  for (size_t i = 0; i < count; ++i) CHECK(ids[i] < (1u << 16));
  CHECK(hb_featurize(featurizer, nullptr, 5, &ids, &count) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_featurize(featurizer, nullptr, 0, &ids, &count) == HB_OK);
  CHECK(count == 0);

  char* json = nullptr;
  REQUIRE(hb_featurize_explain(featurizer, "K1LL", 4, &json) == HB_OK);
  CHECK(std::string(json).find("\"normalized\":\"kill\"") != std::string::npos);
  hb_free(json);

  hb_featurizer_destroy(featurizer);
  hb_featurizer_destroy(nullptr);
  CHECK(hb_feature_version() >= 1);
}

TEST_CASE("C API: assessor, with a long message's last sentence") {
  const std::string manifest = test_support::read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/models/manifest.json");
  hb_assessor* assessor = nullptr;
  REQUIRE(hb_assessor_create(manifest.data(), manifest.size(), &assessor) == HB_OK);

  const uint32_t* ids = nullptr;
  size_t count = 0;
  const uint32_t* last = nullptr;
  size_t last_count = 0;
  // Logits that say "calm" for the whole and "sure, urgent" for its end.
  const float calm[8] = {9, 0, 0, 0, 0, 0, 0, -9};
  const float sure[8] = {-9, 9, 0, 0, 0, 0, 0, 9};
  const std::string text = "the order came late again. made soup for dinner. i keep thinking about ending it tonight";
  REQUIRE(hb_assessor_prepare(assessor, text.data(), text.size(), &ids, &count) == HB_OK);
  CHECK(hb_assessor_last_sentence(assessor, calm, 3, &last, &last_count) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_assessor_last_sentence(assessor, nullptr, 8, &last, &last_count) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_assessor_last_sentence(assessor, calm, 8, nullptr, &last_count) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_assessor_last_sentence(nullptr, calm, 8, &last, &last_count) == HB_ERROR_INVALID_ARGUMENT);
  // The whole message flagged already: its end cannot change that, no second model run.
  REQUIRE(hb_assessor_last_sentence(assessor, sure, 8, &last, &last_count) == HB_OK);
  CHECK(last_count == 0);
  REQUIRE(hb_assessor_prepare(assessor, text.data(), text.size(), &ids, &count) == HB_OK);
  REQUIRE(hb_assessor_last_sentence(assessor, calm, 8, &last, &last_count) == HB_OK);
  CHECK(last_count > 0);
  CHECK(last_count < count);

  char* decision = nullptr;
  CHECK(hb_assessor_assess(assessor, calm, 8, sure, 3, 0, &decision) == HB_ERROR_INVALID_ARGUMENT);
  REQUIRE(hb_assessor_prepare(assessor, text.data(), text.size(), &ids, &count) == HB_OK);
  REQUIRE(hb_assessor_assess(assessor, calm, 8, sure, 8, 0, &decision) == HB_OK);
  CHECK(std::string(decision).find("\"from_last_sentence\":true") != std::string::npos);
  CHECK(std::string(decision).find("\"level\":\"urgent\"") != std::string::npos);
  hb_free(decision);

  // One sentence: nothing to read apart, and last logits passed anyway are ignored.
  const std::string one = "made soup for dinner";
  REQUIRE(hb_assessor_prepare(assessor, one.data(), one.size(), &ids, &count) == HB_OK);
  CHECK(hb_assessor_last_sentence(assessor, calm, 3, &last, &last_count) == HB_ERROR_INVALID_ARGUMENT);
  REQUIRE(hb_assessor_last_sentence(assessor, calm, 8, &last, &last_count) == HB_OK);
  CHECK(last_count == 0);
  REQUIRE(hb_assessor_assess(assessor, calm, 8, sure, 8, 0, &decision) == HB_OK);
  CHECK(std::string(decision).find("\"level\":\"none\"") != std::string::npos);
  hb_free(decision);
  hb_assessor_destroy(assessor);
}
