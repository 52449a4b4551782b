#include "snippet.h"

#include <algorithm>
#include <vector>

#include "lessenbank/html.h"

namespace lessenbank {

namespace {

struct Word {
  std::size_t begin, end;  // bytes in the text
  int key;                 // matched query term (SnippetTerms::match), or 0
};

struct Sentence {
  std::size_t begin, end;            // bytes
  std::size_t first_word, end_word;  // indexes into the words
};

// Word characters as Xapian sees them (letters, digits, '_' in ASCII), with
// a table for ASCII: most of the text, and Xapian's Unicode look-up per
// character was a large part of a snippet's cost.
bool is_ascii_word(unsigned ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

bool is_word_char(unsigned ch) { return ch < 0x80 ? is_ascii_word(ch) : Xapian::Unicode::is_wordchar(ch); }

void append_lower(std::string& out, unsigned ch) {
  if (ch < 0x80) {
    out += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
  } else {
    Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(ch));
  }
}

// Whether the word at `at` (its first byte a word character) certainly
// matches no query term, told from its first two bytes when they are ASCII:
// most words, which then need not be lowercased, copied or looked up.
bool cannot_match(std::string_view text, std::size_t at, const SnippetTerms& terms) {
  const auto lower = [](unsigned char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
  const auto first = static_cast<unsigned char>(text[at]);
  if (first >= 0x80) return false;
  if (at + 1 == text.size()) return !terms.may_begin(lower(first), 0);
  const auto second = static_cast<unsigned char>(text[at + 1]);
  if (second >= 0x80) return false;
  return !terms.may_begin(lower(first), is_word_char(second) ? lower(second) : 0);
}

bool ends_sentence(std::string_view text, std::size_t i) {
  if (text[i] == '\n') return true;
  return (text[i] == '.' || text[i] == '?' || text[i] == '!') && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
}

// The words of a text, each with the query term it matches (0: none), and
// the bytes that end a sentence (ends_sentence), found in one pass.
struct Scan {
  std::vector<Word> words;
  std::vector<std::size_t> ends;
};

Scan scan(std::string_view text, const SnippetTerms& terms) {
  Scan out;
  out.words.reserve(text.size() / 6);
  std::string current;
  std::size_t begin = 0;
  bool in_word = false, skip = false;
  for (std::size_t at = 0, next = 0; at < text.size(); at = next) {
    unsigned ch = static_cast<unsigned char>(text[at]);
    next = at + 1;
    if (ch >= 0x80) {  // Xapian decodes the rest, invalid bytes included
      Xapian::Utf8Iterator it(text.data() + at, text.size() - at);
      ch = *it;
      next = text.size() - (++it).left();
    }
    if (is_word_char(ch)) {
      if (!in_word) {
        in_word = true;
        begin = at;
        skip = cannot_match(text, at, terms);
      }
      if (!skip) {
        append_lower(current, ch);
      } else {  // the ASCII rest of a word no query term begins like
        while (next < text.size() && is_ascii_word(static_cast<unsigned char>(text[next]))) ++next;
      }
      continue;
    }
    if (in_word) {
      out.words.push_back({begin, at, skip ? 0 : terms.match(current)});
      current.clear();
      in_word = false;
    }
    if (ends_sentence(text, at)) out.ends.push_back(at);
  }
  if (in_word) out.words.push_back({begin, text.size(), skip ? 0 : terms.match(current)});
  return out;
}

// A sentence ends at each of `ends` and at the end of the text.
std::vector<Sentence> sentences_of(std::string_view text, const Scan& scanned) {
  std::vector<Sentence> out;
  const std::vector<Word>& words = scanned.words;
  std::size_t begin = 0, w = 0;
  const auto close = [&](std::size_t i) {
    const std::size_t end = std::min(i + 1, text.size());
    const std::size_t first = w;
    while (w < words.size() && words[w].begin < end) ++w;
    if (w > first) out.push_back({begin, end, first, w});
    begin = end;
    while (begin < text.size() && (text[begin] == ' ' || text[begin] == '\n')) ++begin;
  };
  for (const std::size_t i : scanned.ends) close(i);
  close(text.size());
  return out;
}

// Sentences [first, last) that fit `length`, and how well they match.
struct Window {
  std::size_t first = 0, last = 0;
  long score = -1;
};

long score_of(const std::vector<Word>& words, std::size_t from, std::size_t to) {
  std::vector<int> distinct;
  long matches = 0;
  for (std::size_t w = from; w < to; ++w) {
    if (words[w].key == 0) continue;
    ++matches;
    if (std::find(distinct.begin(), distinct.end(), words[w].key) == distinct.end()) distinct.push_back(words[w].key);
  }
  return static_cast<long>(distinct.size()) * 1000 + std::min(matches, 9L) * 10;
}

Window best_window(const std::vector<Sentence>& s, const std::vector<Word>& words, std::size_t length) {
  Window best;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t j = i + 1;
    while (j < s.size() && s[j].end - s[i].begin <= length) ++j;
    const long score = score_of(words, s[i].first_word, s[j - 1].end_word) - static_cast<long>(std::min<std::size_t>(i, 9));
    if (score > best.score) best = {i, j, score};
  }
  return best;
}

std::string render(std::string_view text, const std::vector<Word>& words, std::size_t from_word, std::size_t to_word,
                   bool lead, bool trail) {
  std::string out = lead ? "…" : "";
  std::size_t pos = words[from_word].begin;
  for (std::size_t w = from_word; w < to_word; ++w) {
    out += html_escape(text.substr(pos, words[w].begin - pos));
    const std::string word = html_escape(text.substr(words[w].begin, words[w].end - words[w].begin));
    out += words[w].key == 0 ? word : "<mark>" + word + "</mark>";
    pos = words[w].end;
  }
  // Keep the sentence's closing punctuation.
  const std::size_t tail_end = trail ? pos : std::min(text.size(), text.find_first_of(" \n", pos));
  out += html_escape(text.substr(pos, tail_end - pos));
  return out + (trail ? "…" : "");
}

}  // namespace

SnippetTerms::SnippetTerms(const Xapian::Query& query, const Xapian::Stem& stemmer)
    : heads_(1u << 16, false), stemmer_(stemmer) {
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
    const std::string term = *t;
    if (term.empty()) continue;
    const int id = static_cast<int>(words_.size() + stems_.size()) + 1;
    if (term[0] == 'Z' && term.size() > 1 && !(term[1] >= 'A' && term[1] <= 'Z')) {
      if (stems_.emplace(term.substr(1), id).second) heads_[head(std::string_view(term).substr(1))] = true;
      stem_heads_.insert(term.substr(1, 3));
    } else if (!(term[0] >= 'A' && term[0] <= 'Z')) {
      if (words_.emplace(term, id).second) heads_[head(term)] = true;
    }
  }
}

