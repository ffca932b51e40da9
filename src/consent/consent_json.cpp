#include "consent/consent_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace helpbridge::consent {

namespace {

using nlohmann::json;

template <typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, const char*>, N>;

constexpr Names<State, kStateCount> kStateNames{{
    {State::kIdle, "idle"},
    {State::kOfferingSupport, "offering_support"},
    {State::kOfferingUrgent, "offering_urgent"},
    {State::kSomeoneElse, "someone_else"}}};

constexpr Names<EventType, kEventTypeCount> kEventTypeNames{{
    {EventType::kAssessed, "assessed"},
    {EventType::kContact, "contact"},
    {EventType::kContinue, "continue"},
    {EventType::kGoBack, "go_back"},
    {EventType::kSomeoneElse, "someone_else"},
    {EventType::kNotNow, "not_now"},
    {EventType::kDismiss, "dismiss"}}};

constexpr Names<Show, 4> kShowNames{{
    {Show::kNone, "none"}, {Show::kBanner, "banner"}, {Show::kDialog, "dialog"}, {Show::kSomeoneElse, "someone_else"}}};

// The helpline actions the dialog offers (validated, not kept: the machine needs only the event).
constexpr std::array<const char*, 5> kChannelNames{"call", "text", "chat", "whatsapp", "website"};
constexpr std::size_t kMaxServiceIdBytes = 128;

template <typename Enum, std::size_t N>
const char* name_in(const Names<Enum, N>& names, Enum value) {
  for (const auto& [known, name] : names) {
    if (known == value) return name;
  }
  return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_in(const Names<Enum, N>& names, std::string_view name) {
  for (const auto& [value, known] : names) {
    if (name == known) return value;
  }
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string listed(const Names<Enum, N>& names) {
  std::string out;
  for (const auto& entry : names) out += (out.empty() ? "" : ", ") + std::string(entry.second);
  return out;
}

// "suicidal_ideation, self_harm, ...": the crisis categories, for an error message.
std::string crisis_categories_listed() {
  std::string out;
  for (std::size_t i = 1; i < kCategoryCount; ++i) {
    out += (out.empty() ? "" : ", ") + std::string(category_name(static_cast<Category>(i)));
  }
  return out;
}

// A key from the input, for an error message: only short plain names are echoed.
std::string quoted_key(const std::string& key) {
  const bool plain = !key.empty() && key.size() <= 40 && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
  return plain ? "\"" + key + "\"" : "(a key that is not a plain name)";
}

json parse_object(std::string_view text, std::size_t max_bytes, const std::string& what) {
  if (text.size() > max_bytes) {
    throw InvalidConsentData(what + ": longer than " + std::to_string(max_bytes) + " bytes");
  }
  json value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) throw InvalidConsentData(what + ": not valid JSON");
  if (!value.is_object()) throw InvalidConsentData(what + ": must be a JSON object");
  return value;
}

// Exactly these keys, no more (a stored blob carries nothing else; a config typo is caught).
template <std::size_t N>
void require_exact_keys(const json& object, const std::array<const char*, N>& keys, const std::string& what) {
  for (const char* key : keys) {
    if (!object.contains(key)) throw InvalidConsentData(what + ": missing \"" + key + "\"");
  }
  for (const auto& item : object.items()) {
    if (std::find_if(keys.begin(), keys.end(), [&](const char* k) { return item.key() == k; }) == keys.end()) {
      throw InvalidConsentData(what + ": unknown key " + quoted_key(item.key()));
    }
  }
}

uint32_t message_count(const json& object, const char* key, const std::string& what) {
  const json& value = object.at(key);
  // Negative numbers parse as signed, fractions and huge numbers as floating point: all refused.
  if (!value.is_number_unsigned() || value.get<uint64_t>() > kMaxMessageCount) {
    throw InvalidConsentData(what + ": \"" + key + "\" must be an integer from 0 to " +
                             std::to_string(kMaxMessageCount));
  }
  return static_cast<uint32_t>(value.get<uint64_t>());
}

const std::string& required_string(const json& object, const char* key, const std::string& what) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_string()) {
    throw InvalidConsentData(what + ": \"" + key + "\" must be a string");
  }
  return found->get_ref<const std::string&>();
}

Event assessed_from(const json& object) {
  const std::string what = "consent event \"assessed\"";
  Event event;
  event.type = EventType::kAssessed;
  const auto level = level_named(required_string(object, "level", what));
  if (!level) throw InvalidConsentData(what + ": \"level\" must be one of " + "none, support, urgent");
  event.level = *level;
  const auto category = object.find("category");
  if (category != object.end() && !category->is_null()) {
    const auto named = category->is_string() ? category_named(category->get_ref<const std::string&>()) : std::nullopt;
    if (!named) throw InvalidConsentData(what + ": \"category\" must be null or one of " + crisis_categories_listed());
    // With level none nothing is offered, so a category there is dropped.
    if (event.level != Level::kNone) event.category = named;
  }
  return event;
}

