// Helpers the libFuzzer targets share: reading the repository's data files once,
// splitting one input into parts, and failing loudly when an invariant breaks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz_support {

// A broken invariant is a crash: libFuzzer saves the input as an artifact.
#define FUZZ_CHECK(condition, message)                                                   \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      std::fprintf(stderr, "invariant broken at %s:%d: %s\n  (%s)\n", __FILE__, __LINE__, \
                   message, #condition);                                                 \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

// A file under the repository root ("locales/emergency.json"); a missing file
// stops the fuzzer at start-up rather than fuzzing against nothing.
inline std::string repo_file(const std::string& relative) {
  const std::string path = std::string(HELPBRIDGE_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in.good()) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::abort();
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The input cut at each `separator` byte (the seeds use NUL, which JSON text
// never holds raw, or a newline for one-line JSON events).
inline std::vector<std::string_view> split(const uint8_t* data, size_t size, char separator) {
  std::vector<std::string_view> parts;
  const std::string_view input = size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), size);
  size_t start = 0;
  for (;;) {
    const size_t cut = input.find(separator, start);
    parts.push_back(input.substr(start, cut == std::string_view::npos ? std::string_view::npos : cut - start));
    if (cut == std::string_view::npos) return parts;
    start = cut + 1;
  }
}

// Part i, or "" when the input has fewer parts. Never a null pointer, so that
// it can go to a C API that refuses NULL.
inline std::string_view part(const std::vector<std::string_view>& parts, size_t i) {
  return i < parts.size() && parts[i].data() != nullptr ? parts[i] : std::string_view("", 0);
}

// A pointer no call returns: set an out-parameter to it before a call, and it
// must still be there when the call fails ("out-parameters are left unset").
template <typename T>
T* unset() {
  static char marker;
  return reinterpret_cast<T*>(&marker);
}

}  // namespace fuzz_support
