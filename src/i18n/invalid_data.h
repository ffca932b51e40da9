#pragma once
#include <stdexcept>
#include <string>

namespace helpbridge::i18n {

// Data (a catalogue, the time-zone table) that breaks its rules. The message
// names the place at fault, never user text; the C API maps it to
// HB_ERROR_INVALID_DATA.
struct InvalidData : std::runtime_error {
  explicit InvalidData(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace helpbridge::i18n
