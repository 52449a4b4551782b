// When a spelling correction may be offered or applied (private to core).
#pragma once

#include <functional>
#include <string>

#include "lessenbank/thesaurus.h"

namespace lessenbank {

// True for an abbreviation as staff type it, with plural or possessive:
// "OD", "OD's", "ODs", "RUD's", "DSO-LV", "B&W", "3D's", "VTH".
bool is_abbreviation(const std::string& token);

// `corrected` (Xapian's correction of `query`) when every changed word may be
// corrected and is close to what was typed, else "". Never changed: a word
// the index knows (`known`, given the lowercase word), an abbreviation, a
// thesaurus term or its plural or possessive ("OD's", "ODs");
// nor a phrase of several unknown words (English: "change management
// approach" is not corrected word by word). Close: an edit distance of 1, or
// 2 for words of seven letters or more.
// Whether acceptable_correction could change any word of `query`: false when
// every word is known, an abbreviation or a thesaurus term, so that asking
// Xapian for a correction (costly) can be skipped.
bool has_correctable_word(const std::string& query, const Thesaurus& thesaurus,
                          const std::function<bool(const std::string&)>& known);

std::string acceptable_correction(const std::string& query, const std::string& corrected, const Thesaurus& thesaurus,
                                  const std::function<bool(const std::string&)>& known);

}  // namespace lessenbank
