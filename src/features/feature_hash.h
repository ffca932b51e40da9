#pragma once
#include <cstdint>
#include <string_view>

namespace helpbridge {

// 32-bit FNV-1a over bytes: tiny, stable across platforms and languages, and easy
// to re-implement for checks (offset basis 2166136261, prime 16777619).
class FeatureHash {
 public:
  FeatureHash() = default;
  FeatureHash& add(std::string_view bytes) {
    for (unsigned char b : bytes) {
      state_ ^= b;
      state_ *= 16777619u;
    }
    return *this;
  }
  uint32_t value() const { return state_; }

 private:
  uint32_t state_ = 2166136261u;
};

inline uint32_t feature_hash(std::string_view bytes) { return FeatureHash().add(bytes).value(); }

}  // namespace helpbridge
