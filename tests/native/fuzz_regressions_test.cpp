// Inputs the fuzz targets (tests/fuzz/) showed to break an invariant, kept so
// that the bug stays fixed. Each case names its target and what broke.
#include <doctest/doctest.h>

#include "test_support.h"

#include "bindings/helpbridge.h"
#include "features/feature_version.h"

#include <nlohmann/json.hpp>

#include <string>

using nlohmann::json;
using test_support::repo_file;
using test_support::take_json;

namespace {

// The shipped manifest with one field under "features" or "outputs.logits" replaced.
std::string manifest_with(const char* object, const char* key, const std::string& number) {
  json manifest = json::parse(repo_file("models/manifest.json"));
  json& parent = std::string(object) == "features" ? manifest["features"] : manifest["outputs"]["logits"];
  parent[key] = json::parse(number);
  return manifest.dump();
}

hb_status create_assessor(const std::string& manifest) {
  hb_assessor* assessor = nullptr;
  const hb_status status = hb_assessor_create(manifest.data(), manifest.size(), &assessor);
  hb_assessor_destroy(assessor);
  return status;
}

struct Directory {
  Directory() {
    const std::string emergency = repo_file("locales/emergency.json");
    const std::string topics = repo_file("locales/category-topics.json");
    const std::string links = repo_file("locales/directory.json");
    REQUIRE(hb_directory_create(emergency.data(), emergency.size(), topics.data(), topics.size(), links.data(),
                                links.size(), &handle) == HB_OK);
  }
  ~Directory() { hb_directory_destroy(handle); }
  Directory(const Directory&) = delete;
  Directory& operator=(const Directory&) = delete;

  hb_status add(const std::string& text) { return hb_directory_add_country(handle, text.data(), text.size()); }

  json lookup(const std::string& country) {
    const std::string query = json{{"country", country}}.dump();
    char* result = nullptr;
    REQUIRE(hb_directory_lookup(handle, query.data(), query.size(), &result) == HB_OK);
    return take_json(result);
  }

  hb_directory* handle = nullptr;
};

// The shipped GB file, filed under another code (its ids follow the code).
std::string gb_file_as(const std::string& code) {
  json file = json::parse(repo_file("locales/helplines/GB.json"));
  file["country"] = code;
  std::string prefix = code + "-";
  for (char& c : prefix) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (json& service : file["services"]) service["id"] = prefix + service["id"].get<std::string>().substr(3);
  return file.dump();
}

}  // namespace

// fuzz_lexicon_manifest: "the manifest's feature version is not the one its JSON
// names". get<uint32_t>() kept the low 32 bits, so version 2^32 + 1 loaded as
// version 1 and buckets 2^32 + 1024 as 1024.
TEST_CASE("fuzz regression: manifest numbers past 32 bits are refused, not narrowed") {
  const uint64_t version = helpbridge::kFeatureVersion;
  CHECK(create_assessor(manifest_with("features", "version", std::to_string(version))) == HB_OK);
  CHECK(create_assessor(manifest_with("features", "version", std::to_string((uint64_t{1} << 32) + version))) ==
        HB_ERROR_INVALID_DATA);
  CHECK(create_assessor(manifest_with("features", "buckets", "4294968320")) == HB_ERROR_INVALID_DATA);
  CHECK(create_assessor(manifest_with("outputs", "urgency_index", "4294967303")) == HB_ERROR_INVALID_DATA);
  CHECK(create_assessor(manifest_with("outputs", "urgency_index", "18446744073709551615")) == HB_ERROR_INVALID_DATA);
}

// fuzz_helplines: "the report names another country". A file with the country
// "UK" loaded under "UK", but every lookup and report reads "UK" as "GB": the
// file's services could never be shown, and the report described GB's.
TEST_CASE("fuzz regression: a country file under a code lookups never use is refused") {
  Directory directory;
  for (const char* code : {"UK", "EL", "ZZ"}) {
    CAPTURE(code);
    CHECK(directory.add(gb_file_as(code)) == HB_ERROR_INVALID_DATA);
    CHECK(std::string(hb_last_error()).find("ISO code") != std::string::npos);
  }
  CHECK(directory.add(gb_file_as("GB")) == HB_OK);
  CHECK(directory.lookup("UK")["services"].size() == 2);
}
