#pragma once
// The consent machine's JSON edge: config, events and effects, and the state a
// host may persist. The machine itself (consent_machine.h) knows no JSON.
#include "consent/consent_config.h"
#include "consent/consent_vocabulary.h"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace helpbridge::consent {

// The persisted state's format; a blob with another version is refused.
inline constexpr uint32_t kPersistedVersion = 1;

// Inputs longer than these are refused before parsing (they are a few dozen
// bytes in practice), which also bounds how deep hostile JSON can nest.
inline constexpr std::size_t kMaxConfigBytes = 4096;
inline constexpr std::size_t kMaxPersistedBytes = 1024;
inline constexpr std::size_t kMaxEventBytes = 4096;

// JSON that does not parse or does not fit its schema. Messages name the field
// and the rule, never echo the value (it could be derived from the person's words).
struct InvalidConsentData : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// {"support_cooldown_messages": n, "urgent_cooldown_messages": n, "not_now_messages": n},
// each an integer in [0, kMaxMessageCount]; no other keys.
ConsentConfig config_from_json(std::string_view json);

// {"version": 1, "support_cooldown_left": n, "urgent_cooldown_left": n,
//  "snooze_left": n, "sensitivity_lowered": bool}, exactly these keys.
PersistedConsent persisted_from_json(std::string_view json);
std::string persisted_to_json(const PersistedConsent& persisted);

// {"type": "assessed", "level": ..., "category": ...}, {"type": "contact",
// "service": ..., "channel": ...}, or {"type": "continue" | "go_back" |
// "someone_else" | "not_now" | "dismiss"}. Unknown extra keys are ignored.
Event event_from_json(std::string_view json);

// {"state", "show", "hold", "host", "category", "ignored"}.
std::string effect_to_json(const Effect& effect);

// The JSON names.
const char* name_of(Level level);
const char* name_of(Category category);
const char* name_of(State state);
const char* name_of(EventType type);
const char* name_of(Show show);
std::optional<Level> level_named(std::string_view name);
std::optional<Category> category_named(std::string_view name);

}  // namespace helpbridge::consent
