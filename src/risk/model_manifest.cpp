#include "risk/model_manifest.h"

#include <nlohmann/json.hpp>

#include <set>

namespace helpbridge {

namespace {

using Kind = ManifestError::Kind;

[[noreturn]] void invalid(const std::string& what) { throw ManifestError(Kind::kInvalid, "model manifest: " + what); }

const nlohmann::json& field(const nlohmann::json& object, const char* name, nlohmann::json::value_t type) {
  if (!object.is_object() || !object.contains(name)) invalid(std::string("missing \"") + name + "\"");
  const nlohmann::json& value = object.at(name);
  const bool number_ok = type == nlohmann::json::value_t::number_float && value.is_number();
  if (value.type() != type && !number_ok && !(type == nlohmann::json::value_t::number_unsigned && value.is_number_unsigned())) {
    invalid(std::string("\"") + name + "\" has the wrong type");
  }
  return value;
}

// An unsigned integer read whole: get<uint32_t>() would silently keep only the
// low bits (4294967297 -> 1), so a bogus version or size could pass the checks.
uint64_t whole_number(const nlohmann::json& object, const char* name, uint64_t max) {
  const uint64_t value = field(object, name, nlohmann::json::value_t::number_unsigned).get<uint64_t>();
  if (value > max) invalid(std::string("\"") + name + "\" out of range");
  return value;
}

double probability(const nlohmann::json& object, const char* name) {
  const double value = field(object, name, nlohmann::json::value_t::number_float).get<double>();
  if (!(value >= 0.0 && value <= 1.0)) invalid(std::string("\"") + name + "\" must be within [0, 1]");
  return value;
}

}  // namespace

ModelManifest ModelManifest::parse(const std::string& text, uint32_t featurizer_version) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) invalid("not a JSON object");
  using type = nlohmann::json::value_t;
  ModelManifest manifest;

  const auto& features = field(json, "features", type::object);
  manifest.feature_version = static_cast<uint32_t>(whole_number(features, "version", UINT32_MAX));
  manifest.buckets = static_cast<uint32_t>(whole_number(features, "buckets", UINT32_MAX));
  if (manifest.buckets == 0 || manifest.buckets > (1u << 30)) invalid("\"buckets\" out of range");
  if (manifest.feature_version != featurizer_version) {
    throw ManifestError(Kind::kFeatureVersionMismatch,
                        "the model was trained on feature version " + std::to_string(manifest.feature_version) +
                            " but this helpbridge computes version " + std::to_string(featurizer_version) +
                            ": use the model shipped with this version");
  }

  const auto& labels = field(json, "labels", type::array);
  if (labels.size() != kCategoryCount) invalid("\"labels\" must name the 7 classes");
  std::set<Category> seen;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const auto category = labels[i].is_string() ? category_from_name(labels[i].get<std::string>()) : std::nullopt;
    if (!category || !seen.insert(*category).second) invalid("\"labels\" has an unknown or repeated class");
    manifest.output_index[static_cast<std::size_t>(*category)] = i;
  }
  const auto& outputs = field(field(json, "outputs", type::object), "logits", type::object);
  manifest.urgency_index = static_cast<std::size_t>(whole_number(outputs, "urgency_index", 64));
  if (manifest.urgency_index < kCategoryCount) invalid("\"urgency_index\" out of range");
  manifest.output_count = manifest.urgency_index + 1;

  manifest.temperature = field(field(json, "calibration", type::object), "temperature", type::number_float).get<double>();
  if (!(manifest.temperature > 0.05 && manifest.temperature < 20.0)) invalid("\"temperature\" out of range");

  const auto& thresholds = field(json, "thresholds", type::object);
  for (std::size_t c = 1; c < kCategoryCount; ++c) {
    const std::string name(category_name(static_cast<Category>(c)));
    const auto& entry = field(thresholds, name.c_str(), type::object);
    manifest.thresholds[c] = {probability(entry, "support"), probability(entry, "urgent")};
  }
  if (json.contains("policy")) {
    const auto& policy = json.at("policy");
    manifest.lowered_sensitivity_margin = probability(policy, "lowered_sensitivity_margin");
    if (policy.contains("last_sentence_min_crisis")) {
      manifest.last_sentence_min_crisis = probability(policy, "last_sentence_min_crisis");
    }
  }
  return manifest;
}

}  // namespace helpbridge
