#pragma once
#include <stdexcept>
#include <string>

namespace helpbridge::view {

// A view request that cannot be answered (not an object, no known mode), or a
// catalogue without a message the view needs. The message names the field or
// the key, never a value; the C API maps it to HB_ERROR_INVALID_DATA.
struct InvalidData : std::runtime_error {
  explicit InvalidData(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace helpbridge::view
