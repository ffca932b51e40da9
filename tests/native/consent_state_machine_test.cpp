// The consent machine as a domain object: every cell of the transition table,
// the cool-down, snooze and rise-to-urgent rules, ignored events, and the
// invariants a host relies on (each message gets exactly one outcome; nothing
// holds for good).
#include <doctest/doctest.h>

#include "consent/consent_machine.h"

#include <cstdint>
#include <optional>
#include <random>
#include <stdexcept>
#include <vector>

using namespace helpbridge::consent;

namespace {

constexpr ConsentConfig kConfig{/*support_cooldown=*/3, /*urgent_cooldown=*/2, /*not_now=*/5};

Event assessed(Level level, MaybeCategory category = Category::kSuicidalIdeation) {
  Event event;
  event.type = EventType::kAssessed;
  event.level = level;
  event.category = category;
  return event;
}

Event event_of(EventType type) {
  Event event;
  event.type = type;
  return event;
}

const Event kNone = assessed(Level::kNone, std::nullopt);
const Event kSupport = assessed(Level::kSupport, Category::kAnxietyCrisis);
const Event kUrgent = assessed(Level::kUrgent, Category::kSuicidalIdeation);
const Event kContact = event_of(EventType::kContact);
const Event kContinue = event_of(EventType::kContinue);
const Event kGoBack = event_of(EventType::kGoBack);
const Event kSomeoneElse = event_of(EventType::kSomeoneElse);
const Event kNotNow = event_of(EventType::kNotNow);
const Event kDismiss = event_of(EventType::kDismiss);

const EventType kAllEventTypes[] = {EventType::kAssessed, EventType::kContact,  EventType::kContinue,
                                    EventType::kGoBack,   EventType::kSomeoneElse, EventType::kNotNow,
                                    EventType::kDismiss};
const State kAllStates[] = {State::kIdle, State::kOfferingSupport, State::kOfferingUrgent, State::kSomeoneElse};

// A fresh machine brought to a state (someone_else through the urgent dialog, the
// path that also releases a held message; the support path is tested on its own).
ConsentMachine machine_in(State state, ConsentConfig config = kConfig) {
  ConsentMachine machine(config);
  if (state == State::kOfferingSupport) machine.handle(kSupport);
  if (state == State::kOfferingUrgent) machine.handle(kUrgent);
  if (state == State::kSomeoneElse) {
    machine.handle(kUrgent);
    machine.handle(kSomeoneElse);
  }
  REQUIRE(machine.state() == state);
  return machine;
}

Show shown_in(State state) {
  switch (state) {
    case State::kIdle: return Show::kNone;
    case State::kOfferingSupport: return Show::kBanner;
    case State::kOfferingUrgent: return Show::kDialog;
    case State::kSomeoneElse: return Show::kSomeoneElse;
  }
  return Show::kNone;
}

// The effect is internally consistent: show and hold follow the state.
void check_consistent(const Effect& effect) {
  CHECK(effect.show == shown_in(effect.state));
  CHECK(effect.hold == (effect.state == State::kOfferingUrgent));
  if (effect.state == State::kIdle) CHECK_FALSE(effect.category.has_value());
}

}  // namespace

TEST_CASE("consent: a fresh machine is idle and lowers nothing") {
  ConsentMachine machine(kConfig);
  CHECK(machine.state() == State::kIdle);
  CHECK_FALSE(machine.sensitivity_lowered());
  CHECK(machine.persisted() == PersistedConsent{});
}

