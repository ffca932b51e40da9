// libFuzzer target: message catalogues through the C API (hb_catalog_create,
// hb_catalog_format, hb_catalog_meta).
//
// Input: <catalogue JSON> NUL <key> NUL <params JSON> NUL <plural category>.
// The catalogue is loaded three ways: with the shipped en.json behind it, on
// its own (as if English), and as the fallback behind the shipped ar.json (a
// right-to-left catalogue, so values get isolated); both shipped catalogues are
// cut to a few messages. The key is formatted, and
// so are the first keys the catalogue itself holds.
//
// Checked:
//  - statuses are the documented ones (bad JSON or rule: INVALID_DATA; unknown
//    key or plural category: INVALID_ARGUMENT), and a failing call leaves its
//    out-parameter unset;
//  - a formatted text is non-empty, valid UTF-8, without control characters or
//    bidi embeddings/overrides, with markup only if a parameter brought it;
//  - lang and dir are those of the primary or the fallback catalogue.
#include "fuzz_support.h"

#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include <string>
#include <vector>

namespace {

using nlohmann::json;

// A shipped catalogue cut to its meta and a few messages, plural ones included:
// the C API parses both catalogues on every create, and the fallback logic does
// not depend on how many messages there are.
std::string trimmed_catalogue(const char* lang) {
  json catalogue = json::parse(fuzz_support::repo_file(std::string("locales/messages/") + lang + ".json"));
  json kept = json::object();
  for (const auto& [key, value] : catalogue.at("messages").items()) {
    if (kept.size() < 8 || value.is_object()) kept[key] = value;
  }
  catalogue["messages"] = kept;
  return catalogue.dump();
}

struct Shared {
  std::string english = trimmed_catalogue("en");
  std::string arabic = trimmed_catalogue("ar");
};

const Shared& shared() {
  static const Shared instance;
  return instance;
}

json take(char* text) {
  FUZZ_CHECK(text != nullptr, "HB_OK without a result");
  json value = json::parse(text, nullptr, false);
  hb_free(text);
  FUZZ_CHECK(!value.is_discarded(), "a result is not valid JSON");
  return value;
}

json meta_of(hb_catalog* catalog) {
  char* text = nullptr;
  FUZZ_CHECK(hb_catalog_meta(catalog, &text) == HB_OK, "hb_catalog_meta failed");
  const json meta = take(text);
  FUZZ_CHECK(meta.at("dir") == "ltr" || meta.at("dir") == "rtl", "meta.dir is not ltr or rtl");
  return meta;
}

void check_text(const std::string& text, bool params_bring_markup) {
  FUZZ_CHECK(!text.empty(), "an empty message");
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    FUZZ_CHECK(c >= 0, "a message is not valid UTF-8");
    FUZZ_CHECK(!(c < 0x20 || (c >= 0x7F && c <= 0x9F)), "a message holds a control character");
    FUZZ_CHECK(!(c >= 0x202A && c <= 0x202E), "a message holds a bidi embedding or override");
    FUZZ_CHECK(params_bring_markup || (c != '<' && c != '>'), "markup that no parameter brought");
  }
}

void format(hb_catalog* catalog, const json& primary_meta, const json* fallback_meta, const std::string& key,
            std::string_view params, const std::string& category, bool params_bring_markup) {
  char* text = fuzz_support::unset<char>();
  const hb_status status = hb_catalog_format(catalog, key.c_str(), params.empty() ? nullptr : params.data(),
                                             params.size(), category.empty() ? nullptr : category.c_str(), &text);
  if (status != HB_OK) {
    FUZZ_CHECK(status == HB_ERROR_INVALID_DATA || status == HB_ERROR_INVALID_ARGUMENT,
               "format: an undocumented status");
    FUZZ_CHECK(text == fuzz_support::unset<char>(), "format: a result set on failure");
    return;
  }
  const json out = take(text);
  FUZZ_CHECK(out.is_object() && out.size() == 3, "a formatted message with other fields");
  check_text(out.at("text").get<std::string>(), params_bring_markup);
  const bool from_primary = out.at("lang") == primary_meta.at("lang") && out.at("dir") == primary_meta.at("dir");
  const bool from_fallback =
      fallback_meta != nullptr && out.at("lang") == fallback_meta->at("lang") && out.at("dir") == fallback_meta->at("dir");
  FUZZ_CHECK(from_primary || from_fallback, "lang/dir of neither catalogue");
}

hb_catalog* create(std::string_view catalogue, std::string_view fallback) {
  hb_catalog* catalog = fuzz_support::unset<hb_catalog>();
  const hb_status status = hb_catalog_create(catalogue.data(), catalogue.size(),
                                             fallback.empty() ? nullptr : fallback.data(), fallback.size(), &catalog);
  if (status != HB_OK) {
    FUZZ_CHECK(status == HB_ERROR_INVALID_DATA, "create: an undocumented status");
    FUZZ_CHECK(catalog == fuzz_support::unset<hb_catalog>(), "create: a handle set on failure");
    return nullptr;
  }
  FUZZ_CHECK(catalog != nullptr, "create: HB_OK without a handle");
  return catalog;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto parts = fuzz_support::split(data, size, '\0');
  const std::string_view catalogue = fuzz_support::part(parts, 0);
  const std::string key(fuzz_support::part(parts, 1));
  const std::string_view params = fuzz_support::part(parts, 2);
  const std::string category(fuzz_support::part(parts, 3));

  // Markup may come only from a parameter value (values are plain text, never markup).
  bool params_bring_markup = false;
  const json parsed_params = json::parse(params, nullptr, false);
  if (parsed_params.is_object()) {
    for (const json& value : parsed_params) {
      params_bring_markup = params_bring_markup ||
                            (value.is_string() && value.get_ref<const std::string&>().find_first_of("<>") != std::string::npos);
    }
  }

  // The keys to format: the input's, then the first few the catalogue holds.
  std::vector<std::string> keys{key};
  const json parsed = json::parse(catalogue, nullptr, false);
  if (parsed.is_object() && parsed.contains("messages") && parsed.at("messages").is_object()) {
    for (const auto& item : parsed.at("messages").items()) {
      if (keys.size() > 3) break;
      keys.push_back(item.key());
    }
  }

  const json english_meta = {{"lang", "en"}, {"dir", "ltr"}};
  hb_catalog* catalog = create(catalogue, shared().english);
  const bool loads = catalog != nullptr;
  if (catalog != nullptr) {
    const json meta = meta_of(catalog);
    for (const std::string& k : keys) format(catalog, meta, &english_meta, k, params, category, params_bring_markup);
    hb_catalog_destroy(catalog);

    // Valid with English behind it: it must also load as a fallback.
    hb_catalog* behind_arabic = create(shared().arabic, catalogue);
    FUZZ_CHECK(behind_arabic != nullptr, "a valid catalogue refused as a fallback");
    const json arabic_meta = meta_of(behind_arabic);
    for (const std::string& k : keys) format(behind_arabic, arabic_meta, &meta, k, params, category, params_bring_markup);
    hb_catalog_destroy(behind_arabic);
  }
  hb_catalog* alone = create(catalogue, std::string_view());
  FUZZ_CHECK((alone != nullptr) == loads, "a catalogue that loads only with (or only without) a fallback");
  if (alone != nullptr) {
    const json meta = meta_of(alone);
    for (const std::string& k : keys) format(alone, meta, nullptr, k, params, category, params_bring_markup);
    hb_catalog_destroy(alone);
  }
  return 0;
}
