// Dutch compound splitting against a lexicon of the corpus's own words
// (private to core): "ketensamenwerking" -> keten + samenwerking,
// "omgevingsdienst" -> omgeving + (s) + dienst.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "dictionary.h"
#include "word_set.h"

namespace lessenbank {

// The words an index run knows: the corpus's own words and their stems, and
// (when enabled) the Dutch dictionary with the lemmas of the corpus's words.
struct Lexicon {
  WordSet words;  // lowercase, at least kMinPart bytes
  WordSet stems;
  std::shared_ptr<const Dictionary> dictionary;          // null: corpus words only
  std::unordered_map<std::string, std::string> lemmas;  // word -> dictionary lemma, when it differs
};

class CompoundSplitter {
 public:
  // Not owned; must outlive the splitter. Words are lowercase.
  // `stems`: the stems of the lexicon words, so that an inflected last part
  // ("impactanalyses": analyses ~ analyse) is recognised too. A part is known
  // when the corpus or the dictionary has it.
  CompoundSplitter(const Lexicon& lexicon, const Xapian::Stem& stemmer)
      : lexicon_(lexicon.words), stems_(lexicon.stems), dictionary_(lexicon.dictionary.get()), stemmer_(stemmer) {}

  // The parts of `word` when it is a compound of lexicon words (each at least
  // kMinPart bytes, joined directly or by -s-, -e- or -en-); empty otherwise.
  // Of several splits the one with the longest shortest part wins.
  std::vector<std::string> split(const std::string& word) const;

  static constexpr std::size_t kMinPart = 4;
  static constexpr std::size_t kMinWord = 9;

 private:
  std::vector<std::string> split(std::string_view word) const;
  bool known(std::string_view part) const {
    return lexicon_.find(part) != lexicon_.end() || (dictionary_ && dictionary_->contains(part));
  }
  bool known_last_part(std::string_view part) const {
    return known(part) || stems_.count(stemmer_(std::string(part)));
  }

  const WordSet& lexicon_;
  const WordSet& stems_;
  const Dictionary* dictionary_;
  const Xapian::Stem& stemmer_;
};

// The lowercase words (letters and digits) of `text`, as Xapian would cut them.
std::vector<std::string> words_of(const std::string& text);

}  // namespace lessenbank
