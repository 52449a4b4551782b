// libFuzzer target: HTTP parameter parsing as the server does it: Poco's URI
// decoding of the query string, then search_request_from and int_param.
#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "handlers.h"
#include "http_types.h"
#include "params.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lessenbank::web::ThemeCatalog themes({{"dso", "DSO", "", "1", "onderdeel", ""},
                                                     {"participatie", "Participatie", "", "1", "", ""}});
  lessenbank::web::Request req;
  req.method = "GET";
  try {
    const Poco::URI uri("/zoeken?" + std::string(reinterpret_cast<const char*>(data), size));
    req.path = uri.getPath();
    req.params = uri.getQueryParameters();
  } catch (const Poco::Exception&) {
    return 0;  // the server answers 400
  }
  try {
    (void)lessenbank::web::search_request_from(req, themes);
  } catch (const lessenbank::web::BadRequest&) {
  }
  try {
    (void)lessenbank::web::int_param(req, "limit", 1, 100, 10);
  } catch (const lessenbank::web::BadRequest&) {
  }
  return 0;
}
