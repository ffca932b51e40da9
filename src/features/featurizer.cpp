#include "features/featurizer.h"

#include "features/feature_hash.h"
#include "text/normalizer.h"

#include <algorithm>
#include <stdexcept>

namespace helpbridge {

namespace {

// Byte offsets of each code point's start in text, plus its end: n-grams are
// cut on these so that a multi-byte character is never split.
void code_point_offsets(std::string_view text, std::vector<std::size_t>& offsets) {
  offsets.clear();
  offsets.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
}

// Calls emit(n, hash) for every character n-gram of text with min_n <= n <=
// max_n, hashed after `prefix`. Each start position is hashed once, extending
// the n-gram a character at a time.
template <typename Emit>
void char_ngram_hashes(std::string_view text, const FeatureHash& prefix, std::size_t min_n, std::size_t max_n,
                       std::vector<std::size_t>& offsets, Emit&& emit) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII: every byte is a character, no offsets needed.
    for (std::size_t i = 0; i + min_n <= text.size(); ++i) {
      FeatureHash hash = prefix;
      hash.add(text.substr(i, min_n - 1));
      for (std::size_t n = min_n; n <= max_n && i + n <= text.size(); ++n) {
        hash.add(text.substr(i + n - 1, 1));
        emit(n, hash.value());
      }
    }
    return;
  }
  code_point_offsets(text, offsets);
  const std::size_t length = offsets.size() - 1;
  for (std::size_t i = 0; i + min_n <= length; ++i) {
    FeatureHash hash = prefix;
    hash.add(text.substr(offsets[i], offsets[i + min_n - 1] - offsets[i]));
    for (std::size_t n = min_n; n <= max_n && i + n <= length; ++n) {
      hash.add(text.substr(offsets[i + n - 1], offsets[i + n] - offsets[i + n - 1]));
      emit(n, hash.value());
    }
  }
}

// The readable form of the same n-grams, in template order (n, then position).
template <typename Emit>
void char_ngram_strings(std::string_view text, std::string_view prefix, std::size_t min_n, std::size_t max_n,
                        std::vector<std::size_t>& offsets, Emit&& emit) {
  code_point_offsets(text, offsets);
  const std::size_t length = offsets.size() - 1;
  for (std::size_t n = min_n; n <= max_n && n <= length; ++n) {
    for (std::size_t i = 0; i + n <= length; ++i) emit(prefix, text.substr(offsets[i], offsets[i + n] - offsets[i]));
  }
}

}  // namespace

Featurizer::Featurizer(uint32_t buckets)
    : buckets_(buckets), power_of_two_mask_((buckets & (buckets - 1)) == 0 ? buckets - 1 : 0) {
  if (buckets == 0) throw std::invalid_argument("feature buckets must be > 0");
}

uint32_t Featurizer::bucket(uint32_t hash) const {
  // The same as hash % buckets, without a division for the usual power-of-two sizes.
  return power_of_two_mask_ != 0 ? (hash & power_of_two_mask_) : hash % buckets_;
}

void Featurizer::add_id(std::vector<uint32_t>& ids, uint32_t hash) {
  // Duplicates are dropped as they come: seen_[id] holds the call that saw it last.
  const uint32_t id = bucket(hash);
  if (seen_[id] == generation_) return;
  seen_[id] = generation_;
  ids.push_back(id);
}

// The templates, once, for both forms. Emitter has:
//   whole(prefix, content)             one feature
//   pair(prefix, first, second)        one feature: "first second"
//   ngrams(text, prefix, min_n, max_n)  character n-grams of text
template <typename Emitter>
void Featurizer::for_each_feature(std::string_view utf8, Emitter& emitter) {
  const std::vector<Token>& tokens = segmenter_.segment(TextNormalizer::instance().normalize(utf8));
  const Token* previous = nullptr;  // the last word or emoji, for bigrams
  for (const Token& token : tokens) {
    switch (token.kind) {
      case TokenKind::kWord:
        emitter.whole("w:", token.text);
        bounded_.assign("<").append(token.text).append(">");
        emitter.ngrams(bounded_, "c:", 3, 5);
        break;
      case TokenKind::kNumber:
        emitter.whole("n:", token.text);
        break;
      case TokenKind::kEmoji:
        emitter.whole("e:", token.text);
        break;
      case TokenKind::kUnspaced:
        emitter.ngrams(token.text, "u1:", 1, 1);
        emitter.ngrams(token.text, "u2:", 2, 2);
        emitter.ngrams(token.text, "u3:", 3, 3);
        break;
    }
    if (token.kind == TokenKind::kWord || token.kind == TokenKind::kEmoji) {
      if (previous != nullptr) emitter.pair("b:", previous->text, token.text);
      previous = &token;
    } else {
      previous = nullptr;
    }
  }
}

std::vector<uint32_t> Featurizer::featurize(std::string_view utf8) {
  struct HashEmitter {
    Featurizer& self;
    std::vector<uint32_t>& ids;
    void whole(std::string_view prefix, std::string_view content) {
      self.add_id(ids, FeatureHash().add(prefix).add(content).value());
    }
    void pair(std::string_view prefix, std::string_view first, std::string_view second) {
      self.add_id(ids, FeatureHash().add(prefix).add(first).add(" ").add(second).value());
    }
    void ngrams(std::string_view text, std::string_view prefix, std::size_t min_n, std::size_t max_n) {
      char_ngram_hashes(text, FeatureHash().add(prefix), min_n, max_n, self.offsets_,
                        [&](std::size_t, uint32_t hash) { self.add_id(ids, hash); });
    }
  };
  // A set, not a bag: a word repeated in a long post should not outweigh the
  // rest (measured: +2 points of dev specificity at equal recall), and the
  // model reads fewer rows.
  if (seen_.empty()) seen_.assign(buckets_, 0);
  if (++generation_ == 0) {  // wrapped after 4 billion calls: start the stamps afresh
    std::fill(seen_.begin(), seen_.end(), 0);
    generation_ = 1;
  }
  std::vector<uint32_t> ids;
  ids.reserve(utf8.size() * 2 + 16);  // about two distinct features per byte at most, in practice
  HashEmitter emitter{*this, ids};
  for_each_feature(utf8, emitter);
  return ids;
}

std::vector<std::string> Featurizer::feature_strings(std::string_view utf8) {
  struct StringEmitter {
    Featurizer& self;
    std::vector<std::string>& features;
    void whole(std::string_view prefix, std::string_view content) { features.emplace_back(prefix).append(content); }
    void pair(std::string_view prefix, std::string_view first, std::string_view second) {
      features.emplace_back(prefix).append(first).append(" ").append(second);
    }
    void ngrams(std::string_view text, std::string_view prefix, std::size_t min_n, std::size_t max_n) {
      char_ngram_strings(text, prefix, min_n, max_n, self.offsets_,
                         [&](std::string_view p, std::string_view gram) { whole(p, gram); });
    }
  };
  std::vector<std::string> features;
  StringEmitter emitter{*this, features};
  for_each_feature(utf8, emitter);
  return features;
}

}  // namespace helpbridge