Event contact_from(const json& object) {
  const std::string what = "consent event \"contact\"";
  const std::string& service = required_string(object, "service", what);
  if (service.empty() || service.size() > kMaxServiceIdBytes) {
    throw InvalidConsentData(what + ": \"service\" must be a service id of 1 to " +
                             std::to_string(kMaxServiceIdBytes) + " bytes");
  }
  const std::string& channel = required_string(object, "channel", what);
  if (std::find(kChannelNames.begin(), kChannelNames.end(), channel) == kChannelNames.end()) {
    throw InvalidConsentData(what + ": \"channel\" must be one of call, text, chat, whatsapp, website");
  }
  Event event;
  event.type = EventType::kContact;
  return event;
}

}  // namespace

const char* name_of(Level level) { return level_name(level).data(); }
const char* name_of(Category category) { return category_name(category).data(); }
const char* name_of(State state) { return name_in(kStateNames, state); }
const char* name_of(EventType type) { return name_in(kEventTypeNames, type); }
const char* name_of(Show show) { return name_in(kShowNames, show); }
std::optional<Level> level_named(std::string_view name) { return level_from_name(name); }

std::optional<Category> category_named(std::string_view name) {
  const std::optional<Category> category = category_from_name(name);
  if (category == Category::kNoCrisis) return std::nullopt;  // "no crisis" is null here
  return category;
}

ConsentConfig config_from_json(std::string_view text) {
  const std::string what = "consent config";
  const json object = parse_object(text, kMaxConfigBytes, what);
  require_exact_keys(object, std::array{"support_cooldown_messages", "urgent_cooldown_messages", "not_now_messages"},
                     what);
  ConsentConfig config;
  config.support_cooldown_messages = message_count(object, "support_cooldown_messages", what);
  config.urgent_cooldown_messages = message_count(object, "urgent_cooldown_messages", what);
  config.not_now_messages = message_count(object, "not_now_messages", what);
  return config;
}

PersistedConsent persisted_from_json(std::string_view text) {
  const std::string what = "consent state";
  const json object = parse_object(text, kMaxPersistedBytes, what);
  require_exact_keys(object,
                     std::array{"version", "support_cooldown_left", "urgent_cooldown_left", "snooze_left",
                                "sensitivity_lowered"},
                     what);
  const json& version = object.at("version");
  if (!version.is_number_unsigned() || version.get<uint64_t>() != kPersistedVersion) {
    throw InvalidConsentData(what + ": unsupported \"version\" (this build reads version " +
                             std::to_string(kPersistedVersion) + ")");
  }
  if (!object.at("sensitivity_lowered").is_boolean()) {
    throw InvalidConsentData(what + ": \"sensitivity_lowered\" must be true or false");
  }
  PersistedConsent persisted;
  persisted.support_cooldown_left = message_count(object, "support_cooldown_left", what);
  persisted.urgent_cooldown_left = message_count(object, "urgent_cooldown_left", what);
  persisted.snooze_left = message_count(object, "snooze_left", what);
  persisted.sensitivity_lowered = object.at("sensitivity_lowered").get<bool>();
  return persisted;
}

std::string persisted_to_json(const PersistedConsent& persisted) {
  nlohmann::ordered_json out;
  out["version"] = kPersistedVersion;
  out["support_cooldown_left"] = persisted.support_cooldown_left;
  out["urgent_cooldown_left"] = persisted.urgent_cooldown_left;
  out["snooze_left"] = persisted.snooze_left;
  out["sensitivity_lowered"] = persisted.sensitivity_lowered;
  return out.dump();
}

Event event_from_json(std::string_view text) {
  const std::string what = "consent event";
  const json object = parse_object(text, kMaxEventBytes, what);
  const auto type = value_in(kEventTypeNames, required_string(object, "type", what));
  if (!type) throw InvalidConsentData(what + ": \"type\" must be one of " + listed(kEventTypeNames));
  if (*type == EventType::kAssessed) return assessed_from(object);
  if (*type == EventType::kContact) return contact_from(object);
  Event event;
  event.type = *type;
  return event;
}

std::string effect_to_json(const Effect& effect) {
  nlohmann::ordered_json out;
  out["state"] = name_of(effect.state);
  out["show"] = name_of(effect.show);
  out["hold"] = effect.hold;
  using Out = nlohmann::ordered_json;
  out["host"] = effect.host == HostAction::kProceed  ? Out("proceed")
                : effect.host == HostAction::kCancel ? Out("cancel")
                                                     : Out(nullptr);
  out["category"] = effect.category ? Out(name_of(*effect.category)) : Out(nullptr);
  out["ignored"] = effect.ignored;
  return out.dump();
}

}  // namespace helpbridge::consent
