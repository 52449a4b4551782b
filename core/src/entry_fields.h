// The front-matter fields as rendered one at a time (private to core): what
// render_entry writes, and what a save over an existing file replaces.
#pragma once

#include <string>
#include <vector>

#include "lessenbank/editing.h"

namespace lessenbank {

// Every field render_entry writes, in its order.
const std::vector<std::string>& metadata_keys();

// The YAML text of one field ("titel: ...\n", a block for `bron`), or "" when
// the field is empty and is left out.
std::string render_field(const Metadata& m, const std::string& key);

// `original` (an entry file as read) with the draft's form fields and body
// written over it: every field whose value did not change, every field the
// form does not know (auteurs, uitgever, opdrachtgever, fields added later),
// comments, order and an unchanged body are kept byte for byte. Returns ""
// when `original` has no front matter to patch.
std::string render_over(const std::string& original, const Metadata& original_meta, const EntryDraft& draft);

}  // namespace lessenbank
