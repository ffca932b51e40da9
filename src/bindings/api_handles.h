// The handles that more than one *_api.cpp reads: a view is built from the
// directory and the catalogue the host already created, so their definitions
// live here rather than in directory_api.cpp and i18n_api.cpp alone.
#pragma once

#include "bindings/helpbridge.h"

#include "i18n/message_catalog.h"
#include "resources/helpline_directory.h"

#include <utility>

struct hb_directory {
  helpbridge::resources::HelplineDirectory directory;
};

struct hb_catalog {
  explicit hb_catalog(helpbridge::i18n::MessageCatalog catalog) : catalog(std::move(catalog)) {}
  helpbridge::i18n::MessageCatalog catalog;
};