std::size_t SnippetTerms::head(std::string_view word) {
  const auto first = static_cast<unsigned char>(word[0]);
  return word.size() < 2 ? first << 8 : (first << 8) | static_cast<unsigned char>(word[1]);
}

int SnippetTerms::match(const std::string& word) const {
  // A word that begins like no query word or stem (most of them) is not looked up.
  if (word.empty() || !heads_[head(word)]) return 0;
  if (const auto w = words_.find(word); w != words_.end()) return w->second;
  if (stems_.empty() || !stem_heads_.count(word.substr(0, 3))) return 0;
  const auto s = stems_.find(stemmer_(word));
  return s == stems_.end() ? 0 : s->second;
}

std::string make_snippet(std::string_view clean, const SnippetTerms& terms, std::size_t length) {
  const Scan scanned = scan(clean, terms);
  const std::vector<Word>& words = scanned.words;
  const std::vector<Sentence> sentences = sentences_of(clean, scanned);
  if (sentences.empty()) return {};
  const Window w = best_window(sentences, words, length);
  std::size_t from = sentences[w.first].first_word, to = sentences[w.last - 1].end_word;
  bool lead = false, trail = false;
  if (words[to - 1].end - words[from].begin > length) {
    // One long sentence: cut around its first match.
    std::size_t first_match = from;
    while (first_match < to && words[first_match].key == 0) ++first_match;
    if (first_match == to) first_match = from;
    while (from < first_match && words[first_match].begin - words[from].begin > length / 3) ++from, lead = true;
    std::size_t end = from;
    while (end < to && words[end].end - words[from].begin <= length) ++end;
    trail = end < to;
    to = std::max(end, from + 1);
  }
  return render(clean, words, from, to, lead, trail);
}

}  // namespace lessenbank
