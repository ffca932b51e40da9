// The C API over the C++ domain: handles, status codes and JSON at the edge.
#include "bindings/helpbridge.h"

#include "features/feature_version.h"
#include "features/featurizer.h"
#include "text/normalizer.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>

struct hb_featurizer {
  explicit hb_featurizer(uint32_t buckets) : featurizer(buckets) {}
  helpbridge::Featurizer featurizer;
  std::vector<uint32_t> last_ids;
};

namespace {

thread_local std::string last_error;

hb_status fail(hb_status status, std::string message) {
  last_error = std::move(message);
  return status;
}

// Runs a body that may throw and maps what it throws to a status.
template <typename Body>
hb_status guarded(Body&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(HB_ERROR_OUT_OF_MEMORY, "out of memory");
  } catch (const nlohmann::json::exception& e) {
    return fail(HB_ERROR_INVALID_DATA, e.what());
  } catch (const std::invalid_argument& e) {
    return fail(HB_ERROR_INVALID_ARGUMENT, e.what());
  } catch (const std::exception& e) {
    return fail(HB_ERROR_INTERNAL, e.what());
  } catch (...) {
    return fail(HB_ERROR_INTERNAL, "unknown error");
  }
}

std::string_view text_view(const char* utf8, size_t length) {
  return length == 0 ? std::string_view() : std::string_view(utf8, length);
}

char* copy_out(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out == nullptr) throw std::bad_alloc();
  std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

std::string dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

extern "C" {

const char* hb_last_error(void) { return last_error.c_str(); }

void hb_free(void* pointer) { std::free(pointer); }

uint32_t hb_feature_version(void) { return helpbridge::kFeatureVersion; }

hb_status hb_featurizer_create(uint32_t buckets, hb_featurizer** out) {
  if (out == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "out is NULL");
  if (buckets == 0) return fail(HB_ERROR_INVALID_ARGUMENT, "buckets must be > 0");
  return guarded([&] {
    *out = new hb_featurizer(buckets);
    return HB_OK;
  });
}

void hb_featurizer_destroy(hb_featurizer* featurizer) { delete featurizer; }

hb_status hb_featurize(hb_featurizer* featurizer, const char* utf8, size_t length, const uint32_t** ids,
                       size_t* count) {
  if (featurizer == nullptr || ids == nullptr || count == nullptr || (utf8 == nullptr && length > 0)) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_featurize: NULL argument");
  }
  return guarded([&] {
    featurizer->last_ids = featurizer->featurizer.featurize(text_view(utf8, length));
    *ids = featurizer->last_ids.data();
    *count = featurizer->last_ids.size();
    return HB_OK;
  });
}

hb_status hb_featurize_explain(hb_featurizer* featurizer, const char* utf8, size_t length, char** json) {
  if (featurizer == nullptr || json == nullptr || (utf8 == nullptr && length > 0)) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_featurize_explain: NULL argument");
  }
  return guarded([&] {
    const std::string_view text = text_view(utf8, length);
    nlohmann::json out;
    out["normalized"] = helpbridge::TextNormalizer::instance().normalize_to_utf8(text);
    out["features"] = featurizer->featurizer.feature_strings(text);
    out["ids"] = featurizer->featurizer.featurize(text);
    *json = copy_out(dump(out));
    return HB_OK;
  });
}

}  // extern "C"
