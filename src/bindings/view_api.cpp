// C API: the dialog's view model.
#include "bindings/api_handles.h"
#include "bindings/api_support.h"

#include "resources/invalid_data.h"
#include "view/dialog_view.h"
#include "view/invalid_data.h"
#include "view/view_request.h"

using helpbridge::api::fail;
using helpbridge::api::guarded;
using helpbridge::api::json_out;
using helpbridge::api::parse_json;
namespace view = helpbridge::view;

extern "C" {

hb_status hb_view_build(hb_directory* directory, hb_catalog* catalog, const char* request_json, size_t request_length,
                        char** view_json) {
  if (directory == nullptr || catalog == nullptr || request_json == nullptr || view_json == nullptr) {
    return fail(HB_ERROR_INVALID_ARGUMENT, "hb_view_build: NULL argument");
  }
  if (request_length > view::kMaxViewRequestBytes) {
    return fail(HB_ERROR_INVALID_DATA, "hb_view_build: the request is longer than 16 KiB");
  }
  return guarded([&] {
    try {
      const view::ViewRequest request = view::parse_view_request(parse_json(request_json, request_length, "request"));
      const helpbridge::resources::HelplineDirectory& helplines = directory->directory;
      const helpbridge::resources::LookupResult lookup =
          helplines.lookup(view::view_lookup_query(request, catalog->catalog.meta()));
      *view_json = json_out(view::build_dialog_view(request, lookup, helplines.countries(), catalog->catalog));
      return HB_OK;
    } catch (const view::InvalidData& e) {
      return fail(HB_ERROR_INVALID_DATA, e.what());
    } catch (const helpbridge::resources::InvalidData& e) {
      return fail(HB_ERROR_INVALID_DATA, e.what());
    }
  });
}

}  // extern "C"