TEST_CASE("consent: every cell of the transition table (non-assessed events)") {
  struct Cell {
    State from;
    EventType event;
    State to;
    HostAction host;
    bool ignored;
  };
  // The specification, restated independently of the implementation's table.
  const Cell cells[] = {
      {State::kIdle, EventType::kContact, State::kIdle, HostAction::kNone, true},
      {State::kIdle, EventType::kContinue, State::kIdle, HostAction::kNone, true},
      {State::kIdle, EventType::kGoBack, State::kIdle, HostAction::kNone, true},
      {State::kIdle, EventType::kSomeoneElse, State::kIdle, HostAction::kNone, true},
      {State::kIdle, EventType::kNotNow, State::kIdle, HostAction::kNone, true},
      {State::kIdle, EventType::kDismiss, State::kIdle, HostAction::kNone, true},

      {State::kOfferingSupport, EventType::kContact, State::kOfferingSupport, HostAction::kNone, false},
      {State::kOfferingSupport, EventType::kContinue, State::kOfferingSupport, HostAction::kNone, true},
      {State::kOfferingSupport, EventType::kGoBack, State::kIdle, HostAction::kNone, false},
      {State::kOfferingSupport, EventType::kSomeoneElse, State::kSomeoneElse, HostAction::kNone, false},
      {State::kOfferingSupport, EventType::kNotNow, State::kIdle, HostAction::kNone, false},
      {State::kOfferingSupport, EventType::kDismiss, State::kIdle, HostAction::kNone, false},

      {State::kOfferingUrgent, EventType::kContact, State::kOfferingUrgent, HostAction::kNone, false},
      {State::kOfferingUrgent, EventType::kContinue, State::kIdle, HostAction::kProceed, false},
      {State::kOfferingUrgent, EventType::kGoBack, State::kIdle, HostAction::kCancel, false},
      {State::kOfferingUrgent, EventType::kSomeoneElse, State::kSomeoneElse, HostAction::kProceed, false},
      {State::kOfferingUrgent, EventType::kNotNow, State::kIdle, HostAction::kProceed, false},
      {State::kOfferingUrgent, EventType::kDismiss, State::kOfferingUrgent, HostAction::kNone, true},

      {State::kSomeoneElse, EventType::kContact, State::kSomeoneElse, HostAction::kNone, false},
      {State::kSomeoneElse, EventType::kContinue, State::kSomeoneElse, HostAction::kNone, true},
      {State::kSomeoneElse, EventType::kGoBack, State::kIdle, HostAction::kNone, false},
      {State::kSomeoneElse, EventType::kSomeoneElse, State::kSomeoneElse, HostAction::kNone, true},
      {State::kSomeoneElse, EventType::kNotNow, State::kSomeoneElse, HostAction::kNone, true},
      {State::kSomeoneElse, EventType::kDismiss, State::kIdle, HostAction::kNone, false},
  };
  CHECK(std::size(cells) == 4 * 6);
  for (const Cell& cell : cells) {
    CAPTURE(static_cast<int>(cell.from));
    CAPTURE(static_cast<int>(cell.event));
    ConsentMachine machine = machine_in(cell.from);
    const PersistedConsent before = machine.persisted();
    const Effect effect = machine.handle(event_of(cell.event));
    CHECK(effect.state == cell.to);
    CHECK(machine.state() == cell.to);
    CHECK(effect.host == cell.host);
    CHECK(effect.ignored == cell.ignored);
    check_consistent(effect);
    if (cell.ignored) CHECK(machine.persisted() == before);
  }
}

TEST_CASE("consent: assessed from every state, at every level (fresh counters)") {
  for (State from : kAllStates) {
    CAPTURE(static_cast<int>(from));
    const HostAction replaced = from == State::kOfferingUrgent ? HostAction::kCancel : HostAction::kNone;
    SUBCASE("none") {
      ConsentMachine machine = machine_in(from);
      const Effect effect = machine.handle(kNone);
      CHECK(effect.state == State::kIdle);
      CHECK(effect.host == replaced);
      CHECK_FALSE(effect.ignored);
      check_consistent(effect);
    }
    SUBCASE("support") {
      // No banner was shown on the way here (the path to support just showed one).
      ConsentMachine machine = machine_in(from, ConsentConfig{0, 2, 5});
      const Effect effect = machine.handle(kSupport);
      CHECK(effect.state == State::kOfferingSupport);
      CHECK(effect.category == Category::kAnxietyCrisis);
      CHECK(effect.host == replaced);
      check_consistent(effect);
    }
    SUBCASE("urgent") {
      ConsentMachine machine = machine_in(from);
      const Effect effect = machine.handle(assessed(Level::kUrgent, Category::kSelfHarm));
      CHECK(effect.state == State::kOfferingUrgent);
      CHECK(effect.hold);
      CHECK(effect.category == Category::kSelfHarm);
      CHECK(effect.host == replaced);
      check_consistent(effect);
    }
  }
}

