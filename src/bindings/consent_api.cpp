// C API: the consent dialog state machine.
#include "bindings/api_support.h"

#include "bindings/hb_consent.h"
#include "consent/consent_json.h"
#include "consent/consent_machine.h"

struct hb_consent {
  hb_consent(const helpbridge::consent::ConsentConfig& config, const helpbridge::consent::PersistedConsent& persisted)
      : machine(config, persisted) {}
  helpbridge::consent::ConsentMachine machine;
};

using helpbridge::api::fail;
using helpbridge::api::guarded;
using helpbridge::api::StatusError;
using helpbridge::api::text_view;

namespace {

char* copy_out(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out == nullptr) throw std::bad_alloc();
  std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

// The consent layer's schema errors become HB_ERROR_INVALID_DATA.
template <typename Body>
hb_status consent_guarded(Body&& body) noexcept {
  return guarded([&] {
    try {
      return body();
    } catch (const helpbridge::consent::InvalidConsentData& e) {
      throw StatusError(HB_ERROR_INVALID_DATA, e.what());
    }
  });
}

}  // namespace

extern "C" {

hb_status hb_consent_create(const char* config_json, size_t config_length, const char* state_json,
                            size_t state_length, hb_consent** out) {
  if (out == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_consent_create: out is NULL");
  if (config_json == nullptr) return fail(HB_ERROR_INVALID_ARGUMENT, "hb_consent_create: config is NULL");
  return consent_guarded([&] {
    const auto config = helpbridge::consent::config_from_json(text_view(config_json, config_length));
    helpbridge::consent::PersistedConsent persisted;
    if (state_json != nullptr) persisted = helpbridge::consent::persisted_from_json(text_view(state_json, state_length));
    *out = new hb_consent(config, persisted);
    return HB_OK;
  });
}

void hb_consent_destroy(hb_consent* consent) { delete consent; }

hb_status hb_consent_handle(hb_consent* consent, const char* event_json, size_t length, char** effect_json) {
  if (consent == nullptr || event_json == nullptr || effect_json == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_consent_handle: NULL argument");
  }
  return consent_guarded([&] {
    const auto event = helpbridge::consent::event_from_json(text_view(event_json, length));
    // Work on a copy and commit last, so that a failure changes nothing.
    helpbridge::consent::ConsentMachine next = consent->machine;
    *effect_json = copy_out(helpbridge::consent::effect_to_json(next.handle(event)));
    consent->machine = next;
    return HB_OK;
  });
}

hb_status hb_consent_state(hb_consent* consent, char** state_json) {
  if (consent == nullptr || state_json == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_consent_state: NULL argument");
  }
  return consent_guarded([&] {
    *state_json = copy_out(helpbridge::consent::persisted_to_json(consent->machine.persisted()));
    return HB_OK;
  });
}

int hb_consent_sensitivity_lowered(const hb_consent* consent) {
  return consent != nullptr && consent->machine.sensitivity_lowered() ? 1 : 0;
}

}  // extern "C"
