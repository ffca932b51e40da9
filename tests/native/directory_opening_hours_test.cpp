// Open-now for a service's weekly hours: the local weekday and minute come from
// the caller (Intl in the browser), the rules from the helpline file.
#include <doctest/doctest.h>

#include "resources/opening_hours.h"

using helpbridge::resources::LocalTime;
using helpbridge::resources::OpeningHours;
using helpbridge::resources::OpenStatus;
using helpbridge::resources::WeeklyRule;

namespace {

constexpr uint8_t kEveryDay = 0x7F;
constexpr uint8_t kMonToFri = 0x3E;  // bit 0 = Sunday

constexpr int at(int hours, int minutes) { return hours * 60 + minutes; }

OpeningHours weekly(std::initializer_list<WeeklyRule> rules) {
  OpeningHours hours;
  hours.kind = OpeningHours::Kind::weekly;
  hours.time_zone = "Europe/Madrid";
  hours.rules = rules;
  return hours;
}

OpenStatus status(const OpeningHours& hours, int weekday, int minute) { return hours.status_at(LocalTime{weekday, minute}); }

}  // namespace

TEST_CASE("directory hours: always and unknown do not depend on the clock") {
  OpeningHours always;
  always.kind = OpeningHours::Kind::always;
  OpeningHours unknown;
  CHECK(status(always, 0, 0) == OpenStatus::always);
  CHECK(status(always, 6, 1439) == OpenStatus::always);
  CHECK(status(unknown, 3, at(12, 0)) == OpenStatus::unknown);
  CHECK(std::string(to_string(OpenStatus::always)) == "always");
  CHECK(std::string(to_string(OpenStatus::closed)) == "closed");
}

TEST_CASE("directory hours: a daytime rule opens at open and closes at close") {
  const OpeningHours hours = weekly({{kMonToFri, at(9, 0), at(17, 30)}});
  CHECK(status(hours, 1, at(8, 59)) == OpenStatus::closed);
  CHECK(status(hours, 1, at(9, 0)) == OpenStatus::open);
  CHECK(status(hours, 5, at(17, 29)) == OpenStatus::open);
  CHECK(status(hours, 5, at(17, 30)) == OpenStatus::closed);
  CHECK(status(hours, 0, at(12, 0)) == OpenStatus::closed);  // Sunday
  CHECK(status(hours, 6, at(12, 0)) == OpenStatus::closed);  // Saturday
}

TEST_CASE("directory hours: close 24:00 runs to midnight and no further") {
  const OpeningHours hours = weekly({{kEveryDay, at(10, 0), 1440}});
  CHECK(status(hours, 2, at(23, 59)) == OpenStatus::open);
  CHECK(status(hours, 3, 0) == OpenStatus::closed);
  CHECK(status(hours, 3, at(9, 59)) == OpenStatus::closed);
  CHECK(status(hours, 3, at(10, 0)) == OpenStatus::open);

  const OpeningHours whole_day = weekly({{1u << 3, 0, 1440}});  // Wednesday 00:00-24:00
  CHECK(status(whole_day, 3, 0) == OpenStatus::open);
  CHECK(status(whole_day, 3, 1439) == OpenStatus::open);
  CHECK(status(whole_day, 4, 0) == OpenStatus::closed);
  CHECK(status(whole_day, 2, 1439) == OpenStatus::closed);
}

TEST_CASE("directory hours: an overnight rule belongs to the day it opens") {
  // Friday and Saturday 22:00 to 02:00 the next morning.
  const OpeningHours hours = weekly({{(1u << 5) | (1u << 6), at(22, 0), at(2, 0)}});
  CHECK(status(hours, 5, at(21, 59)) == OpenStatus::closed);
  CHECK(status(hours, 5, at(22, 0)) == OpenStatus::open);
  CHECK(status(hours, 6, at(1, 59)) == OpenStatus::open);    // Friday night, Saturday morning
  CHECK(status(hours, 6, at(2, 0)) == OpenStatus::closed);
  CHECK(status(hours, 0, at(1, 0)) == OpenStatus::open);     // Saturday night wraps to Sunday
  CHECK(status(hours, 1, at(1, 0)) == OpenStatus::closed);   // Sunday night: not listed
  CHECK(status(hours, 5, at(1, 0)) == OpenStatus::closed);   // Thursday night: not listed

  // Saturday night into Sunday wraps the week (weekday 6 -> 0).
  const OpeningHours saturday = weekly({{1u << 6, at(20, 0), at(4, 0)}});
  CHECK(status(saturday, 0, at(3, 59)) == OpenStatus::open);
  CHECK(status(saturday, 1, at(3, 59)) == OpenStatus::closed);
}

TEST_CASE("directory hours: several rules, any one open is open") {
  const OpeningHours hours = weekly({{kMonToFri, at(9, 0), at(12, 0)}, {kMonToFri, at(14, 0), at(18, 0)}});
  CHECK(status(hours, 2, at(11, 0)) == OpenStatus::open);
  CHECK(status(hours, 2, at(13, 0)) == OpenStatus::closed);
  CHECK(status(hours, 2, at(15, 0)) == OpenStatus::open);
}

TEST_CASE("directory hours: an impossible local time is unknown, not a guess") {
  const OpeningHours hours = weekly({{kEveryDay, 0, 1440}});
  CHECK(status(hours, 7, 0) == OpenStatus::unknown);
  CHECK(status(hours, -1, 0) == OpenStatus::unknown);
  CHECK(status(hours, 1, 1440) == OpenStatus::unknown);
  CHECK(status(hours, 1, -5) == OpenStatus::unknown);
}