TEST_CASE("consent: someone_else from the support banner") {
  ConsentMachine machine = machine_in(State::kOfferingSupport);
  const Effect effect = machine.handle(kSomeoneElse);
  CHECK(effect.state == State::kSomeoneElse);
  CHECK(effect.show == Show::kSomeoneElse);
  CHECK(effect.host == HostAction::kNone);  // the message was already sent
  CHECK_FALSE(effect.hold);
  CHECK(effect.category == Category::kAnxietyCrisis);  // the how-to-help resources for this category
  CHECK(machine.sensitivity_lowered());
}

TEST_CASE("consent: someone_else releases the held message and lowers the sensitivity for good") {
  ConsentMachine machine(kConfig);
  machine.handle(kUrgent);
  const Effect effect = machine.handle(kSomeoneElse);
  CHECK(effect.host == HostAction::kProceed);
  CHECK_FALSE(effect.hold);
  CHECK(effect.category == Category::kSuicidalIdeation);
  CHECK(machine.sensitivity_lowered());
  CHECK(machine.persisted().sensitivity_lowered);
  // Nothing in the session turns it back.
  for (const Event& event : {kNone, kUrgent, kContinue, kSupport, kNotNow, kDismiss, kGoBack}) machine.handle(event);
  CHECK(machine.sensitivity_lowered());
}

TEST_CASE("consent: the support banner cool-down") {
  ConsentMachine machine(kConfig);  // 3 messages
  CHECK(machine.handle(kSupport).show == Show::kBanner);
  for (int i = 0; i < 3; ++i) {
    const Effect effect = machine.handle(kSupport);
    CHECK(effect.show == Show::kNone);
    CHECK(effect.state == State::kIdle);
    CHECK_FALSE(effect.category.has_value());
    CHECK_FALSE(effect.hold);
  }
  CHECK(machine.handle(kSupport).show == Show::kBanner);

  SUBCASE("messages of any level count") {
    machine.handle(kNone);
    machine.handle(kNone);
    machine.handle(kNone);
    CHECK(machine.handle(kSupport).show == Show::kBanner);
  }
  SUBCASE("dismissing does not shorten it") {
    machine.handle(kDismiss);
    CHECK(machine.handle(kSupport).show == Show::kNone);
  }
  SUBCASE("the urgent dialog is never silenced by it") {
    CHECK(machine.handle(kUrgent).show == Show::kDialog);
  }
}

TEST_CASE("consent: a support cool-down of 0 shows the banner on every support message") {
  ConsentMachine machine(ConsentConfig{0, 0, 0});
  for (int i = 0; i < 5; ++i) CHECK(machine.handle(kSupport).show == Show::kBanner);
}

TEST_CASE("consent: never nags — over a long distressed conversation banners stay rare") {
  ConsentMachine machine(kConfig);
  int banners = 0;
  for (int i = 0; i < 100; ++i) banners += machine.handle(kSupport).show == Show::kBanner;
  CHECK(banners == 25);  // one in every support_cooldown + 1 messages
}

TEST_CASE("consent: not now snoozes support offers, never urgent ones") {
  SUBCASE("from the banner and from the dialog") {
    for (bool from_dialog : {false, true}) {
      CAPTURE(from_dialog);
      ConsentMachine machine(ConsentConfig{0, 2, 5});
      machine.handle(from_dialog ? kUrgent : kSupport);
      const Effect snoozed = machine.handle(kNotNow);
      CHECK(snoozed.state == State::kIdle);
      CHECK(snoozed.host == (from_dialog ? HostAction::kProceed : HostAction::kNone));
      CHECK(machine.persisted().snooze_left == 5);
      for (int i = 0; i < 5; ++i) CHECK(machine.handle(kSupport).show == Show::kNone);
      CHECK(machine.handle(kSupport).show == Show::kBanner);
    }
  }
  SUBCASE("an urgent message during the snooze still opens the dialog") {
    ConsentMachine machine(kConfig);
    machine.handle(kUrgent);
    machine.handle(kNotNow);
    const Effect effect = machine.handle(kUrgent);  // previous was urgent, yet no urgent cool-down
    CHECK(effect.show == Show::kDialog);
    CHECK(effect.hold);
    machine.handle(kContinue);
    CHECK(machine.handle(kSupport).show == Show::kNone);  // the snooze is still running
  }
  SUBCASE("not now does not start the urgent cool-down") {
    ConsentMachine machine(kConfig);
    machine.handle(kUrgent);
    machine.handle(kNotNow);
    CHECK(machine.persisted().urgent_cooldown_left == 0);
  }
}

