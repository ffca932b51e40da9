// helpbridge-featurize: the featurizer as a command, so that model training
// computes features with exactly the code the browser runs.
//
//   helpbridge-featurize --buckets N [--strings] < rows.jsonl > features.jsonl
//   helpbridge-featurize --version
//
// Reads one JSON object per line with a "text" string, or "text_hex" (any bytes,
// hex-encoded, for input that is not valid UTF-8), and writes one line per input
// line, in order: {"ids": [...]} (or {"features": [...]} with --strings), or
// {"error": "..."} for a line that has neither.
#include "features/feature_version.h"
#include "features/featurizer.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

namespace {

// "e29c93" -> the bytes; false if the text is not an even run of hex digits.
bool decode_hex(const std::string& hex, std::string& bytes) {
  if (hex.size() % 2 != 0) return false;
  bytes.clear();
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    char pair[3] = {hex[i], hex[i + 1], 0};
    char* end = nullptr;
    const long value = std::strtol(pair, &end, 16);
    if (end != pair + 2) return false;
    bytes.push_back(static_cast<char>(value));
  }
  return true;
}

int usage() {
  std::cerr << "usage: helpbridge-featurize --buckets N [--strings] < rows.jsonl\n"
               "       helpbridge-featurize --version\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned long buckets = 0;
  bool strings = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--version") == 0) {
      std::cout << helpbridge::kFeatureVersion << "\n";
      return 0;
    } else if (std::strcmp(argv[i], "--buckets") == 0 && i + 1 < argc) {
      buckets = std::strtoul(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--strings") == 0) {
      strings = true;
    } else {
      return usage();
    }
  }
  if (buckets == 0 || buckets > 0xFFFFFFFFul) return usage();

  std::ios::sync_with_stdio(false);
  helpbridge::Featurizer featurizer(static_cast<uint32_t>(buckets));
  std::string line;
  while (std::getline(std::cin, line)) {
    const nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
    nlohmann::json out;
    std::string text;
    const bool has_text = row.is_object() && row.contains("text") && row["text"].is_string();
    const bool has_hex = row.is_object() && row.contains("text_hex") && row["text_hex"].is_string() &&
                         decode_hex(row["text_hex"].get<std::string>(), text);
    if (has_text) text = row["text"].get<std::string>();
    if (!has_text && !has_hex) {
      out["error"] = "not a JSON object with a string \"text\" or a hex \"text_hex\"";
    } else if (strings) {
      out["features"] = featurizer.feature_strings(text);
    } else {
      out["ids"] = featurizer.featurize(text);
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}
