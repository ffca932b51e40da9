#include "consent/consent_machine.h"

#include <algorithm>
#include <stdexcept>

namespace helpbridge::consent {

namespace {

void count_down(uint32_t& messages) {
  if (messages > 0) --messages;
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

}  // namespace

using M = ConsentMachine;

// Rows: the state now. Columns: the event, in EventType order.
//                          assessed    contact     continue                   go_back              someone_else           not_now     dismiss
const M::Handler M::kTransitions[kStateCount][kEventTypeCount] = {
    /* idle             */ {&M::assess, &M::ignore, &M::ignore,                &M::ignore,          &M::ignore,            &M::ignore, &M::ignore},
    /* offering_support */ {&M::assess, &M::stay,   &M::ignore,                &M::close,           &M::help_someone_else, &M::snooze, &M::close},
    /* offering_urgent  */ {&M::assess, &M::stay,   &M::continue_with_message, &M::go_back_to_edit, &M::help_someone_else, &M::snooze, &M::ignore},
    /* someone_else     */ {&M::assess, &M::stay,   &M::ignore,                &M::close,           &M::ignore,            &M::ignore, &M::close},
};
// Why some cells are what they are:
//  - go_back on a view that holds nothing (banner, someone-else resources) closes it:
//    Escape sends go_back, and there is no message left to take back.
//  - dismiss on the dialog is ignored: the dialog ends with a choice (Escape = go_back).
//  - someone_else and not_now release a held message ("proceed"): the person has
//    said what the message is, or that they want to go on.

ConsentMachine::ConsentMachine(const ConsentConfig& config, const PersistedConsent& persisted)
    : config_(config), persisted_(persisted) {
  if (config.support_cooldown_messages > kMaxMessageCount || config.urgent_cooldown_messages > kMaxMessageCount ||
      config.not_now_messages > kMaxMessageCount) {
    throw std::invalid_argument("consent config: a message count is above the limit");
  }
  persisted_.support_cooldown_left = std::min(persisted_.support_cooldown_left, config.support_cooldown_messages);
  persisted_.urgent_cooldown_left = std::min(persisted_.urgent_cooldown_left, config.urgent_cooldown_messages);
  persisted_.snooze_left = std::min(persisted_.snooze_left, config.not_now_messages);
}

Effect ConsentMachine::handle(const Event& event) {
  const auto row = static_cast<std::size_t>(state_);
  const auto column = static_cast<std::size_t>(event.type);
  if (row >= kStateCount || column >= kEventTypeCount) return ignore(event);
  return (this->*kTransitions[row][column])(event);
}

Effect ConsentMachine::assess(const Event& event) {
  // The person wrote something else while the dialog held a message: that one is dropped.
  const HostAction host = state_ == State::kOfferingUrgent ? HostAction::kCancel : HostAction::kNone;

  // The counters count this message, then the rules read what they were before it.
  const bool snoozed = persisted_.snooze_left > 0;
  const bool support_cooling = persisted_.support_cooldown_left > 0;
  const bool urgent_cooling = persisted_.urgent_cooldown_left > 0;
  const bool rose_to_urgent = !previous_was_urgent_;
  count_down(persisted_.snooze_left);
  count_down(persisted_.support_cooldown_left);
  count_down(persisted_.urgent_cooldown_left);
  previous_was_urgent_ = event.level == Level::kUrgent;

  State next = State::kIdle;
  if (event.level == Level::kUrgent) {
    next = urgent_cooling && !rose_to_urgent ? State::kOfferingSupport : State::kOfferingUrgent;
  } else if (event.level == Level::kSupport) {
    next = snoozed || support_cooling ? State::kIdle : State::kOfferingSupport;
  }
  offer(next, event.category);
  if (next == State::kOfferingSupport) persisted_.support_cooldown_left = config_.support_cooldown_messages;
  return effect(host);
}

Effect ConsentMachine::stay(const Event&) { return effect(HostAction::kNone); }

Effect ConsentMachine::continue_with_message(const Event&) {
  persisted_.urgent_cooldown_left = config_.urgent_cooldown_messages;
  offer(State::kIdle, std::nullopt);
  return effect(HostAction::kProceed);
}

Effect ConsentMachine::go_back_to_edit(const Event&) {
  offer(State::kIdle, std::nullopt);
  return effect(HostAction::kCancel);
}

Effect ConsentMachine::help_someone_else(const Event&) {
  const HostAction host = release_held();
  persisted_.sensitivity_lowered = true;
  offer(State::kSomeoneElse, category_);
  return effect(host);
}

Effect ConsentMachine::snooze(const Event&) {
  const HostAction host = release_held();
  persisted_.snooze_left = config_.not_now_messages;
  offer(State::kIdle, std::nullopt);
  return effect(host);
}

Effect ConsentMachine::close(const Event&) {
  offer(State::kIdle, std::nullopt);
  return effect(HostAction::kNone);
}

Effect ConsentMachine::ignore(const Event&) {
  Effect unchanged = effect(HostAction::kNone);
  unchanged.ignored = true;
  return unchanged;
}

Effect ConsentMachine::effect(HostAction host) const {
  Effect out;
  out.state = state_;
  out.show = shown_in(state_);
  out.hold = state_ == State::kOfferingUrgent;
  out.host = host;
  out.category = category_;
  return out;
}

HostAction ConsentMachine::release_held() const {
  return state_ == State::kOfferingUrgent ? HostAction::kProceed : HostAction::kNone;
}

void ConsentMachine::offer(State state, MaybeCategory category) {
  state_ = state;
  category_ = state == State::kIdle ? std::nullopt : category;
}

}  // namespace helpbridge::consent
