#include <doctest/doctest.h>

#include "features/feature_hash.h"
#include "features/featurizer.h"

#include <algorithm>
#include <string>
#include <vector>

using helpbridge::Featurizer;

namespace {
bool has(const std::vector<std::string>& features, const std::string& feature) {
  return std::find(features.begin(), features.end(), feature) != features.end();
}
}  // namespace

TEST_CASE("FNV-1a 32 matches its published test vectors") {
  CHECK(helpbridge::feature_hash("") == 2166136261u);
  CHECK(helpbridge::feature_hash("a") == 0xE40C292Cu);
  CHECK(helpbridge::feature_hash("foobar") == 0xBF9CF968u);
}

TEST_CASE("word, bigram and character n-gram templates") {
  Featurizer featurizer(1u << 18);
  const auto features = featurizer.feature_strings("I want to DIE");
  CHECK(has(features, "w:want"));
  CHECK(has(features, "w:die"));
  CHECK(has(features, "b:to die"));
  CHECK(has(features, "b:i want"));
  CHECK(has(features, "c:<di"));
  CHECK(has(features, "c:die>"));
  CHECK(has(features, "c:<die>"));
}

TEST_CASE("evasions give the plain word's features") {
  Featurizer featurizer(1u << 18);
  CHECK(featurizer.featurize("k i l l myself") == featurizer.featurize("kill myself"));
  CHECK(featurizer.featurize("KILL MYSELF") == featurizer.featurize("kill myself"));
  CHECK(featurizer.featurize("su1c1de") == featurizer.featurize("suicide"));
  CHECK(featurizer.featurize("su\xE2\x80\x8Bicide") == featurizer.featurize("suicide"));
}

TEST_CASE("unspaced scripts are read as character n-grams") {
  Featurizer featurizer(1u << 18);
  const auto zh = featurizer.feature_strings("我不想活了");
  CHECK(has(zh, "u1:想"));
  CHECK(has(zh, "u2:不想"));
  CHECK(has(zh, "u3:想活了"));
  CHECK_FALSE(has(zh, "w:我不想活了"));
  const auto ja = featurizer.feature_strings("死にたい");
  CHECK(has(ja, "u2:死に"));
  const auto th = featurizer.feature_strings("ฉันอยากตาย");
  CHECK(has(th, "u2:ตา"));
}

TEST_CASE("emoji are features of their own") {
  Featurizer featurizer(1u << 18);
  const auto features = featurizer.feature_strings("done 😭🔪");
  CHECK(has(features, "e:😭"));
  CHECK(has(features, "e:🔪"));
  CHECK(has(features, "b:done 😭"));
  CHECK(has(features, "b:😭 🔪"));
}

TEST_CASE("ids are the distinct hashed strings modulo buckets") {
  Featurizer featurizer(1000);
  const auto strings = featurizer.feature_strings("ok then 🙂 12");
  const auto ids = featurizer.featurize("ok then 🙂 12");
  std::vector<uint32_t> expected;  // the hashed strings, each id once, first occurrence first
  for (const auto& feature : strings) {
    const uint32_t id = helpbridge::feature_hash(feature) % 1000;
    if (std::find(expected.begin(), expected.end(), id) == expected.end()) expected.push_back(id);
  }
  std::vector<uint32_t> sorted_ids = ids;
  std::sort(sorted_ids.begin(), sorted_ids.end());
  std::vector<uint32_t> sorted_expected = expected;
  std::sort(sorted_expected.begin(), sorted_expected.end());
  CHECK(sorted_ids == sorted_expected);  // the same set
  CHECK(std::adjacent_find(sorted_ids.begin(), sorted_ids.end()) == sorted_ids.end());  // each once
}

TEST_CASE("empty and blank text have no features") {
  Featurizer featurizer(64);
  CHECK(featurizer.featurize("").empty());
  CHECK(featurizer.featurize("   \n\t ").empty());
  CHECK(featurizer.featurize("\xE2\x80\x8B\xE2\x80\x8B").empty());
}
