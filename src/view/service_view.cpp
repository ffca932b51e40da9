#include "view/service_view.h"

#include <string_view>

namespace helpbridge::view {

namespace {

using nlohmann::json;
using resources::Channel;

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// The scheme each kind of action must link to (as the dialog checks too).
std::string_view scheme_of(std::string_view kind) {
  if (kind == "call") return "tel:";
  if (kind == "text") return "sms:";
  return "https://";
}

// The action for a channel, or null when it has no link the dialog may use.
json channel_action(const Channel& channel, const ViewMessages& messages) {
  std::string_view kind = "website";
  std::string label;
  switch (channel.type) {
    case Channel::Type::phone:
      kind = "call";
      label = messages.text("action.call", {{"number", channel.display}});
      break;
    case Channel::Type::sms:
      kind = "text";
      label = channel.keyword.empty()
                  ? messages.text("action.textNumber", {{"number", channel.number}})
                  : messages.text("action.text", {{"keyword", channel.keyword}, {"number", channel.number}});
      break;
    case Channel::Type::chat:
      kind = "chat";
      label = messages.text("action.chat");
      break;
    case Channel::Type::whatsapp:
      kind = "whatsapp";
      label = messages.text("action.whatsapp");
      break;
    case Channel::Type::web: label = messages.text("action.website"); break;
  }
  const std::string href = resources::channel_href(channel);
  const bool undialled_phone = channel.type == Channel::Type::phone && href.empty();
  if (!undialled_phone && !starts_with(href, scheme_of(kind))) return nullptr;
  return {{"kind", kind}, {"label", label}, {"href", undialled_phone ? json(nullptr) : json(href)}};
}

json status_label(resources::OpenStatus status, const ViewMessages& messages) {
  switch (status) {
    case resources::OpenStatus::always: return messages.text("service.open247");
    case resources::OpenStatus::open: return messages.text("service.openNow");
    case resources::OpenStatus::closed: return messages.text("service.closedNow");
    case resources::OpenStatus::unknown: break;
  }
  return nullptr;
}

}  // namespace

json service_view(const resources::ShownService& shown, const std::string& name, const ViewMessages& messages) {
  const resources::Helpline& service = shown.service;
  json out;
  out["id"] = service.id;
  out["name"] = name;
  out["status"] = resources::to_string(shown.status);
  out["statusLabel"] = status_label(shown.status, messages);
  out["badges"] = json::array();
  if (service.free == true) out["badges"].push_back(messages.text("service.free"));
  if (service.confidential == true) out["badges"].push_back(messages.text("service.confidential"));
  out["actions"] = json::array();
  for (const Channel& channel : service.channels) {
    json item = channel_action(channel, messages);
    if (!item.is_null()) out["actions"].push_back(std::move(item));
  }
  return out;
}

}  // namespace helpbridge::view
