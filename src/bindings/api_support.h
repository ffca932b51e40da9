// Shared plumbing for the C API files: status mapping, last error, JSON out.
// Each native object has its own *_api.cpp; they all use these helpers.
#pragma once

#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

namespace helpbridge::api {

// An error that carries its C status (for invalid data, version mismatches...).
struct StatusError : std::runtime_error {
  StatusError(hb_status status, const std::string& message) : std::runtime_error(message), status(status) {}
  hb_status status;
};

// The message behind hb_last_error(), per thread.
extern thread_local std::string last_error;

hb_status fail(hb_status status, std::string message);

// Runs a body that may throw and maps what it throws to a status, so that no
// C++ exception ever crosses the C boundary.
template <typename Body>
hb_status guarded(Body&& body) noexcept {
  try {
    return body();
  } catch (const StatusError& e) {
    return fail(e.status, e.what());
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

inline std::string_view text_view(const char* utf8, size_t length) {
  return length == 0 ? std::string_view() : std::string_view(utf8, length);
}

// Parses caller-supplied JSON; a parse error is HB_ERROR_INVALID_DATA.
nlohmann::json parse_json(const char* utf8, size_t length, const char* what);

// A malloc'd NUL-terminated copy of the JSON, for the caller to hb_free.
char* json_out(const nlohmann::json& value);

}  // namespace helpbridge::api
