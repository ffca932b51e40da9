// libFuzzer target: the consent dialog through its C API.
//
// Input: one JSON text per line. The first line is the persisted state blob
// (an empty line: a fresh session); each further line is an event; an empty
// event line is a page reload (the session is created again from the state the
// host would have persisted). The config is the shipped locales/consent.json.
//
// Checked after every call:
//  - statuses are the documented ones; a refused event changes nothing (same
//    state blob after it) and leaves effect_json unset;
//  - an effect has exactly the documented fields and values; show follows the
//    state; only the dialog holds a message (hold in offering_urgent only);
//    nothing is offered without a state, and an ignored event changes nothing;
//  - every held message gets exactly one decision: host is proceed or cancel
//    only when a message was held, and a message stops being held only with one;
//  - the state blob has exactly the five documented keys, stays within the
//    config's counts, names no category or level (nothing derived from the
//    person's words), and loads again into an equal session.
#include "fuzz_support.h"

#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace {

using nlohmann::json;

const std::string& config() {
  static const std::string text = fuzz_support::repo_file("locales/consent.json");
  return text;
}

const json& config_json() {
  static const json parsed = json::parse(config());
  return parsed;
}

json take(char* text) {
  FUZZ_CHECK(text != nullptr, "HB_OK without a result");
  json value = json::parse(text, nullptr, false);
  hb_free(text);
  FUZZ_CHECK(!value.is_discarded(), "a result is not valid JSON");
  return value;
}

std::string state_of(hb_consent* consent) {
  char* text = nullptr;
  FUZZ_CHECK(hb_consent_state(consent, &text) == HB_OK, "hb_consent_state failed");
  const std::string blob = text;
  hb_free(text);
  return blob;
}

hb_consent* create(std::string_view state) {
  hb_consent* consent = fuzz_support::unset<hb_consent>();
  const hb_status status = hb_consent_create(config().data(), config().size(), state.empty() ? nullptr : state.data(),
                                             state.size(), &consent);
  if (status != HB_OK) {
    FUZZ_CHECK(status == HB_ERROR_INVALID_DATA, "create: an undocumented status");
    FUZZ_CHECK(consent == fuzz_support::unset<hb_consent>(), "create: a handle set on failure");
    return nullptr;
  }
  FUZZ_CHECK(consent != nullptr, "create: HB_OK without a handle");
  return consent;
}

void check_state(hb_consent* consent, const std::string& blob) {
  for (const char* word : {"suicid", "self_harm", "anxiety", "violent", "substance", "risk_taking", "category"}) {
    FUZZ_CHECK(blob.find(word) == std::string::npos, "the state blob names a category");
  }
  // Exactly the five keys, each a number or a flag: no room for a level or any text.
  const json state = json::parse(blob, nullptr, false);
  FUZZ_CHECK(state.is_object() && state.size() == 5, "the state blob does not have exactly five fields");
  for (const auto& item : state.items()) {
    FUZZ_CHECK(item.value().is_number_unsigned() || item.value().is_boolean(), "a state field that is not a count or flag");
  }
  FUZZ_CHECK(state.at("version") == 1, "the state blob's version is not 1");
  FUZZ_CHECK(state.at("sensitivity_lowered").is_boolean(), "sensitivity_lowered is not a boolean");
  FUZZ_CHECK(state.at("sensitivity_lowered").get<bool>() == (hb_consent_sensitivity_lowered(consent) == 1),
             "hb_consent_sensitivity_lowered disagrees with the blob");
  const auto within = [&](const char* counter, const char* limit) {
    const json& value = state.at(counter);
    FUZZ_CHECK(value.is_number_unsigned() && value.get<uint64_t>() <= config_json().at(limit).get<uint64_t>(),
               "a counter above the config's count");
  };
  within("support_cooldown_left", "support_cooldown_messages");
  within("urgent_cooldown_left", "urgent_cooldown_messages");
  within("snooze_left", "not_now_messages");
}

