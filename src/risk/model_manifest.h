#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "risk/categories.h"

namespace helpbridge {

// A manifest that cannot be used: malformed, or built for other features.
struct ManifestError : std::runtime_error {
  enum class Kind { kInvalid, kFeatureVersionMismatch };
  ManifestError(Kind kind, const std::string& message) : std::runtime_error(message), kind(kind) {}
  Kind kind;
};

struct CategoryThresholds {
  double support = 1.0;  // P(any crisis) at or above which the category is offered
  double urgent = 1.0;   // P(urgent) at or above which an offered category is urgent
};

// What models/manifest.json says about the model: how to read its output and
// where its thresholds are. Thresholds are data so they can be retuned without
// touching code.
struct ModelManifest {
  uint32_t feature_version = 0;
  uint32_t buckets = 0;
  // output_index[c]: the model output holding category c's logit.
  std::array<std::size_t, kCategoryCount> output_index{};
  std::size_t urgency_index = 0;
  std::size_t output_count = 0;
  double temperature = 1.0;
  std::array<CategoryThresholds, kCategoryCount> thresholds{};
  // Added to every support threshold once the person said a conversation is
  // about someone else (they are not the one at risk).
  double lowered_sensitivity_margin = 0.2;
  // A message quiet as a whole is decided by its last sentence alone when that
  // sentence's P(any crisis) is at least this (policy.last_sentence_min_crisis);
  // absent: the last sentence is not read apart.
  std::optional<double> last_sentence_min_crisis;

  // Parses and checks the manifest; throws ManifestError. The feature version
  // must equal the featurizer's: a mismatch would silently feed the model
  // features it was not trained on.
  static ModelManifest parse(const std::string& json, uint32_t featurizer_version);
};

}  // namespace helpbridge
