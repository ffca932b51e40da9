#pragma once
#include <cstdint>

namespace helpbridge::consent {

// The longest cool-down or snooze, in messages, a config or a stored state may
// ask for. Longer would mean "never offer again", which the dialog must not do.
inline constexpr uint32_t kMaxMessageCount = 100;

// How long the offers stay quiet, in assessed messages (from locales/consent.json).
struct ConsentConfig {
  uint32_t support_cooldown_messages = 0;  // after a banner, no new banner for this many
  uint32_t urgent_cooldown_messages = 0;   // after "continue", a repeat urgent gets a banner
  uint32_t not_now_messages = 0;           // after "not now", no support offer for this many
};

// Everything that may outlive the page: counters and one flag, nothing derived
// from the person's words (no level, no category, no text).
struct PersistedConsent {
  uint32_t support_cooldown_left = 0;
  uint32_t urgent_cooldown_left = 0;
  uint32_t snooze_left = 0;
  bool sensitivity_lowered = false;  // the person said "this is about someone else"

  bool operator==(const PersistedConsent& other) const {
    return support_cooldown_left == other.support_cooldown_left &&
           urgent_cooldown_left == other.urgent_cooldown_left && snooze_left == other.snooze_left &&
           sensitivity_lowered == other.sensitivity_lowered;
  }
};

}  // namespace helpbridge::consent
