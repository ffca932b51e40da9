// libFuzzer target: the model manifest parser (ModelManifest::parse), the
// explicit-phrase lexicon (Lexicon::add_language / match) and, for a manifest
// that parses, the risk policy on logits taken from the input.
//
// Input: <json> NUL <text>. The JSON is read both as a manifest and as a
// lexicon file; the text is matched against that lexicon and against the
// shipped lexicons of a few scripts (loaded once from HELPBRIDGE_SOURCE_DIR).
//
// Checked:
//  - parse throws only ManifestError, add_language only std::invalid_argument,
//    and a refused lexicon file adds nothing;
//  - an accepted manifest holds exactly the numbers its JSON says (no silent
//    narrowing), maps the 7 labels onto distinct outputs below urgency_index,
//    and its thresholds are probabilities;
//  - every lexicon hit is a crisis category with a level, at most one per entry;
//  - the policy's probabilities are in [0, 1] and sum to 1, its urgency is in
//    [0, 1], and a category is named exactly when the level is not none;
//  - a message the policy flags on its own logits (flags_on_its_own) stays
//    flagged, and its last sentence does not change the decision (the engine
//    does not run the model on it then).
#include "fuzz_support.h"

#include "features/feature_version.h"
#include "risk/lexicon.h"
#include "risk/model_manifest.h"
#include "risk/risk_policy.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace {

using helpbridge::Category;
using helpbridge::kCategoryCount;
using helpbridge::Level;

const helpbridge::Lexicon& shipped_lexicon() {
  static const helpbridge::Lexicon lexicon = [] {
    helpbridge::Lexicon built;
    for (const char* lang : {"en", "es", "ar", "ru", "hi", "ja", "zh", "th"}) {
      built.add_language(fuzz_support::repo_file(std::string("locales/lexicon/") + lang + ".json"));
    }
    return built;
  }();
  return lexicon;
}

void check_hits(const std::vector<helpbridge::LexiconHit>& hits, const helpbridge::Lexicon& lexicon) {
  FUZZ_CHECK(hits.size() <= lexicon.size(), "more hits than entries");
  for (const auto& hit : hits) {
    FUZZ_CHECK(hit.category != Category::kNoCrisis, "a lexicon hit for no_crisis");
    FUZZ_CHECK(hit.level != Level::kNone, "a lexicon hit without a level");
  }
}

// The number at json[outer][inner] if it is an unsigned integer.
std::optional<uint64_t> unsigned_at(const nlohmann::json& json, const char* outer, const char* inner) {
  if (!json.is_object() || !json.contains(outer) || !json[outer].is_object() || !json[outer].contains(inner)) {
    return std::nullopt;
  }
  const auto& value = json[outer][inner];
  return value.is_number_unsigned() ? std::optional<uint64_t>(value.get<uint64_t>()) : std::nullopt;
}

void check_manifest(const helpbridge::ModelManifest& manifest, const std::string& text) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  FUZZ_CHECK(unsigned_at(json, "features", "version") == std::optional<uint64_t>(manifest.feature_version),
             "the manifest's feature version is not the one its JSON names");
  FUZZ_CHECK(unsigned_at(json, "features", "buckets") == std::optional<uint64_t>(manifest.buckets),
             "the manifest's buckets are not the number its JSON names");
  FUZZ_CHECK(manifest.buckets > 0 && manifest.buckets <= (1u << 30), "buckets out of range");
  FUZZ_CHECK(manifest.output_count == manifest.urgency_index + 1, "output_count is not urgency_index + 1");
  std::set<std::size_t> outputs;
  for (std::size_t index : manifest.output_index) {
    FUZZ_CHECK(index < manifest.urgency_index, "a class output at or past the urgency output");
    outputs.insert(index);
  }
  FUZZ_CHECK(outputs.size() == kCategoryCount, "two classes share an output");
  FUZZ_CHECK(manifest.temperature > 0.0 && std::isfinite(manifest.temperature), "temperature is not positive");
  for (std::size_t c = 1; c < kCategoryCount; ++c) {
    const auto& t = manifest.thresholds[c];
    FUZZ_CHECK(t.support >= 0.0 && t.support <= 1.0 && t.urgent >= 0.0 && t.urgent <= 1.0,
               "a threshold outside [0, 1]");
  }
}

