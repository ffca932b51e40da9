// The consent dialog through its C API: the shipped config, effects, the
// persisted blob (round trip, privacy) and hostile configs, blobs and events.
#include <doctest/doctest.h>

#include "test_support.h"

#include "bindings/helpbridge.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using test_support::read_file;
using test_support::take_json;

namespace {

const std::string& shipped_config() {
  static const std::string config = read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/locales/consent.json");
  return config;
}

std::string take(char* owned) {
  REQUIRE(owned != nullptr);
  std::string copy(owned);
  hb_free(owned);
  return copy;
}

// A handle that goes away with the test.
class Consent {
 public:
  explicit Consent(const char* state = nullptr, const std::string& config = shipped_config()) {
    const hb_status status =
        hb_consent_create(config.data(), config.size(), state, state == nullptr ? 0 : std::strlen(state), &handle_);
    REQUIRE_MESSAGE(status == HB_OK, hb_last_error());
  }
  ~Consent() { hb_consent_destroy(handle_); }
  Consent(const Consent&) = delete;
  Consent& operator=(const Consent&) = delete;

  hb_consent* get() { return handle_; }

  std::string handle_raw(const std::string& event) {
    char* effect = nullptr;
    const hb_status status = hb_consent_handle(handle_, event.data(), event.size(), &effect);
    REQUIRE_MESSAGE(status == HB_OK, hb_last_error() << " for " << event);
    return take(effect);
  }
  nlohmann::json handle(const std::string& event) { return nlohmann::json::parse(handle_raw(event)); }

  hb_status try_handle(const std::string& event) {
    char* effect = nullptr;
    const hb_status status = hb_consent_handle(handle_, event.data(), event.size(), &effect);
    if (status == HB_OK) hb_free(effect);
    else CHECK(effect == nullptr);
    return status;
  }

  std::string state() {
    char* state = nullptr;
    REQUIRE(hb_consent_state(handle_, &state) == HB_OK);
    return take(state);
  }

 private:
  hb_consent* handle_ = nullptr;
};

std::string assessed(const std::string& level, const std::string& category = "null") {
  const std::string category_json = category == "null" ? "null" : "\"" + category + "\"";
  return R"({"type":"assessed","level":")" + level + R"(","category":)" + category_json + "}";
}

const std::string kContinue = R"({"type":"continue"})";
const std::string kGoBack = R"({"type":"go_back"})";
const std::string kSomeoneElse = R"({"type":"someone_else"})";
const std::string kNotNow = R"({"type":"not_now"})";
const std::string kDismiss = R"({"type":"dismiss"})";
const std::string kContact = R"({"type":"contact","service":"samaritans","channel":"call"})";

const std::vector<std::string> kCategories = {"suicidal_ideation", "self_harm",
                                              "anxiety_crisis",    "violent_thoughts",
                                              "substance_abuse_or_withdrawal", "risk_taking_behaviours"};

hb_status create_status(const std::string& config, const char* state, size_t state_length) {
  hb_consent* out = nullptr;
  const hb_status status = hb_consent_create(config.data(), config.size(), state, state_length, &out);
  if (status == HB_OK) {
    hb_consent_destroy(out);
  } else {
    CHECK(out == nullptr);  // no handle is created
  }
  return status;
}

hb_status state_status(const std::string& state) { return create_status(shipped_config(), state.data(), state.size()); }

std::string blob(const std::string& version, const std::string& support, const std::string& urgent,
                 const std::string& snooze, const std::string& lowered) {
  return R"({"version":)" + version + R"(,"support_cooldown_left":)" + support + R"(,"urgent_cooldown_left":)" + urgent +
         R"(,"snooze_left":)" + snooze + R"(,"sensitivity_lowered":)" + lowered + "}";
}

}  // namespace

TEST_CASE("consent API: the shipped config is valid and sensible") {
  const auto config = nlohmann::json::parse(shipped_config());
  CHECK(config.size() == 3);
  CHECK(config.at("support_cooldown_messages").get<int>() >= 1);
  CHECK(config.at("urgent_cooldown_messages").get<int>() >= 1);
  CHECK(config.at("not_now_messages").get<int>() >= 1);
  Consent consent;
  CHECK(nlohmann::json::parse(consent.state()) ==
        nlohmann::json::parse(blob("1", "0", "0", "0", "false")));
}

