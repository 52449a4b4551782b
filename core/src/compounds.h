// Dutch compound splitting against a lexicon of the corpus's own words
// (private to core): "ketensamenwerking" -> keten + samenwerking,
// "omgevingsdienst" -> omgeving + (s) + dienst.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_set>
#include <vector>

namespace lessenbank {

class CompoundSplitter {
 public:
  // Not owned; must outlive the splitter. Words are lowercase.
  // `stems`: the stems of the lexicon words, so that an inflected last part
  // ("impactanalyses": analyses ~ analyse) is recognised too.
  CompoundSplitter(const std::unordered_set<std::string>& lexicon, const std::unordered_set<std::string>& stems,
                   const Xapian::Stem& stemmer)
      : lexicon_(lexicon), stems_(stems), stemmer_(stemmer) {}

  // The parts of `word` when it is a compound of lexicon words (each at least
  // kMinPart bytes, joined directly or by -s-, -e- or -en-); empty otherwise.
  // Of several splits the one with the longest shortest part wins.
  std::vector<std::string> split(const std::string& word) const;

  static constexpr std::size_t kMinPart = 4;
  static constexpr std::size_t kMinWord = 9;

 private:
  bool known_last_part(const std::string& part) const {
    return lexicon_.count(part) || stems_.count(stemmer_(part));
  }

  const std::unordered_set<std::string>& lexicon_;
  const std::unordered_set<std::string>& stems_;
  const Xapian::Stem& stemmer_;
};

// The lowercase words (letters and digits) of `text`, as Xapian would cut them.
std::vector<std::string> words_of(const std::string& text);

}  // namespace lessenbank
