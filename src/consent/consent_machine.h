#pragma once
#include "consent/consent_config.h"
#include "consent/consent_vocabulary.h"

namespace helpbridge::consent {

// The consent dialog: decides what the person sees after each assessed message
// and what the host does with it, and follows the person's choices. It never
// blocks for good, never offers on every message, and keeps the person's choice.
//
// The transitions are one table (state x event -> handler, in consent_machine.cpp).
// Rules, counted in assessed messages:
//  - support: a banner, unless snoozed ("not now") or a banner was shown within
//    support_cooldown_messages.
//  - urgent: the dialog, holding the message. Within urgent_cooldown_messages of a
//    "continue", a repeat urgent gets a banner instead; a rise to urgent (the
//    previous assessed message was not urgent) always gets the dialog. Snooze and
//    the support cool-down never silence an urgent message.
//  - a new message replaces the offer on screen; a message still held by the
//    dialog is then cancelled (the person wrote something else instead).
//  - an event that makes no sense now changes nothing and comes back ignored.
class ConsentMachine {
 public:
  // Stored counters longer than the config's are shortened to it, so that a
  // config change applies to returning sessions too.
  explicit ConsentMachine(const ConsentConfig& config, const PersistedConsent& persisted = {});

  Effect handle(const Event& event);

  State state() const { return state_; }
  const PersistedConsent& persisted() const { return persisted_; }
  bool sensitivity_lowered() const { return persisted_.sensitivity_lowered; }

 private:
  using Handler = Effect (ConsentMachine::*)(const Event&);
  static const Handler kTransitions[kStateCount][kEventTypeCount];

  Effect assess(const Event& event);
  Effect stay(const Event& event);
  Effect continue_with_message(const Event& event);
  Effect go_back_to_edit(const Event& event);
  Effect help_someone_else(const Event& event);
  Effect snooze(const Event& event);
  Effect close(const Event& event);
  Effect ignore(const Event& event);

  Effect effect(HostAction host) const;
  HostAction release_held() const;
  void offer(State state, MaybeCategory category);

  ConsentConfig config_;
  PersistedConsent persisted_;
  // In memory only (derived from the person's words; never persisted).
  State state_ = State::kIdle;
  MaybeCategory category_;
  bool previous_was_urgent_ = false;  // unknown after a reload: the next urgent counts as a rise
};

}  // namespace helpbridge::consent