TEST_CASE("consent API: arguments") {
  const std::string& config = shipped_config();
  hb_consent* out = nullptr;
  CHECK(hb_consent_create(config.data(), config.size(), nullptr, 0, nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_consent_create(nullptr, 0, nullptr, 0, &out) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(out == nullptr);
  CHECK(std::string(hb_last_error()).find("config") != std::string::npos);

  Consent consent;
  char* effect = nullptr;
  CHECK(hb_consent_handle(nullptr, kContinue.data(), kContinue.size(), &effect) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_consent_handle(consent.get(), nullptr, 0, &effect) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_consent_handle(consent.get(), kContinue.data(), kContinue.size(), nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(effect == nullptr);
  char* state = nullptr;
  CHECK(hb_consent_state(nullptr, &state) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(hb_consent_state(consent.get(), nullptr) == HB_ERROR_INVALID_ARGUMENT);
  CHECK(state == nullptr);
  CHECK(hb_consent_sensitivity_lowered(nullptr) == 0);
  hb_consent_destroy(nullptr);
}

TEST_CASE("consent API: an urgent message, a helpline, then continue") {
  Consent consent;
  nlohmann::json effect = consent.handle(assessed("urgent", "suicidal_ideation"));
  CHECK(effect == nlohmann::json::parse(R"({"state":"offering_urgent","show":"dialog","hold":true,"host":null,)"
                                        R"("category":"suicidal_ideation","ignored":false})"));
  effect = consent.handle(kContact);
  CHECK(effect["state"] == "offering_urgent");
  CHECK(effect["hold"] == true);
  CHECK(effect["ignored"] == false);
  effect = consent.handle(kContinue);
  CHECK(effect == nlohmann::json::parse(R"({"state":"idle","show":"none","hold":false,"host":"proceed",)"
                                        R"("category":null,"ignored":false})"));
  effect = consent.handle(kContinue);  // a double click
  CHECK(effect["ignored"] == true);
  CHECK(effect["host"].is_null());
  // The next urgent message gets the non-blocking banner (cool-down).
  effect = consent.handle(assessed("urgent", "self_harm"));
  CHECK(effect["show"] == "banner");
  CHECK(effect["hold"] == false);
  CHECK(effect["category"] == "self_harm");
}

TEST_CASE("consent API: go back cancels, a replaced dialog cancels") {
  Consent consent;
  consent.handle(assessed("urgent", "violent_thoughts"));
  CHECK(consent.handle(kGoBack)["host"] == "cancel");
  consent.handle(assessed("urgent", "violent_thoughts"));
  const nlohmann::json effect = consent.handle(assessed("none"));
  CHECK(effect["host"] == "cancel");
  CHECK(effect["hold"] == false);
  CHECK(effect["state"] == "idle");
}

TEST_CASE("consent API: someone else lowers the sensitivity, and it persists") {
  Consent consent;
  CHECK(hb_consent_sensitivity_lowered(consent.get()) == 0);
  consent.handle(assessed("support", "self_harm"));
  const nlohmann::json effect = consent.handle(kSomeoneElse);
  CHECK(effect["show"] == "someone_else");
  CHECK(effect["category"] == "self_harm");
  CHECK(hb_consent_sensitivity_lowered(consent.get()) == 1);
  const std::string state = consent.state();
  CHECK(nlohmann::json::parse(state)["sensitivity_lowered"] == true);
  Consent restored(state.c_str());
  CHECK(hb_consent_sensitivity_lowered(restored.get()) == 1);
}

TEST_CASE("consent API: the effect always has the same six fields") {
  Consent consent;
  const std::vector<std::string> events = {assessed("support", "anxiety_crisis"), kContact, kDismiss, kDismiss,
                                           assessed("urgent", "self_harm"), kNotNow, assessed("none"),
                                           kSomeoneElse, kGoBack};
  for (const std::string& event : events) {
    const nlohmann::json effect = consent.handle(event);
    CHECK(effect.size() == 6);
    CHECK(effect.at("state").is_string());
    CHECK(effect.at("show").is_string());
    CHECK(effect.at("hold").is_boolean());
    CHECK((effect.at("host").is_null() || effect.at("host") == "proceed" || effect.at("host") == "cancel"));
    CHECK((effect.at("category").is_null() || effect.at("category").is_string()));
    CHECK(effect.at("ignored").is_boolean());
  }
}

TEST_CASE("consent API: the state blob never carries a category, a level or text") {
  // The same conversation with a different category at each step gives the same
  // blobs, so nothing of the category can be in them.
  const std::vector<std::string> script = {"urgent", "continue", "support", "urgent", "contact", "someone_else",
                                           "none",   "support",  "not_now", "urgent", "go_back", "urgent"};
  std::vector<std::vector<std::string>> blobs(kCategories.size());
  for (size_t c = 0; c < kCategories.size(); ++c) {
    Consent consent;
    for (const std::string& step : script) {
      if (step == "urgent" || step == "support" || step == "none") {
        consent.handle(assessed(step, step == "none" ? "null" : kCategories[c]));
      } else if (step == "contact") {
        consent.handle(kContact);
      } else {
        consent.handle(R"({"type":")" + step + "\"}");
      }
      const std::string state = consent.state();
      blobs[c].push_back(state);
      const nlohmann::json parsed = nlohmann::json::parse(state);
      CHECK(parsed.size() == 5);
      for (const auto& item : parsed.items()) {
        CHECK_FALSE(item.value().is_string());  // numbers and one boolean only
        CHECK_FALSE(item.value().is_structured());
      }
      for (const std::string& category : kCategories) CHECK(state.find(category) == std::string::npos);
      CHECK(state.find("\"level\"") == std::string::npos);
      CHECK(state.find("\"category\"") == std::string::npos);
      CHECK(state.find("samaritans") == std::string::npos);
    }
  }
  for (size_t c = 1; c < kCategories.size(); ++c) CHECK(blobs[c] == blobs[0]);
}

TEST_CASE("consent API: persist, reload, same behaviour") {
  const std::vector<std::string> before = {assessed("urgent", "self_harm"), kContinue, assessed("support", "self_harm"),
                                           kNotNow, assessed("none"), kSomeoneElse, assessed("none")};
  const std::vector<std::string> after = {
      assessed("support", "anxiety_crisis"), assessed("support", "anxiety_crisis"), assessed("urgent", "self_harm"),
      kContinue, assessed("urgent", "self_harm"), kDismiss, assessed("urgent", "self_harm"),
      assessed("urgent", "self_harm"), kGoBack, assessed("support", "anxiety_crisis"),
      assessed("support", "anxiety_crisis"), assessed("support", "anxiety_crisis"), assessed("support", "anxiety_crisis")};
  Consent original;
  for (const std::string& event : before) original.handle(event);
  const std::string saved = original.state();
  Consent restored(saved.c_str());
  CHECK(restored.state() == saved);
  for (const std::string& event : after) {
    CHECK(original.handle_raw(event) == restored.handle_raw(event));
    CHECK(original.state() == restored.state());
  }
}

TEST_CASE("consent API: stored counters are shortened to the current config") {
  const std::string config = R"({"support_cooldown_messages":1,"urgent_cooldown_messages":1,"not_now_messages":2})";
  const std::string stored = blob("1", "100", "100", "100", "false");
  Consent consent(stored.c_str(), config);
  CHECK(nlohmann::json::parse(consent.state()) == nlohmann::json::parse(blob("1", "1", "1", "2", "false")));
}

TEST_CASE("consent API: hostile state blobs are refused and create no handle") {
  CHECK(state_status(blob("1", "0", "0", "0", "false")) == HB_OK);
  CHECK(state_status(blob("1", "100", "100", "100", "true")) == HB_OK);

  const std::vector<std::string> hostile = {
      "",
      " ",
      "null",
      "[]",
      "42",
      "\"state\"",
      "{",
      "{}",
      "not json at all",
      blob("1", "0", "0", "0", "false") + " trailing",
      // versions
      blob("2", "0", "0", "0", "false"),
      blob("0", "0", "0", "0", "false"),
      blob("-1", "0", "0", "0", "false"),
      blob("1.0", "0", "0", "0", "false"),
      blob("\"1\"", "0", "0", "0", "false"),
      blob("null", "0", "0", "0", "false"),
      blob("18446744073709551617", "0", "0", "0", "false"),
      // counters: negative, fractional, huge, wrong types
      blob("1", "-1", "0", "0", "false"),
      blob("1", "0", "-1", "0", "false"),
      blob("1", "0", "0", "-1", "false"),
      blob("1", "-0", "0", "0", "false"),
      blob("1", "101", "0", "0", "false"),
      blob("1", "0", "4294967296", "0", "false"),
      blob("1", "0", "0", "18446744073709551615", "false"),
      blob("1", "0", "0", "18446744073709551616", "false"),
      blob("1", "0", "0", "1e400", "false"),
      blob("1", "1e2", "0", "0", "false"),
      blob("1", "1.5", "0", "0", "false"),
      blob("1", "\"3\"", "0", "0", "false"),
      blob("1", "true", "0", "0", "false"),
      blob("1", "null", "0", "0", "false"),
      blob("1", "[1]", "0", "0", "false"),
      blob("1", "{\"n\":1}", "0", "0", "false"),
      // the flag
      blob("1", "0", "0", "0", "1"),
      blob("1", "0", "0", "0", "\"true\""),
      blob("1", "0", "0", "0", "null"),
      // missing keys, extra keys (nothing may be smuggled in)
      R"({"version":1,"support_cooldown_left":0,"urgent_cooldown_left":0,"snooze_left":0})",
      R"({"version":1})",
      R"({"version":1,"support_cooldown_left":0,"urgent_cooldown_left":0,"snooze_left":0,"sensitivity_lowered":false,"category":"self_harm"})",
      R"({"version":1,"support_cooldown_left":0,"urgent_cooldown_left":0,"snooze_left":0,"sensitivity_lowered":false,"level":"urgent"})",
      R"({"version":1,"support_cooldown_left":0,"urgent_cooldown_left":0,"snooze_left":0,"sensitivity_lowered":false,"text":"i want to die"})",
      R"({"version":1,"support_cooldown_left":0,"urgent_cooldown_left":0,"snooze_left":0,"sensitivity_lowered":false,"":0})",
      // nesting, inside and beyond the size limit
      std::string(500, '[') + std::string(500, ']'),
      std::string(100000, '[') + std::string(100000, ']'),
      std::string(100000, '['),
      R"({"version":1,"support_cooldown_left":)" + std::string(400, '[') + std::string(400, ']') +
          R"(,"urgent_cooldown_left":0,"snooze_left":0,"sensitivity_lowered":false})",
      // too long, even if it is valid JSON
      blob("1", "0", "0", "0", "false") + std::string(2000, ' '),
      // bytes that are not UTF-8, and a NUL in the middle
      std::string("{\"version\":1,\"\xff\xfe\":0}"),
      std::string("{\"version\":1\0,\"support_cooldown_left\":0}", 40),
  };
  for (const std::string& state : hostile) {
    CAPTURE(state.substr(0, 120));
    CHECK(state_status(state) == HB_ERROR_INVALID_DATA);
    CHECK(std::string(hb_last_error()).find("consent state") != std::string::npos);
  }
}

TEST_CASE("consent API: hostile state errors say what is wrong") {
  CHECK(state_status(blob("7", "0", "0", "0", "false")) == HB_ERROR_INVALID_DATA);
  CHECK(std::string(hb_last_error()).find("version") != std::string::npos);
  CHECK(state_status(blob("1", "0", "-3", "0", "false")) == HB_ERROR_INVALID_DATA);
  CHECK(std::string(hb_last_error()).find("urgent_cooldown_left") != std::string::npos);
  CHECK(state_status(blob("1", "0", "0", "0", "\"no\"")) == HB_ERROR_INVALID_DATA);
  CHECK(std::string(hb_last_error()).find("sensitivity_lowered") != std::string::npos);
  CHECK(state_status(R"({"version":1})") == HB_ERROR_INVALID_DATA);
  CHECK(std::string(hb_last_error()).find("missing") != std::string::npos);
  // A non-NULL empty blob is not "fresh": that is what NULL is for.
  CHECK(create_status(shipped_config(), "", 0) == HB_ERROR_INVALID_DATA);
}

TEST_CASE("consent API: hostile configs are refused") {
  CHECK(create_status(R"({"support_cooldown_messages":0,"urgent_cooldown_messages":0,"not_now_messages":0})", nullptr,
                      0) == HB_OK);
  const std::vector<std::string> hostile = {
      "",
      "[]",
      "{}",
      "{",
      R"({"support_cooldown_messages":3,"urgent_cooldown_messages":2})",
      R"({"support_cooldown_messages":3,"urgent_cooldown_messages":2,"not_now_messages":5,"extra":1})",
      R"({"support_cooldown_messages":-3,"urgent_cooldown_messages":2,"not_now_messages":5})",
      R"({"support_cooldown_messages":3,"urgent_cooldown_messages":2.5,"not_now_messages":5})",
      R"({"support_cooldown_messages":3,"urgent_cooldown_messages":2,"not_now_messages":101})",
      R"({"support_cooldown_messages":3,"urgent_cooldown_messages":2,"not_now_messages":1e9})",
      R"({"support_cooldown_messages":"3","urgent_cooldown_messages":2,"not_now_messages":5})",
      R"({"support_cooldown_messages":null,"urgent_cooldown_messages":2,"not_now_messages":5})",
      std::string(100000, '{'),
  };
  for (const std::string& config : hostile) {
    CAPTURE(config.substr(0, 120));
    CHECK(create_status(config, nullptr, 0) == HB_ERROR_INVALID_DATA);
    CHECK(std::string(hb_last_error()).find("consent config") != std::string::npos);
  }
}

TEST_CASE("consent API: hostile events are errors and change nothing") {
  Consent consent;
  consent.handle(assessed("urgent", "suicidal_ideation"));
  const std::string state_before = consent.state();

  const std::vector<std::string> hostile = {
      "",
      "null",
      "[]",
      "\"continue\"",
      "continue",
      "{",
      "{}",
      R"({"type":null})",
      R"({"type":1})",
      R"({"type":["continue"]})",
      R"({"type":"CONTINUE"})",
      R"({"type":"proceed"})",
      R"({"type":""})",
      R"({"Type":"continue"})",
      R"({"type":"continue"} {"type":"go_back"})",
      R"({"type":"assessed"})",
      R"({"type":"assessed","level":null})",
      R"({"type":"assessed","level":2})",
      R"({"type":"assessed","level":"Urgent"})",
      R"({"type":"assessed","level":"high"})",
      R"({"type":"assessed","level":"urgent","category":"no_crisis"})",
      R"({"type":"assessed","level":"urgent","category":"Self_Harm"})",
      R"({"type":"assessed","level":"urgent","category":3})",
      R"({"type":"assessed","level":"urgent","category":["self_harm"]})",
      R"({"type":"assessed","level":"urgent","category":{"name":"self_harm"}})",
      R"({"type":"assessed","level":"none","category":"made_up"})",
      R"({"type":"contact"})",
      R"({"type":"contact","service":"samaritans"})",
      R"({"type":"contact","service":"samaritans","channel":"fax"})",
      R"({"type":"contact","service":"","channel":"call"})",
      R"({"type":"contact","service":7,"channel":"call"})",
      R"({"type":"contact","service":")" + std::string(200, 'x') + R"(","channel":"call"})",
      std::string(100000, '['),
      std::string(100000, '{'),
      R"({"type":"continue","padding":")" + std::string(5000, ' ') + "\"}",
      std::string("{\"type\":\"cont\xffinue\"}"),
      std::string("{\"type\":\"continue\0\"}", 20),
  };
  for (const std::string& event : hostile) {
    CAPTURE(event.substr(0, 120));
    CHECK(consent.try_handle(event) == HB_ERROR_INVALID_DATA);
    CHECK(std::string(hb_last_error()).find("consent event") != std::string::npos);
  }
  // Deep nesting that fits the size limit parses; the unknown key is ignored
  // (and a dismiss on the dialog is itself ignored).
  const std::string deep = R"({"type":"dismiss","deep":)" + std::string(1500, '[') + std::string(1500, ']') + "}";
  CHECK(consent.handle(deep)["ignored"] == true);

  // The dialog is still open and still holds the message.
  CHECK(consent.state() == state_before);
  const nlohmann::json effect = consent.handle(kContinue);
  CHECK(effect["host"] == "proceed");
}
