// Turns a parsed Document into the Xapian document of the schema (private).
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "compounds.h"
#include "lessenbank/document.h"

namespace lessenbank {

// Lowercases UTF-8 text with Xapian's Unicode tables.
std::string fold_case(const std::string& text);

// The terms a word adds to an entry beside itself (wdf 1, no positions): its
// compound parts and their stems, and the stem of its dictionary lemma when
// that differs. The same for every entry of a run.
std::vector<std::string> word_form_terms(const std::string& word, const Lexicon& lexicon, const Xapian::Stem& stemmer);

// Fills lexicon.word_forms for every word of lexicon.words that can be cut
// (at least kMinCompoundWord bytes) and sets forms_of_all_words. Before the
// lexicon is shared between threads.
void remember_word_forms(Lexicon& lexicon, const Xapian::Stem& stemmer);

// Builds Xapian documents; one per thread (TermGenerator is not thread-safe).
class TermBuilder {
 public:
  explicit TermBuilder(const std::string& stemmer);
  // `lexicon` (may be null) adds the parts of compound words and the stems of
  // the words' dictionary lemmas as terms (wdf 1, no positions).
  Xapian::Document build(const Document& doc, const Lexicon* lexicon = nullptr);

 private:
  void add_word_forms(Xapian::Document& xd, const Lexicon& lexicon);
  void add_key_terms(const Document& doc, Xapian::Document& xd);
  void add_themes(const Document& doc, Xapian::Document& xd);
  void index_field(const std::string& text, Xapian::termcount weight, const char* prefix);
  Xapian::TermGenerator generator_;
  Xapian::Stem stemmer_;
};

}  // namespace lessenbank
