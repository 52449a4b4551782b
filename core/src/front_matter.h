// Splitting a file into YAML front matter and body, and reading the front
// matter into Metadata with yaml-cpp (private to core).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lessenbank/document.h"

namespace lessenbank::front_matter {

struct Split {
  std::string yaml;
  std::string body;
  int yaml_first_line = 2;  // file line of the first YAML line
  int body_first_line = 0;  // file line of the first body line
};

// Finds the front matter between a first line "---" and the next line "---"
// (or "..."). Adds an error diagnostic and returns nullopt when there is none.
std::optional<Split> split(const std::string& text, const std::string& path,
                           std::vector<Diagnostic>& diagnostics);

// Reads the YAML into doc.meta and doc.field_lines. `themes` are the
// accepted theme ids (empty: the built-in ones). Errors and warnings go to `diagnostics` with
// file lines; returns false when there was an error.
bool read(const Split& split, const std::string& path, const std::vector<std::string>& themes,
          Document& doc, std::vector<Diagnostic>& diagnostics);

}  // namespace lessenbank::front_matter
