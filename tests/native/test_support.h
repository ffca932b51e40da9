// Helpers the doctest files share: reading the repository's data files (the
// suite runs natively and, through NODERAWFS, in wasm) and taking JSON the C
// API returned.
#pragma once

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "bindings/helpbridge.h"

#include <fstream>
#include <sstream>
#include <string>

namespace test_support {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A file under the repository root, e.g. "locales/emergency.json".
inline std::string repo_file(const std::string& relative) {
  return read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/" + relative);
}

// Parses a JSON string the C API allocated, and frees it.
inline nlohmann::json take_json(char* text) {
  REQUIRE(text != nullptr);
  nlohmann::json value = nlohmann::json::parse(text);
  hb_free(text);
  return value;
}

}  // namespace test_support
