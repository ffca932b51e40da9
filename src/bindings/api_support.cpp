#include "bindings/api_support.h"

namespace helpbridge::api {

thread_local std::string last_error;

hb_status fail(hb_status status, std::string message) {
  last_error = std::move(message);
  return status;
}

nlohmann::json parse_json(const char* utf8, size_t length, const char* what) {
  if (utf8 == nullptr) throw StatusError(HB_ERROR_INVALID_ARGUMENT, std::string(what) + " is NULL");
  nlohmann::json value = nlohmann::json::parse(text_view(utf8, length), nullptr, false);
  if (value.is_discarded()) throw StatusError(HB_ERROR_INVALID_DATA, std::string(what) + " is not valid JSON");
  return value;
}

char* json_out(const nlohmann::json& value) {
  const std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out == nullptr) throw std::bad_alloc();
  std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

}  // namespace helpbridge::api

// The library-wide C functions live with the state they read.
extern "C" {

const char* hb_last_error(void) { return helpbridge::api::last_error.c_str(); }

void hb_free(void* pointer) { std::free(pointer); }

}  // extern "C"