TEST_CASE("consent: after continue, repeat urgent messages get the banner for a while") {
  ConsentMachine machine(kConfig);  // urgent cool-down 2
  CHECK(machine.handle(kUrgent).show == Show::kDialog);
  CHECK(machine.handle(kContinue).host == HostAction::kProceed);
  CHECK(machine.persisted().urgent_cooldown_left == 2);

  Effect effect = machine.handle(assessed(Level::kUrgent, Category::kSelfHarm));
  CHECK(effect.state == State::kOfferingSupport);
  CHECK(effect.show == Show::kBanner);
  CHECK_FALSE(effect.hold);
  CHECK(effect.category == Category::kSelfHarm);

  // The second one is shown although a banner was just shown: an urgent message
  // always gets at least the banner.
  effect = machine.handle(kUrgent);
  CHECK(effect.show == Show::kBanner);
  CHECK_FALSE(effect.hold);

  effect = machine.handle(kUrgent);  // the cool-down has run out
  CHECK(effect.show == Show::kDialog);
  CHECK(effect.hold);
}

TEST_CASE("consent: a rise to urgent always opens the dialog") {
  SUBCASE("within the urgent cool-down") {
    for (const Event& between : {kNone, kSupport}) {
      ConsentMachine machine(kConfig);
      machine.handle(kUrgent);
      machine.handle(kContinue);
      machine.handle(between);                         // the level fell...
      const Effect effect = machine.handle(kUrgent);  // ...and rose again, within the cool-down
      CHECK(effect.show == Show::kDialog);
      CHECK(effect.hold);
    }
  }
  SUBCASE("a rise during the snooze too") {
    ConsentMachine machine(kConfig);
    machine.handle(kSupport);
    machine.handle(kNotNow);
    CHECK(machine.handle(kUrgent).show == Show::kDialog);
  }
}

TEST_CASE("consent: a repeat urgent after go back is the dialog again (no cool-down was chosen)") {
  ConsentMachine machine(kConfig);
  machine.handle(kUrgent);
  CHECK(machine.handle(kGoBack).host == HostAction::kCancel);
  CHECK(machine.persisted().urgent_cooldown_left == 0);
  CHECK(machine.handle(kUrgent).show == Show::kDialog);
}

TEST_CASE("consent: a downgraded urgent banner starts the support cool-down") {
  ConsentMachine machine(kConfig);
  machine.handle(kUrgent);
  machine.handle(kContinue);
  CHECK(machine.handle(kUrgent).show == Show::kBanner);
  CHECK(machine.persisted().support_cooldown_left == 3);
  CHECK(machine.handle(kSupport).show == Show::kNone);
}

TEST_CASE("consent: a new message replaces an unanswered dialog; the held one is cancelled") {
  SUBCASE("by an urgent one: cancel the old, hold the new") {
    ConsentMachine machine(kConfig);
    machine.handle(kUrgent);
    const Effect effect = machine.handle(assessed(Level::kUrgent, Category::kViolentThoughts));
    CHECK(effect.host == HostAction::kCancel);
    CHECK(effect.hold);
    CHECK(effect.category == Category::kViolentThoughts);
  }
  SUBCASE("by a support one: cancel the old, send the new with a banner") {
    ConsentMachine machine(kConfig);
    machine.handle(kUrgent);
    const Effect effect = machine.handle(kSupport);
    CHECK(effect.host == HostAction::kCancel);
    CHECK(effect.show == Show::kBanner);
    CHECK_FALSE(effect.hold);
  }
  SUBCASE("by a harmless one: cancel the old, send the new") {
    ConsentMachine machine(kConfig);
    machine.handle(kUrgent);
    const Effect effect = machine.handle(kNone);
    CHECK(effect.host == HostAction::kCancel);
    CHECK(effect.state == State::kIdle);
    CHECK_FALSE(effect.hold);
  }
  SUBCASE("a banner is replaced without any host decision (its message was sent)") {
    ConsentMachine machine(kConfig);
    machine.handle(kSupport);
    const Effect effect = machine.handle(kUrgent);
    CHECK(effect.host == HostAction::kNone);
    CHECK(effect.show == Show::kDialog);
  }
}

