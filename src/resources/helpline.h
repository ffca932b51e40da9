#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resources/opening_hours.h"

namespace helpbridge::resources {

// One way to reach a service. Only the fields of its type are set.
struct Channel {
  enum class Type { phone, sms, chat, whatsapp, web };
  Type type = Type::phone;
  std::string display;  // phone: as people write it ("116 123", "988, then press 1")
  std::string tel;      // phone: "tel:116123", or "" where it cannot be dialled as digits (*4141)
  std::string number;   // sms: digits
  std::string keyword;  // sms: the word to text, or ""
  std::string url;      // chat, whatsapp, web: https:// only
};

const char* to_string(Channel::Type type);  // "phone", "sms", "chat", "whatsapp", "web"

// The channel's link: tel:<digits>, sms:<digits>[?body=<keyword, percent-encoded>]
// or its https:// url; "" for a phone that cannot be dialled as digits (*4141).
std::string channel_href(const Channel& channel);

// A vetted helpline, as locales/helplines/<CC>.json describes it. Every value
// here passed the rules of country_file.h: plain text, tel/sms digits, https links.
struct Helpline {
  std::string id;
  std::string name;
  std::string local_name;  // "" if none
  std::vector<Channel> channels;
  OpeningHours hours;
  std::optional<std::vector<std::string>> languages;  // nullopt: not published
  std::vector<std::string> topics;
  std::optional<bool> free;
  std::optional<bool> confidential;
  std::string source;         // https:// page the number was checked against
  std::string last_verified;  // YYYY-MM-DD
};

// The service says it answers in this language: base subtags compared, with the
// codes written differently for one language made equal ("es-MX" fits "es", "nb"
// fits "no"). False when its languages are not published.
bool answers_in(const Helpline& service, std::string_view language);

}  // namespace helpbridge::resources
