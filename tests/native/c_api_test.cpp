#include <doctest/doctest.h>

#include "bindings/helpbridge.h"

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
