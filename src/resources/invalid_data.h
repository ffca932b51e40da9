#pragma once
#include <stdexcept>
#include <string>

namespace helpbridge::resources {

// Directory data (a country file, emergency.json...) that cannot be used at all.
// The message names the place at fault, never a value from the file; the C API
// maps it to HB_ERROR_INVALID_DATA.
struct InvalidData : std::runtime_error {
  explicit InvalidData(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace helpbridge::resources
