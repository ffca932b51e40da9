#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "consent/consent_vocabulary.h"
#include "resources/helpline_directory.h"
#include "risk/categories.h"

namespace helpbridge::view {

// Which view the dialog shows (DialogView.mode in web/src/view-model.ts).
//   urgent:       the modal that holds the message (consent "dialog")
//   support:      the calm banner (consent "banner")
//   someone_else: how to help another person (consent "someone_else")
//   help:         opened from the help link; it holds no message
enum class ViewMode { urgent, support, someone_else, help };

const char* to_string(ViewMode mode);
std::optional<ViewMode> view_mode_named(std::string_view name);

// The view for what the consent machine says to show; nullopt for "none".
std::optional<ViewMode> view_mode_for(consent::Show show);

// A request is a few hundred bytes (the clock holds one entry per time zone);
// anything far beyond that is refused before it is parsed.
inline constexpr std::size_t kMaxViewRequestBytes = 16 * 1024;

struct ViewRequest {
  ViewMode mode = ViewMode::help;
  std::optional<Category> category;  // never Category::kNoCrisis
  resources::LookupQuery lookup;     // lookup.category is the category's name, or ""
};

// {"mode":"urgent|support|someone_else|help","category":<name>|null,"country":"ES",
//  "languages":["es"],"clock":{"Europe/Madrid":{"weekday":1,"minute":615}}}
// mode decides what the view is for, so a missing or unknown mode (or a request
// that is not an object) throws InvalidData. The other fields only refine it,
// and an unusable value counts as unknown, as in the directory's lookup: an
// unknown category (or "no_crisis") is none, a country "Spain" is no country.
ViewRequest parse_view_request(const nlohmann::json& request);

}  // namespace helpbridge::view