TEST_CASE("consent: ignored events change nothing") {
  SUBCASE("a double click on continue") {
    ConsentMachine machine(kConfig);
    machine.handle(kUrgent);
    CHECK(machine.handle(kContinue).host == HostAction::kProceed);
    const PersistedConsent after_first = machine.persisted();
    const Effect second = machine.handle(kContinue);
    CHECK(second.ignored);
    CHECK(second.host == HostAction::kNone);
    CHECK(second.state == State::kIdle);
    CHECK(machine.persisted() == after_first);
  }
  SUBCASE("a late continue after the dialog was answered and a banner came up") {
    ConsentMachine machine(ConsentConfig{0, 0, 0});
    machine.handle(kUrgent);
    machine.handle(kContinue);
    machine.handle(kSupport);
    const Effect late = machine.handle(kContinue);
    CHECK(late.ignored);
    CHECK(late.state == State::kOfferingSupport);
    CHECK(late.show == Show::kBanner);
    CHECK(late.category == Category::kAnxietyCrisis);
  }
  SUBCASE("dismiss on the dialog keeps it open and the message held") {
    ConsentMachine machine(kConfig);
    machine.handle(kUrgent);
    const Effect effect = machine.handle(kDismiss);
    CHECK(effect.ignored);
    CHECK(effect.hold);
    CHECK(effect.show == Show::kDialog);
    CHECK(effect.category == Category::kSuicidalIdeation);
    CHECK(machine.handle(kContinue).host == HostAction::kProceed);
  }
  SUBCASE("a double not now does not restart the snooze") {
    ConsentMachine machine(kConfig);
    machine.handle(kSupport);
    machine.handle(kNotNow);
    machine.handle(kNone);
    CHECK(machine.persisted().snooze_left == 4);
    CHECK(machine.handle(kNotNow).ignored);
    CHECK(machine.persisted().snooze_left == 4);
  }
}

TEST_CASE("consent: contact keeps the offer open") {
  for (State from : {State::kOfferingSupport, State::kOfferingUrgent, State::kSomeoneElse}) {
    ConsentMachine machine = machine_in(from);
    const PersistedConsent before = machine.persisted();
    for (int i = 0; i < 3; ++i) {
      const Effect effect = machine.handle(kContact);
      CHECK(effect.state == from);
      CHECK_FALSE(effect.ignored);
      CHECK(effect.host == HostAction::kNone);
    }
    CHECK(machine.persisted() == before);
  }
}

TEST_CASE("consent: categories follow the offer") {
  ConsentMachine machine(ConsentConfig{0, 0, 0});
  CHECK_FALSE(machine.handle(assessed(Level::kNone, Category::kSelfHarm)).category.has_value());
  const Effect uncategorised = machine.handle(assessed(Level::kSupport, std::nullopt));
  CHECK(uncategorised.show == Show::kBanner);  // general helplines
  CHECK_FALSE(uncategorised.category.has_value());
  CHECK(machine.handle(assessed(Level::kSupport, Category::kRiskTakingBehaviours)).category ==
        Category::kRiskTakingBehaviours);
  CHECK_FALSE(machine.handle(kDismiss).category.has_value());
}

TEST_CASE("consent: config limits and stored counters") {
  CHECK_THROWS_AS(ConsentMachine(ConsentConfig{kMaxMessageCount + 1, 0, 0}), std::invalid_argument);
  CHECK_THROWS_AS(ConsentMachine(ConsentConfig{0, kMaxMessageCount + 1, 0}), std::invalid_argument);
  CHECK_THROWS_AS(ConsentMachine(ConsentConfig{0, 0, kMaxMessageCount + 1}), std::invalid_argument);
  CHECK_NOTHROW(ConsentMachine(ConsentConfig{kMaxMessageCount, kMaxMessageCount, kMaxMessageCount}));

  // A stored counter longer than the current config is shortened to it.
  PersistedConsent stored;
  stored.support_cooldown_left = 50;
  stored.urgent_cooldown_left = 50;
  stored.snooze_left = 50;
  const ConsentMachine machine(kConfig, stored);
  CHECK(machine.persisted().support_cooldown_left == 3);
  CHECK(machine.persisted().urgent_cooldown_left == 2);
  CHECK(machine.persisted().snooze_left == 5);
}

