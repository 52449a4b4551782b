# Finds the Debian 12 packages Lessenbank builds on and wraps those without an
# imported target of their own, so that the rest of the tree links by target.

find_package(Threads REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(pugixml REQUIRED)
find_package(Poco REQUIRED COMPONENTS Foundation JSON Net Util)

# Xapian's config only sets variables: wrap them once.
find_package(xapian REQUIRED)
if(NOT TARGET Xapian::xapian)
  add_library(Xapian::xapian INTERFACE IMPORTED)
  set_target_properties(Xapian::xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

# cmark-gfm (CommonMark plus GitHub tables/autolinks) ships no CMake config in Debian.
find_path(CMARK_GFM_INCLUDE_DIR cmark-gfm.h REQUIRED)
find_library(CMARK_GFM_LIBRARY cmark-gfm REQUIRED)
find_library(CMARK_GFM_EXTENSIONS_LIBRARY cmark-gfm-extensions REQUIRED)
if(NOT TARGET CmarkGfm::cmark_gfm)
  add_library(CmarkGfm::cmark_gfm INTERFACE IMPORTED)
  set_target_properties(CmarkGfm::cmark_gfm PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${CMARK_GFM_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${CMARK_GFM_EXTENSIONS_LIBRARY};${CMARK_GFM_LIBRARY}")
endif()

# Hunspell (libhunspell-dev) reads the OpenTaal Dutch dictionary (hunspell-nl).
find_package(PkgConfig REQUIRED)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
if(NOT TARGET Hunspell::hunspell)
  add_library(Hunspell::hunspell ALIAS PkgConfig::HUNSPELL)
endif()