// A page reload: the session comes back from the blob the host persisted (the
// dialog itself is gone), and persists that same blob.
hb_consent* reload(hb_consent* consent, const std::string& blob) {
  hb_consent_destroy(consent);
  hb_consent* reloaded = create(blob);
  FUZZ_CHECK(reloaded != nullptr, "a state blob of this build does not load");
  FUZZ_CHECK(state_of(reloaded) == blob, "a reloaded session persists another state");
  return reloaded;
}

const char* shown_in(const std::string& state) {
  if (state == "idle") return "none";
  if (state == "offering_support") return "banner";
  if (state == "offering_urgent") return "dialog";
  FUZZ_CHECK(state == "someone_else", "an unknown state");
  return "someone_else";
}

const std::set<std::string>& category_names() {
  static const std::set<std::string> names{"suicidal_ideation", "self_harm", "anxiety_crisis", "violent_thoughts",
                                           "substance_abuse_or_withdrawal", "risk_taking_behaviours"};
  return names;
}

// Cool-downs and snoozes last at most a handful of messages (consent.json), so
// a few dozen events reach every state; longer inputs only slow the fuzzer.
constexpr std::size_t kMaxEvents = 32;

// What the harness knows of the session from the effects alone.
struct Model {
  std::string state = "idle";
  bool held = false;  // a message waits for the person's choice
};

void check_effect(const json& effect, const json& event, Model& model) {
  FUZZ_CHECK(effect.is_object() && effect.size() == 6, "an effect with other fields");
  const std::string state = effect.at("state").get<std::string>();
  FUZZ_CHECK(effect.at("show") == shown_in(state), "show does not follow the state");
  const bool hold = effect.at("hold").get<bool>();
  const bool ignored = effect.at("ignored").get<bool>();
  const json& host = effect.at("host");
  const json& category = effect.at("category");
  FUZZ_CHECK(host.is_null() || host == "proceed" || host == "cancel", "host is not null, proceed or cancel");
  FUZZ_CHECK(category.is_null() || (category.is_string() && category_names().count(category.get<std::string>())),
             "category is not null or a crisis category");
  FUZZ_CHECK(!hold || state == "offering_urgent", "a message held outside the dialog");
  FUZZ_CHECK(state != "idle" || category.is_null(), "a category while nothing is offered");

  const std::string type = event.at("type").get<std::string>();
  if (ignored) {
    FUZZ_CHECK(host.is_null(), "an ignored event decided a message");
    FUZZ_CHECK(state == model.state && hold == model.held, "an ignored event changed the session");
  }
  FUZZ_CHECK(host.is_null() || model.held, "a decision on a message that was not held");
  if (model.held && !ignored && (!hold || type == "assessed")) {
    FUZZ_CHECK(!host.is_null(), "a held message was let go without a decision");
  }
  if (type == "assessed") {
    FUZZ_CHECK(!ignored, "an assessed message was ignored");
    FUZZ_CHECK(event.at("level") != "none" || (state == "idle" && !hold), "level none offered something");
    FUZZ_CHECK(!model.held || host == "cancel", "a new message did not cancel the held one");
  }
  model.state = state;
  model.held = hold;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto lines = fuzz_support::split(data, size, '\n');
  hb_consent* consent = create(fuzz_support::part(lines, 0));
  if (consent == nullptr) return 0;
  std::string blob = state_of(consent);
  check_state(consent, blob);

  Model model;
  for (std::size_t i = 1; i < lines.size() && i <= kMaxEvents; ++i) {
    const std::string_view line = fuzz_support::part(lines, i);
    if (line.empty()) {
      consent = reload(consent, blob);
      model = Model();
      continue;
    }
    char* text = fuzz_support::unset<char>();
    const hb_status status = hb_consent_handle(consent, line.data(), line.size(), &text);
    if (status != HB_OK) {
      FUZZ_CHECK(status == HB_ERROR_INVALID_DATA, "handle: an undocumented status");
      FUZZ_CHECK(text == fuzz_support::unset<char>(), "handle: an effect set on failure");
      FUZZ_CHECK(state_of(consent) == blob, "a refused event changed the state");
      continue;
    }
    const json effect = take(text);
    check_effect(effect, json::parse(line), model);
    const std::string after = state_of(consent);
    if (after != blob) check_state(consent, after);
    blob = after;
  }
  hb_consent_destroy(reload(consent, blob));
  return 0;
}
