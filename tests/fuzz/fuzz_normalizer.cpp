// libFuzzer target: TextNormalizer and Featurizer on arbitrary bytes.
//
// Input: the message text, as raw bytes. A first byte 0x01 means "the rest,
// repeated past the input limit", so that the cut to the most recent
// kMaxInputBytes / kMaxInputCodePoints (mid-character, mid-surrogate-pair) is
// fuzzed too without making every input 16 KiB long; those inputs get the
// first check below only.
//
// Checked on every input:
//  - the normalised text is valid UTF-8 without control characters;
//  - every feature id is < buckets, and no id comes twice;
//  - the same text gives the same ids from two featurizers with different
//    histories (the generation stamps left by earlier texts change nothing);
//  - the ids are exactly the buckets of the hashed feature strings (the readable
//    and the hashed forms of the templates agree, ASCII and non-ASCII paths);
//  - the C API (hb_featurize, hb_featurize_explain) agrees with the class;
//  - the last sentence (text/last_sentence.h) is empty or a strict suffix of
//    the text that starts with no space.
#include "fuzz_support.h"

#include "bindings/helpbridge.h"
#include "features/feature_hash.h"
#include "features/featurizer.h"
#include "text/last_sentence.h"
#include "text/limits.h"
#include "text/normalizer.h"

#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include <set>
#include <string>
#include <vector>

namespace {

// The model's size (a power of two: the mask path) and a prime (the modulo path).
constexpr uint32_t kModelBuckets = 65536;
constexpr uint32_t kPrimeBuckets = 1009;

uint32_t bucket_of(const std::string& feature, uint32_t buckets) {
  return helpbridge::feature_hash(feature) % buckets;
}

void check_last_sentence(std::string_view text) {
  const std::string_view last = helpbridge::last_sentence(text);
  if (last.empty()) return;
  FUZZ_CHECK(last.size() < text.size(), "the last sentence is the whole text");
  FUZZ_CHECK(last.data() + last.size() == text.data() + text.size(), "the last sentence is not the text's end");
  FUZZ_CHECK(last.front() != ' ' && last.front() != '\n', "the last sentence starts with a space");
}

void check_normalized(const std::string& normalized) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(normalized.data());
  const auto length = static_cast<int32_t>(normalized.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    FUZZ_CHECK(c >= 0, "normalised text is not valid UTF-8");
    FUZZ_CHECK(!(c < 0x20 || (c >= 0x7F && c <= 0x9F)), "normalised text holds a control character");
  }
}

std::vector<uint32_t> check_features(helpbridge::Featurizer& featurizer, std::string_view text) {
  const uint32_t buckets = featurizer.buckets();
  const std::vector<uint32_t> ids = featurizer.featurize(text);
  std::set<uint32_t> distinct;
  for (uint32_t id : ids) {
    FUZZ_CHECK(id < buckets, "feature id out of range");
    FUZZ_CHECK(distinct.insert(id).second, "feature id repeated");
  }

  std::set<uint32_t> from_strings;
  for (const std::string& feature : featurizer.feature_strings(text)) from_strings.insert(bucket_of(feature, buckets));
  FUZZ_CHECK(from_strings == distinct, "feature strings and ids disagree");
  return ids;
}

// expected: what the class gave for the text (another handle, so this also
// checks that a featurizer's stamps from earlier texts change nothing).
void check_c_api(hb_featurizer* featurizer, std::string_view text, const std::vector<uint32_t>& expected) {
  const uint32_t* ids = nullptr;
  size_t count = 0;
  FUZZ_CHECK(hb_featurize(featurizer, text.data(), text.size(), &ids, &count) == HB_OK, "hb_featurize failed");
  const std::vector<uint32_t> api_ids(ids, ids + count);
  FUZZ_CHECK(api_ids == expected, "hb_featurize and Featurizer disagree");

  char* json = nullptr;
  FUZZ_CHECK(hb_featurize_explain(featurizer, text.data(), text.size(), &json) == HB_OK, "hb_featurize_explain failed");
  const nlohmann::json explained = nlohmann::json::parse(json, nullptr, false);
  hb_free(json);
  FUZZ_CHECK(!explained.is_discarded(), "hb_featurize_explain returned invalid JSON");
  FUZZ_CHECK(explained["ids"].get<std::vector<uint32_t>>() == api_ids, "explained ids differ");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static helpbridge::Featurizer model_featurizer(kModelBuckets);
  static helpbridge::Featurizer prime_featurizer(kPrimeBuckets);
  static hb_featurizer* api_featurizer = [] {
    hb_featurizer* created = nullptr;
    FUZZ_CHECK(hb_featurizer_create(kModelBuckets, &created) == HB_OK, "hb_featurizer_create failed");
    return created;
  }();

  std::string text(reinterpret_cast<const char*>(data), size);
  if (size > 1 && data[0] == 0x01) {
    // A long input exercises the cut, which is the normaliser's first step; the
    // features of 4096 code points take no path that short texts do not, and a
    // run of this kind already costs as much as fifty short ones.
    const std::string unit = text.substr(1);
    text.clear();
    while (text.size() <= helpbridge::kMaxInputBytes + unit.size()) text += unit;
    check_normalized(helpbridge::TextNormalizer::instance().normalize_to_utf8(text));
    check_last_sentence(text);
    return 0;
  }

  check_normalized(helpbridge::TextNormalizer::instance().normalize_to_utf8(text));
  const std::vector<uint32_t> ids = check_features(model_featurizer, text);
  check_features(prime_featurizer, text);
  check_c_api(api_featurizer, text, ids);
  check_last_sentence(text);
  return 0;
}
