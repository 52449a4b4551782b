// Dutch compound splitting against a lexicon of the corpus's own words
// (private to core): "ketensamenwerking" -> keten + samenwerking,
// "omgevingsdienst" -> omgeving + (s) + dienst.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "dictionary.h"
#include "word_set.h"

namespace lessenbank {

// What may join two parts of a Dutch compound: nothing, -s-, -e- or -en-.
inline constexpr std::string_view kCompoundLinkers[] = {"", "s", "e", "en"};
inline constexpr std::size_t kMinCompoundPart = 4;   // bytes of the shortest part
inline constexpr std::size_t kMinCompoundWord = 9;   // bytes of the shortest word cut

// The one splitting rule of Lessenbank, for the indexer (parts the lexicon
// knows) and the query side (parts the index knows): the parts of `word`
// (at least two, at most `max_parts`, each at least kMinCompoundPart bytes,
// joined directly or by a linker) such that `known_head` accepts every part
// but the last and `known_last` the last one; of several splits the one with
// the longest shortest part wins, the first found on a tie. Empty when no
// split fits. Parts are looked up as views: a string is made only for a
// known part.
template <class KnownHead, class KnownLast>
std::vector<std::string> split_compound(std::string_view word, const KnownHead& known_head,
                                        const KnownLast& known_last, std::size_t max_parts) {
  std::vector<std::string> best;
  std::size_t best_shortest = 0;
  if (word.size() < kMinCompoundWord || max_parts < 2) return best;
  for (std::size_t i = kMinCompoundPart; i + kMinCompoundPart <= word.size(); ++i) {
    const std::string_view head = word.substr(0, i);
    if (!known_head(head)) continue;
    for (const std::string_view linker : kCompoundLinkers) {
      if (word.compare(i, linker.size(), linker) != 0) continue;
      const std::string_view rest = word.substr(i + linker.size());
      if (rest.size() < kMinCompoundPart) continue;
      std::vector<std::string> parts;
      if (known_last(rest)) {
        parts = {std::string(head), std::string(rest)};
      } else if (max_parts > 2) {
        parts = split_compound(rest, known_head, known_last, max_parts - 1);
        if (parts.empty()) continue;
        parts.insert(parts.begin(), std::string(head));
      } else {
        continue;
      }
      std::size_t shortest = parts.front().size();
      for (const auto& p : parts) shortest = std::min(shortest, p.size());
      if (best.empty() || shortest > best_shortest) {
        best = std::move(parts);
        best_shortest = shortest;
      }
    }
  }
  return best;
}

// The words an index run knows: the corpus's own words and their stems, and
// (when enabled) the Dutch dictionary with the lemmas of the corpus's words.
struct Lexicon {
  WordSet words;  // lowercase, at least kMinPart bytes
  WordSet stems;
  std::shared_ptr<const Dictionary> dictionary;          // null: corpus words only
  std::unordered_map<std::string, std::string> lemmas;  // word -> dictionary lemma, when it differs
  // word -> the terms it adds beside itself (word_form_terms in
  // term_builder.h), separated by '\0', worked out once per build into an
  // empty index for every word of at least kMinCompoundWord bytes instead of
  // once per entry that holds the word. Only words that add terms are kept:
  // with forms_of_all_words, a word of `words` missing here adds none.
  std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> word_forms;
  bool forms_of_all_words = false;
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

  static constexpr std::size_t kMinPart = kMinCompoundPart;

 private:
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
