// The stylesheet and script, embedded at build time from tools/web/assets/
// (see tools/web/CMakeLists.txt): nothing is loaded from outside the binary.
#pragma once

namespace lessenbank::web::assets {

extern const char* const kStylesheet;  // assets/style.css
extern const char* const kScript;      // assets/app.js

}  // namespace lessenbank::web::assets
