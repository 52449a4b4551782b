#include "dictionary.h"

#include <hunspell/hunspell.hxx>

#include <fstream>
#include <map>
#include <mutex>

#include "lessenbank/error.h"

namespace fs = std::filesystem;

namespace lessenbank {

namespace {

// OpenTaal writes "ij" as the ligature U+0133 in its word list.
std::string without_ligature(std::string w) {
  for (std::size_t p; (p = w.find("\xC4\xB3")) != std::string::npos;) w.replace(p, 2, "ij");
  for (std::size_t p; (p = w.find("\xC4\xB2")) != std::string::npos;) w.replace(p, 2, "ij");
  return w;
}

// Lowercase ASCII letters only: the dictionary's proper names and forms with
// digits, dots or hyphens are no compound parts.
bool plain_lowercase(const std::string& w) {
  for (unsigned char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return !w.empty();
}

void check_readable(const fs::path& file) {
  std::ifstream in(file);
  if (!in) {
    throw IndexError("het Nederlandse woordenboek '" + file.string() +
                     "' ontbreekt of is niet leesbaar; installeer het pakket hunspell-nl "
                     "of zet het woordenboek uit in de instellingen");
  }
}

// Strong-verb vowel changes, participle or past vowel -> infinitive vowel
// ("betrokken" -> "betrekken", "besloten" -> "besluiten", "verbonden" -> "verbinden").
constexpr std::pair<const char*, const char*> kAblaut[] = {
    {"o", "e"}, {"o", "ui"}, {"o", "i"}, {"o", "ie"}, {"o", "ij"}, {"e", "ij"}, {"e", "i"}, {"a", "e"}, {"a", "ee"}};
constexpr const char* kPrefixes[] = {"ge", "be", "ver", "ont", "her", "er"};

// Whether hunspell's stem `lemma` is an inflection of `word` rather than a part
// of it. For Dutch, hunspell also returns the first part of a compound
// ("dienstverlening" -> "dienst", "cliëntenraden" -> "cliënten") and the verb
// without its separable prefix ("aanvragen" -> "vragen", "voorkomen" -> "komen");
// as synonyms these would join unrelated words. An inflection keeps the word's
// beginning (at most its last two letters change: "integrale" -> "integraal",
// "steden" -> "stad") and drops at most four bytes ("kinderen" -> "kind").
bool is_inflection_of(const std::string& word, const std::string& lemma) {
  if (word.size() > lemma.size() + 4) return false;
  std::size_t shared = 0;
  while (shared < word.size() && shared < lemma.size() && word[shared] == lemma[shared]) ++shared;
  return shared + 2 >= lemma.size();
}

}  // namespace

struct Dictionary::Impl {
  explicit Impl(const fs::path& base)
      : hunspell((base.string() + ".aff").c_str(), (base.string() + ".dic").c_str()) {}
  Hunspell hunspell;
  std::mutex mutex;  // Hunspell objects are not safe for concurrent use
};

Dictionary::Dictionary(const fs::path& base) {
  const fs::path aff = base.string() + ".aff", dic = base.string() + ".dic";
  check_readable(aff);
  check_readable(dic);
  impl_ = std::make_unique<Impl>(base);
  std::ifstream in(dic);
  std::string line;
  std::getline(in, line);  // the word count
  while (std::getline(in, line)) {
    std::string w = without_ligature(line.substr(0, line.find('/')));
    if (plain_lowercase(w)) words_.insert(std::move(w));
  }
  description_ = "hunspell:" + base.string() + " (" + std::to_string(words_.size()) + " woorden)";
}

Dictionary::~Dictionary() = default;

std::shared_ptr<const Dictionary> Dictionary::load(const fs::path& base) {
  static std::mutex mutex;
  static std::map<fs::path, std::shared_ptr<const Dictionary>> loaded;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& d = loaded[base];
  if (!d) d.reset(new Dictionary(base));
  return d;
}

std::string Dictionary::lemma(const std::string& word, const WordSet& known) const {
  if (word.size() < 4 || !plain_lowercase(word)) return {};
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  Hunspell& h = impl_->hunspell;
  for (const auto& s : h.stem(word)) {
    const std::string l = without_ligature(s);
    if (l != word && plain_lowercase(l) && is_inflection_of(word, l)) return l;
  }
  if (word.size() < 7 || word.compare(word.size() - 2, 2, "en") != 0) return {};
  // A participle such as "betrokken": its infinitive by a vowel change, only
  // when both the dictionary and the corpus know it.
  for (const char* prefix : kPrefixes) {
    const std::string p(prefix);
    if (word.compare(0, p.size(), p) != 0) continue;
    const std::size_t at = word.find_first_of("aeo", p.size());
    if (at == std::string::npos || at + 3 >= word.size()) continue;
    for (const auto& [from, to] : kAblaut) {
      if (word.compare(at, 1, from) != 0 || std::string("aeiou").find(word[at + 1]) != std::string::npos) continue;
      std::string candidate = word.substr(0, at) + to + word.substr(at + 1);
      if (p == "ge") candidate = candidate.substr(2);  // gebroken -> broken -> breken
      if (candidate != word && known.count(candidate) && h.spell(candidate)) return candidate;
    }
  }
  return {};
}

}  // namespace lessenbank
