#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace helpbridge::resources {

// The local time in a service's time zone. The core has no time-zone database:
// the browser computes this with Intl and passes it in.
struct LocalTime {
  int weekday = 0;  // 0 = Sunday ... 6 = Saturday
  int minute = 0;   // minute of the day, 0 ... 1439
};

// Open from `open` to `close` (minutes of the day) on each day in `days`
// (bit 0 = Sunday). close 1440 is "24:00"; close <= open runs past midnight
// into the next day.
struct WeeklyRule {
  uint8_t days = 0;
  int open = 0;
  int close = 0;
};

enum class OpenStatus { always, open, closed, unknown };

const char* to_string(OpenStatus status);  // "always", "open", "closed", "unknown"

struct OpeningHours {
  enum class Kind { always, weekly, unknown };
  Kind kind = Kind::unknown;  // unknown: the service does not publish its hours
  std::string time_zone;      // weekly: IANA zone ("Europe/Madrid")
  std::vector<WeeklyRule> rules;

  // always -> always, unknown -> unknown, weekly -> open or closed at `now`.
  OpenStatus status_at(const LocalTime& now) const;
};

}  // namespace helpbridge::resources
