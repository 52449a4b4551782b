// The canonical list of organisations, kept with the corpus as
// corpus/organisaties.xml:
//
//   <organisaties>
//     <organisatie naam="Vereniging van Nederlandse Gemeenten"><alias>VNG</alias></organisatie>
//     <organisatie naam="Gemeente Borne"/>
//   </organisaties>
//
// An entry's `organisaties` holds canonical names only; `check` warns about
// unknown names, aliases, and organisations the entry never names.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "lessenbank/document.h"

namespace lessenbank {

class OrganisationList {
 public:
  // Adds a canonical name with its aliases. A later duplicate is ignored.
  void add(const std::string& name, std::vector<std::string> aliases);

  bool empty() const { return names_.empty(); }
  std::size_t size() const { return names_.size(); }
  bool is_canonical(const std::string& name) const;
  // The canonical name an alias (case and diacritics ignored) stands for, or "".
  std::string canonical_for_alias(const std::string& alias) const;
  // The ways a text may name `name`: the name, its aliases and, for
  // "Gemeente X", X alone.
  std::vector<std::string> mention_forms(const std::string& name) const;

 private:
  std::map<std::string, std::vector<std::string>> names_;  // canonical -> aliases
  std::map<std::string, std::string> aliases_;              // folded alias -> canonical
};

struct OrganisationListResult {
  OrganisationList list;
  std::vector<Diagnostic> diagnostics;  // errors name the file line
  bool ok() const { return diagnostics.empty(); }
};

// Reads the XML file; a missing file gives an empty list and no diagnostic.
// Never throws: problems are diagnostics.
OrganisationListResult load_organisations(const std::filesystem::path& file,
                                          const std::string& display_path);

// True when `text` contains `phrase` as whole words, case and diacritics ignored.
bool mentions(const std::string& text, const std::string& phrase);

}  // namespace lessenbank
