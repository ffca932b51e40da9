// The consent machine's JSON edge: names, events, effects, the persisted blob.
#include <doctest/doctest.h>

#include "consent/consent_json.h"

#include <nlohmann/json.hpp>

#include <string>

using namespace helpbridge::consent;

TEST_CASE("consent json: every name reads back as its value") {
  for (Level level : {Level::kNone, Level::kSupport, Level::kUrgent}) CHECK(level_named(name_of(level)) == level);
  for (std::size_t i = 1; i < helpbridge::kCategoryCount; ++i) {  // 0 is no_crisis: null here
    const auto category = static_cast<Category>(i);
    CHECK(category_named(name_of(category)) == category);
  }
  CHECK_FALSE(level_named("URGENT").has_value());
  CHECK_FALSE(level_named("").has_value());
  CHECK_FALSE(category_named("no_crisis").has_value());  // "no crisis" is null
  CHECK_FALSE(category_named(std::string_view("self_harm\0x", 11)).has_value());
  CHECK(std::string(name_of(State::kOfferingUrgent)) == "offering_urgent");
  CHECK(std::string(name_of(EventType::kGoBack)) == "go_back");
  CHECK(std::string(name_of(Show::kSomeoneElse)) == "someone_else");
}

TEST_CASE("consent json: events") {
  Event event = event_from_json(R"({"type":"assessed","level":"urgent","category":"self_harm"})");
  CHECK(event.type == EventType::kAssessed);
  CHECK(event.level == Level::kUrgent);
  CHECK(event.category == Category::kSelfHarm);

  event = event_from_json(R"({"type":"assessed","level":"support","category":null})");
  CHECK(event.level == Level::kSupport);
  CHECK_FALSE(event.category.has_value());

  event = event_from_json(R"({"type":"assessed","level":"support"})");  // category may be left out
  CHECK_FALSE(event.category.has_value());

  event = event_from_json(R"({"type":"assessed","level":"none","category":"anxiety_crisis"})");
  CHECK(event.level == Level::kNone);
  CHECK_FALSE(event.category.has_value());  // nothing is offered at level none

  CHECK(event_from_json(R"({"type":"contact","service":"samaritans","channel":"call"})").type == EventType::kContact);
  for (const char* channel : {"call", "text", "chat", "whatsapp", "website"}) {
    const std::string json = std::string(R"({"type":"contact","service":"x","channel":")") + channel + "\"}";
    CHECK(event_from_json(json).type == EventType::kContact);
  }
  CHECK(event_from_json(R"({"type":"continue"})").type == EventType::kContinue);
  CHECK(event_from_json(R"({"type":"go_back"})").type == EventType::kGoBack);
  CHECK(event_from_json(R"({"type":"someone_else"})").type == EventType::kSomeoneElse);
  CHECK(event_from_json(R"({"type":"not_now"})").type == EventType::kNotNow);
  CHECK(event_from_json(R"({"type":"dismiss"})").type == EventType::kDismiss);
  // Extra keys are tolerated (a newer host may send more).
  CHECK(event_from_json(R"({"type":"dismiss","at":12345,"source":{"button":1}})").type == EventType::kDismiss);
}

TEST_CASE("consent json: errors name the rule, never echo the value") {
  const char* secret = "my private words";
  const std::string events[] = {
      std::string(R"({"type":"assessed","level":"urgent","category":")") + secret + "\"}",
      std::string(R"({"type":"assessed","level":")") + secret + "\"}",
      std::string(R"({"type":")") + secret + "\"}",
  };
  for (const std::string& json : events) {
    try {
      event_from_json(json);
      FAIL("accepted: " << json);
    } catch (const InvalidConsentData& e) {
      const std::string message = e.what();
      CHECK(message.find("consent event") != std::string::npos);
      CHECK(message.find(secret) == std::string::npos);
    }
  }
  try {
    persisted_from_json(R"({"version":1,"support_cooldown_left":0,"urgent_cooldown_left":0,"snooze_left":0,)"
                        R"("sensitivity_lowered":false,"my private words":1})");
    FAIL("accepted an unknown key");
  } catch (const InvalidConsentData& e) {
    CHECK(std::string(e.what()).find(secret) == std::string::npos);
    CHECK(std::string(e.what()).find("unknown key") != std::string::npos);
  }
}

TEST_CASE("consent json: the effect has exactly the documented fields") {
  Effect effect;
  effect.state = State::kOfferingUrgent;
  effect.show = Show::kDialog;
  effect.hold = true;
  effect.host = HostAction::kCancel;
  effect.category = Category::kSubstanceAbuseOrWithdrawal;
  CHECK(effect_to_json(effect) ==
        R"({"state":"offering_urgent","show":"dialog","hold":true,"host":"cancel",)"
        R"("category":"substance_abuse_or_withdrawal","ignored":false})");
  Effect idle;
  idle.ignored = true;
  idle.host = HostAction::kProceed;
  CHECK(effect_to_json(idle) ==
        R"({"state":"idle","show":"none","hold":false,"host":"proceed","category":null,"ignored":true})");
  idle.host = HostAction::kNone;
  CHECK(nlohmann::json::parse(effect_to_json(idle))["host"].is_null());
}

TEST_CASE("consent json: the persisted blob round-trips at the bounds") {
  PersistedConsent persisted;
  CHECK(persisted_to_json(persisted) ==
        R"({"version":1,"support_cooldown_left":0,"urgent_cooldown_left":0,"snooze_left":0,"sensitivity_lowered":false})");
  CHECK(persisted_from_json(persisted_to_json(persisted)) == persisted);
  persisted.support_cooldown_left = kMaxMessageCount;
  persisted.urgent_cooldown_left = 1;
  persisted.snooze_left = kMaxMessageCount;
  persisted.sensitivity_lowered = true;
  CHECK(persisted_from_json(persisted_to_json(persisted)) == persisted);
  // Whitespace and key order do not matter.
  CHECK(persisted_from_json(R"( { "sensitivity_lowered" : true , "snooze_left":2, "urgent_cooldown_left":0,
                                  "support_cooldown_left":1, "version":1 } )")
            .snooze_left == 2);
}

TEST_CASE("consent json: config") {
  const ConsentConfig config =
      config_from_json(R"({"support_cooldown_messages":0,"urgent_cooldown_messages":100,"not_now_messages":7})");
  CHECK(config.support_cooldown_messages == 0);
  CHECK(config.urgent_cooldown_messages == 100);
  CHECK(config.not_now_messages == 7);
  CHECK_THROWS_AS(config_from_json(R"({"support_cooldown_messages":0,"urgent_cooldown_messages":101,"not_now_messages":7})"),
                  InvalidConsentData);
  CHECK_THROWS_AS(config_from_json(R"({"support_cooldown_messages":0,"urgent_cooldown_messages":1,"not_now_message":7})"),
                  InvalidConsentData);
}