TEST_CASE("consent: a restored machine behaves like the one it was saved from") {
  // Saved while idle after a non-urgent message: everything that matters is in the counters.
  const std::vector<Event> before = {kUrgent, kContinue, kSupport, kUrgent,  kSomeoneElse, kNone,
                                     kNone,   kSupport,  kNotNow,  kUrgent, kContinue,    kNone};
  const std::vector<Event> after = {kSupport, kSupport, kUrgent,  kContinue, kUrgent,  kUrgent,  kUrgent, kContinue,
                                    kUrgent,  kSupport, kSupport, kSupport,  kSupport, kSupport, kUrgent};
  ConsentMachine original(kConfig);
  for (const Event& event : before) original.handle(event);
  REQUIRE(original.state() == State::kIdle);
  // Every counter is running, so the comparison below exercises all of them.
  CHECK(original.persisted().support_cooldown_left > 0);
  CHECK(original.persisted().urgent_cooldown_left > 0);
  CHECK(original.persisted().snooze_left > 0);
  ConsentMachine restored(kConfig, original.persisted());
  CHECK(restored.persisted() == original.persisted());
  CHECK(restored.sensitivity_lowered());
  for (const Event& event : after) {
    const Effect a = original.handle(event);
    const Effect b = restored.handle(event);
    CHECK(a.state == b.state);
    CHECK(a.show == b.show);
    CHECK(a.hold == b.hold);
    CHECK(a.host == b.host);
    CHECK(a.category == b.category);
    CHECK(a.ignored == b.ignored);
    CHECK(original.persisted() == restored.persisted());
  }
}

TEST_CASE("consent: after a reload the first urgent message counts as a rise") {
  // The previous level is not persisted (it is derived from the person's words),
  // so a restored session errs on the side of showing the dialog.
  ConsentMachine original(kConfig);
  original.handle(kUrgent);
  original.handle(kContinue);
  original.handle(kUrgent);  // banner (cool-down)
  ConsentMachine restored(kConfig, original.persisted());
  CHECK(original.handle(kUrgent).show == Show::kBanner);
  CHECK(restored.handle(kUrgent).show == Show::kDialog);
}

TEST_CASE("consent: every message gets exactly one outcome and nothing holds for good (random walk)") {
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    const ConsentConfig config{static_cast<uint32_t>(random() % 4), static_cast<uint32_t>(random() % 4),
                               static_cast<uint32_t>(random() % 7)};
    ConsentMachine machine(config);
    bool waiting = false;  // the host holds a message
    int outcomes = 0;
    int messages = 0;
    for (int step = 0; step < 2000; ++step) {
      Event event;
      if (random() % 2 == 0) {
        const Level levels[] = {Level::kNone, Level::kSupport, Level::kUrgent};
        const Level level = levels[random() % 3];  // drawn in a fixed order on every compiler
        event = assessed(level, static_cast<Category>(1 + random() % 6));
      } else {
        event = event_of(kAllEventTypes[1 + random() % 6]);
      }
      const Effect effect = machine.handle(event);
      check_consistent(effect);
      CHECK(effect.state == machine.state());
      if (effect.host != HostAction::kNone) {
        REQUIRE(waiting);  // a decision only ever answers a held message
        waiting = false;
        ++outcomes;
      }
      if (effect.ignored) CHECK(effect.host == HostAction::kNone);
      if (event.type == EventType::kAssessed) {
        REQUIRE_FALSE(waiting);  // the previous held message was decided by this effect
        ++messages;
        if (!effect.hold) ++outcomes;  // sent at once
      }
      waiting = effect.hold;
      const PersistedConsent& persisted = machine.persisted();
      CHECK(persisted.support_cooldown_left <= config.support_cooldown_messages);
      CHECK(persisted.urgent_cooldown_left <= config.urgent_cooldown_messages);
      CHECK(persisted.snooze_left <= config.not_now_messages);
    }
    CHECK(outcomes + (waiting ? 1 : 0) == messages);
    // Whatever happened, the person can always get out: continue or go back.
    ConsentMachine copy = machine;
    CHECK_FALSE(machine.handle(kContinue).hold);
    CHECK_FALSE(copy.handle(kGoBack).hold);
  }
}
