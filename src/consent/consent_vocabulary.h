#pragma once
#include <cstddef>
#include <optional>

#include "risk/categories.h"

namespace helpbridge::consent {

// The risk policy's level and category for one message (one taxonomy for the
// whole core). Here "no crisis" is std::nullopt: a MaybeCategory never holds
// Category::kNoCrisis.
using helpbridge::Category;
using helpbridge::Level;
using MaybeCategory = std::optional<Category>;

// Where the offer is. Lives only in memory: it is derived from what the person typed.
enum class State { kIdle, kOfferingSupport, kOfferingUrgent, kSomeoneElse };
inline constexpr std::size_t kStateCount = 4;
static_assert(static_cast<std::size_t>(State::kSomeoneElse) + 1 == kStateCount);

// What the person (or the host, for kAssessed) did.
enum class EventType { kAssessed, kContact, kContinue, kGoBack, kSomeoneElse, kNotNow, kDismiss };
inline constexpr std::size_t kEventTypeCount = 7;
static_assert(static_cast<std::size_t>(EventType::kDismiss) + 1 == kEventTypeCount);

struct Event {
  EventType type = EventType::kAssessed;
  Level level = Level::kNone;         // kAssessed only
  MaybeCategory category;             // kAssessed only
};

// What the person sees.
enum class Show { kNone, kBanner, kDialog, kSomeoneElse };

// The decision on the message that was held before this event, if one is made now.
enum class HostAction { kNone, kProceed, kCancel };

// The answer to one event.
//  hold: after this event a message waits for the person's choice; the host must
//        not send it yet. After kAssessed, false means "send this message now".
//  host: the decision on the message that was waiting before this event, if it
//        is decided now (kNone when nothing waited, or it still waits).
// So every assessed message gets exactly one outcome: sent at once (hold false),
// or held and later proceeded or cancelled.
struct Effect {
  State state = State::kIdle;
  Show show = Show::kNone;
  bool hold = false;
  HostAction host = HostAction::kNone;
  MaybeCategory category;
  bool ignored = false;
};

}  // namespace helpbridge::consent
