#include "resources/opening_hours.h"

namespace helpbridge::resources {

namespace {

bool has_day(uint8_t days, int weekday) { return (days >> weekday) & 1u; }

bool rule_is_open(const WeeklyRule& rule, const LocalTime& now) {
  if (rule.open < rule.close) return has_day(rule.days, now.weekday) && now.minute >= rule.open && now.minute < rule.close;
  // Past midnight: the evening of a listed day, or the early hours after it.
  const int yesterday = (now.weekday + 6) % 7;
  return (has_day(rule.days, now.weekday) && now.minute >= rule.open) ||
         (has_day(rule.days, yesterday) && now.minute < rule.close);
}

}  // namespace

const char* to_string(OpenStatus status) {
  switch (status) {
    case OpenStatus::always: return "always";
    case OpenStatus::open: return "open";
    case OpenStatus::closed: return "closed";
    case OpenStatus::unknown: break;
  }
  return "unknown";
}

OpenStatus OpeningHours::status_at(const LocalTime& now) const {
  if (kind == Kind::always) return OpenStatus::always;
  if (kind == Kind::unknown) return OpenStatus::unknown;
  if (now.weekday < 0 || now.weekday > 6 || now.minute < 0 || now.minute > 1439) return OpenStatus::unknown;
  for (const WeeklyRule& rule : rules) {
    if (rule_is_open(rule, now)) return OpenStatus::open;
  }
  return OpenStatus::closed;
}

}  // namespace helpbridge::resources
