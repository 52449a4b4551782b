// The Dutch dictionary (OpenTaal, Debian's hunspell-nl, read with libhunspell)
// for lemmas and compound splitting at index time (private to core).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "word_set.h"

namespace lessenbank {

class Dictionary {
 public:
  // Loads `<base>.aff` and `<base>.dic` (e.g. /usr/share/hunspell/nl), once
  // per process and base. Throws IndexError with a Dutch message naming the
  // missing file and the package when either file is missing or unreadable.
  // Thread-safe.
  static std::shared_ptr<const Dictionary> load(const std::filesystem::path& base);

  ~Dictionary();
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  // True when `word` (lowercase) is a stem word of the dictionary: for
  // compound parts ("omgeving", "dienst"). Thread-safe.
  bool contains(std::string_view word) const { return words_.find(word) != words_.end(); }

  // The lemma of `word` (lowercase): "analyses" -> "analyse", "gemeenten" ->
  // "gemeente" (hunspell's stem); for a strong participle the infinitive when
  // the dictionary knows it and `known` accepts it ("betrokken" -> "betrekken").
  // "" when the dictionary has no other form. Thread-safe (serialised).
  std::string lemma(const std::string& word, const WordSet& known) const;

  // What is recorded in the index metadata: "hunspell:<base> (<n> woorden)".
  const std::string& description() const { return description_; }

 private:
  struct Impl;
  explicit Dictionary(const std::filesystem::path& base);
  std::unique_ptr<Impl> impl_;
  WordSet words_;
  std::string description_;
};

}  // namespace lessenbank
