// Featurizer throughput on a corpus, the same source built natively and to wasm
// (run under Node), so the two figures are directly comparable.
//
//   featurize_bench CORPUS.jsonl [SECONDS]   -> {"mb_per_s": ..., "messages_per_s": ..., ...}
#include "features/featurizer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: featurize_bench CORPUS.jsonl [SECONDS]\n";
    return 2;
  }
  const double seconds = argc > 2 ? std::atof(argv[2]) : 2.0;
  std::ifstream in(argv[1]);
  std::vector<std::string> texts;
  std::size_t bytes_per_pass = 0;
  for (std::string line; std::getline(in, line);) {
    const auto row = nlohmann::json::parse(line, nullptr, false);
    if (row.is_object() && row.contains("text") && row["text"].is_string()) {
      texts.push_back(row["text"].get<std::string>());
      bytes_per_pass += texts.back().size();
    }
  }
  if (texts.empty()) {
    std::cerr << "no texts in " << argv[1] << "\n";
    return 1;
  }

  helpbridge::Featurizer featurizer(1u << 18);
  using clock = std::chrono::steady_clock;
  std::size_t passes = 0;
  std::size_t features = 0;
  for (const auto& text : texts) features += featurizer.featurize(text).size();  // warm-up
  const auto start = clock::now();
  double elapsed = 0;
  while (elapsed < seconds) {
    for (const auto& text : texts) features += featurizer.featurize(text).size();
    ++passes;
    elapsed = std::chrono::duration<double>(clock::now() - start).count();
  }
  nlohmann::json out;
  out["mb_per_s"] = static_cast<double>(bytes_per_pass * passes) / elapsed / 1e6;
  out["messages_per_s"] = static_cast<double>(texts.size() * passes) / elapsed;
  out["messages"] = texts.size();
  out["bytes_per_pass"] = bytes_per_pass;
  out["passes"] = passes;
  std::cout << out.dump() << "\n";
  return 0;
}
