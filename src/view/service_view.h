#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "resources/helpline_directory.h"
#include "view/view_messages.h"

namespace helpbridge::view {

// One helpline card (ServiceView in web/src/view-model.ts):
//   {"id","name","status":"always|open|closed|unknown","statusLabel":text|null,
//    "badges":[text],"actions":[{"kind","label","href"}]}
// Actions follow the service's channels, in its order:
//   phone -> call ("Call 116 123", tel:), sms -> text ("Text SHOUT to 85258" or
//   "Text 741741", sms:), chat -> chat, whatsapp -> whatsapp, web -> website (https:).
// A phone number that cannot be written as a tel: link (Chile's *4141) stays, as
// a call action whose href is null: the number is vetted and the person can
// dial it by hand, so the view says it even where it cannot link it. Any other
// link that is not tel:, sms: or https: (which the directory never lets through)
// is dropped.
nlohmann::json service_view(const resources::ShownService& shown, const std::string& name,
                            const ViewMessages& messages);

}  // namespace helpbridge::view
