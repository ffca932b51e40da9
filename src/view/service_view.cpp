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

json action(std::string_view kind, std::string label, const std::string& href) {
  json out;
  out["kind"] = kind;
  out["label"] = std::move(label);
  out["href"] = href.empty() ? json(nullptr) : json(href);
  return out;
}

// The action for a channel, or null when it has no link the dialog may use.
json channel_action(const Channel& channel, const ViewMessages& messages) {
  const std::string href = resources::channel_href(channel);
  json out;
  switch (channel.type) {
    case Channel::Type::phone:
      out = action("call", messages.text("action.call", {{"number", channel.display}}), href);
      break;
    case Channel::Type::sms:
      out = channel.keyword.empty()
                ? action("text", messages.text("action.textNumber", {{"number", channel.number}}), href)
                : action("text", messages.text("action.text", {{"keyword", channel.keyword}, {"number", channel.number}}),
                         href);
      break;
    case Channel::Type::chat: out = action("chat", messages.text("action.chat"), href); break;
    case Channel::Type::whatsapp: out = action("whatsapp", messages.text("action.whatsapp"), href); break;
    case Channel::Type::web: out = action("website", messages.text("action.website"), href); break;
  }
  const bool undialled_phone = channel.type == Channel::Type::phone && href.empty();
  if (!undialled_phone && !starts_with(href, scheme_of(out["kind"].get<std::string>()))) return json(nullptr);
  return out;
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