// Logits from the text's bytes (any float, NaN and infinities included).
std::vector<float> logits_from(std::string_view bytes, std::size_t count) {
  std::vector<float> logits(count, 0.0f);
  for (std::size_t i = 0; i < count && (i + 1) * sizeof(float) <= bytes.size(); ++i) {
    std::memcpy(&logits[i], bytes.data() + i * sizeof(float), sizeof(float));
  }
  return logits;
}

void check_policy(const helpbridge::ModelManifest& manifest, std::string_view text,
                  const std::vector<helpbridge::LexiconHit>& hits) {
  const helpbridge::RiskPolicy policy(manifest);
  helpbridge::ConversationContext context;
  for (bool lowered : {false, true}) {
    for (int message = 0; message < 3; ++message) {  // enough for the context rule to apply
      // The last sentence: the same bytes read from another offset, the same hits.
      const std::string_view shifted = text.substr(std::min<std::size_t>(text.size(), 3));
      const helpbridge::LastSentenceReading last{logits_from(shifted, manifest.output_count), hits};
      const auto assessment = policy.assess(logits_from(text, manifest.output_count), hits, &context, lowered, &last);
      double sum = 0.0;
      for (double p : assessment.probabilities) {
        FUZZ_CHECK(p >= 0.0 && p <= 1.0, "a probability outside [0, 1]");
        sum += p;
      }
      FUZZ_CHECK(std::fabs(sum - 1.0) < 1e-9, "probabilities do not sum to 1");
      FUZZ_CHECK(assessment.urgency >= 0.0 && assessment.urgency <= 1.0, "urgency outside [0, 1]");
      FUZZ_CHECK(assessment.category.has_value() == (assessment.level != Level::kNone),
                 "a category without a level, or a level without a category");
      FUZZ_CHECK(assessment.category != Category::kNoCrisis, "no_crisis offered as a category");
      FUZZ_CHECK(!assessment.from_last_sentence || assessment.level != Level::kNone,
                 "decided by the last sentence, yet quiet");
      // The engine skips the model run on the last sentence when the whole is
      // flagged on its own: then the end must not matter.
      if (policy.flags_on_its_own(logits_from(text, manifest.output_count), lowered)) {
        const auto without_end = policy.assess(logits_from(text, manifest.output_count), hits, nullptr, lowered);
        const auto with_end = policy.assess(logits_from(text, manifest.output_count), hits, nullptr, lowered, &last);
        FUZZ_CHECK(without_end.level != Level::kNone, "flagged on its own, yet quiet");
        FUZZ_CHECK(with_end.level == without_end.level && with_end.category == without_end.category,
                   "flagged on its own, yet the last sentence changed the decision");
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto parts = fuzz_support::split(data, size, '\0');
  const std::string json(fuzz_support::part(parts, 0));
  const std::string_view text = fuzz_support::part(parts, 1);

  std::optional<helpbridge::ModelManifest> manifest;
  try {
    manifest = helpbridge::ModelManifest::parse(json, helpbridge::kFeatureVersion);
  } catch (const helpbridge::ManifestError&) {
  }
  if (manifest) check_manifest(*manifest, json);

  helpbridge::Lexicon lexicon;
  lexicon.add_language(R"({"lang":"en","entries":[{"phrase":"want to die","category":"suicidal_ideation","level":"support"}]})");
  const std::size_t before = lexicon.size();
  try {
    lexicon.add_language(json);
  } catch (const std::invalid_argument&) {
    FUZZ_CHECK(lexicon.size() == before, "a refused lexicon file added entries");
  }
  const auto hits = lexicon.match(text);
  check_hits(hits, lexicon);
  check_hits(shipped_lexicon().match(text), shipped_lexicon());

  if (manifest) check_policy(*manifest, text, hits);
  return 0;
}
