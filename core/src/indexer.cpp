#include "lessenbank/index.h"

#include <xapian.h>

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <exception>
#include <fstream>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "compounds.h"
#include "corpus_state.h"
#include "index_batching.h"
#include "index_swap.h"
#include "lessenbank/corpus.h"
#include "lessenbank/error.h"
#include "lessenbank/thesaurus.h"
#include "lessenbank/vocabulary.h"
#include "schema.h"
#include "shard_builder.h"
#include "term_builder.h"

namespace fs = std::filesystem;

namespace lessenbank {

namespace {

constexpr const char* kThesaurusFile = "thesaurus.xml";

// One changed file on its way into the index.
struct Work {
  const CorpusFile* file = nullptr;
  std::uint64_t hash = 0;
  ParseResult parsed;
  Xapian::Document xdoc;
};

// The bytes of a file, but never much more than kMaxEntryBytes: a larger file
// is refused by parse_document on its size and need not be read whole.
std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string out;
  char buf[1 << 16];
  while (in && out.size() <= kMaxEntryBytes) {
    in.read(buf, sizeof buf);
    out.append(buf, static_cast<std::size_t>(in.gcount()));
  }
  return out;
}

// Joins a thread when the scope ends, also when an exception unwinds it:
// a joinable std::thread destroyed during unwinding calls std::terminate.
struct JoinOnExit {
  std::thread& thread;
  ~JoinOnExit() {
    if (thread.joinable()) thread.join();
  }
};

// Throws IndexError when the index folder cannot be written (read-only share or
// file system, no permission): not to be mistaken for another writer's lock.
void require_writable(const fs::path& dir) {
  if (::access(dir.c_str(), W_OK) == 0) return;
  const int err = errno;
  if (err == EROFS || err == EACCES || err == EPERM) {
    throw IndexError("indexmap '" + dir.string() + "' is alleen-lezen (" + std::strerror(err) +
                     "); bijwerken kan alleen in een schrijfbare map");
  }
}

Xapian::WritableDatabase open_writable(const IndexOptions& o, bool overwrite) {
  std::error_code ec;
  fs::create_directories(o.index_dir, ec);
  require_writable(ec ? o.index_dir.parent_path() : o.index_dir);
  if (ec) throw IoError("kan indexmap '" + o.index_dir.string() + "' niet maken: " + ec.message());
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(o.lock_wait_ms);
  const int mode = overwrite ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN;
  for (;;) {
    try {
      return Xapian::WritableDatabase(o.index_dir.string(), mode);
    } catch (const Xapian::DatabaseLockError& e) {
      if (e.get_msg().find("already locked") == std::string::npos) {
        require_writable(o.index_dir);
        throw IndexError("kan index '" + o.index_dir.string() + "' niet vergrendelen: " + e.get_description());
      }
      if (std::chrono::steady_clock::now() > deadline) {
        throw IndexLockedError("de index '" + o.index_dir.string() +
                               "' wordt al bijgewerkt door een ander proces; probeer het later opnieuw");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    } catch (const Xapian::Error& e) {
      throw IndexError("kan index '" + o.index_dir.string() + "' niet openen: " + e.get_description());
    }
  }
}

// Every `threads`-th file of a batch from `first` on.
void prepare_part(std::vector<Work>& batch, const IndexOptions& o, unsigned threads, const Lexicon& lexicon,
                  unsigned first) {
  TermBuilder builder(o.stemmer);
  for (std::size_t i = first; i < batch.size(); i += threads) {
    Work& w = batch[i];
    const std::string bytes = read_bytes(o.corpus_dir / w.file->rel_path);
    w.hash = fnv1a(bytes);
    w.parsed = parse_document(bytes, w.file->rel_path, o.parse);
    if (!w.parsed.document) continue;
    if (o.plugins) w.parsed.document->theme_assignments = o.plugins->classify(*w.parsed.document);
    w.xdoc = builder.build(*w.parsed.document, &lexicon);
  }
}

// Parses and builds a batch on `threads` threads; order is kept. An exception
// on any thread is rethrown here, after every thread has been joined.
// Each thread has its own stemmer and term generator: Xapian::Stem is not thread-safe.
void prepare(std::vector<Work>& batch, const IndexOptions& o, unsigned threads, const Lexicon& lexicon) {
  std::vector<std::exception_ptr> errors(threads);
  auto worker = [&](unsigned first) noexcept {
    try {
      prepare_part(batch, o, threads, lexicon, first);
    } catch (...) {
      errors[first] = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker, t);
  worker(0);
  for (auto& th : pool) th.join();
  for (const auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

// One update of one index folder. All changes between two checkpoints are one
// Xapian transaction: when an exception (disk full, a Xapian error) unwinds a
// run, the transaction is cancelled and the last checkpoint stays as it was.
class Run {
 public:
  Run(const IndexOptions& o, bool full) : o_(with_plugin_themes(o)), db_(open_writable(o, full)) {
    if (!full && db_.get_metadata(schema::kMetaSchema) == schema::kVersion &&
        db_.get_metadata(schema::kMetaStemmer) == o.stemmer &&
        db_.get_metadata(schema::kMetaDictionary) == dictionary_description() &&
        db_.get_metadata(schema::kMetaPlugins) == plugin_signature()) {
      state_ = parse_state(db_.get_metadata(schema::kMetaFiles));
      refused_ = parse_refused(db_.get_metadata(schema::kMetaRefused));
    } else if (db_.get_doccount() > 0) {
      // Other schema, stemmer, dictionary or plugins: everything is built
      // again, beside the live index (see run()), never by emptying it.
      stale_ = true;
      stale_reason_ = changed_settings();
      db_.close();
      return;
    }
    for (const auto& [path, st] : state_) owner_[st.id] = path;
    fresh_ = db_.get_doccount() == 0;
    db_.begin_transaction(true);
  }

  // One part of a build in parts (see shard_builder.h): a new database in
  // o.index_dir, compounds split against the whole build's lexicon. Batch and
  // commit sizes per part: index_batching.h.
  Run(const IndexOptions& o, const Lexicon& lexicon, unsigned parts)
      : o_(with_plugin_themes(o)),
        db_(open_writable(o, true)),
        lexicon_(&lexicon),
        batch_(batching::part_batch(parts)),
        commit_every_(batching::part_commit_every(parts)),
        fresh_(true) {
    db_.begin_transaction(true);
  }

  ShardOutcome index_part(const std::vector<const CorpusFile*>& files) {
    report_.scanned = files.size();
    process(files);
    checkpoint();
    db_.close();
    return {std::move(state_), std::move(refused_), std::move(report_)};
  }

  // The index was built with other settings and must be built again in full.
  bool stale() const { return stale_; }
  // Which settings differ from the index's, in Dutch (when stale()).
  const std::string& stale_reason() const { return stale_reason_; }

  IndexReport execute() {
    const auto files = scan_corpus(o_.corpus_dir);
    report_.scanned = files.size();
    remove_deleted(files);
    std::vector<const CorpusFile*> candidates;
    for (const auto& f : files) {
      if (still_refused(f)) continue;
      const auto it = state_.find(f.rel_path);
      if (it != state_.end() && it->second.mtime_ns == f.mtime_ns && it->second.size == f.size) {
        ++report_.unchanged;
      } else {
        candidates.push_back(&f);
      }
    }
    update_thesaurus();
    build_lexicon(candidates);
    if (fresh_ && candidates.size() >= o_.shard_from) return build_in_parts(candidates);
    process(candidates);
    // Nothing changed: no commit, no rewriting of the file state.
    if (dirty_ || !candidates.empty() || report_.removed > 0 || fresh_) checkpoint();
    const fs::path old = compact();
    db_.close();  // releases the write lock before we return
    std::error_code ec;
    if (!old.empty()) fs::remove_all(old, ec);
    return std::move(report_);
  }

 private:
  // A build into an empty index: parts indexed on every core, merged by
  // Xapian's compactor into a folder beside this one, which is then swapped
  // in while this run still holds the write lock.
  IndexReport build_in_parts(const std::vector<const CorpusFile*>& candidates) {
    ShardPlan plan;
    plan.work_dir = index_swap::sibling(o_.index_dir, ".delen");
    plan.out_dir = index_swap::sibling(o_.index_dir, ".nieuw");
    // Parts of at least half of shard_from files: threads cost more than they give on fewer.
    const std::size_t per_part = std::max<std::size_t>(1, o_.shard_from / 2);
    plan.parts = static_cast<unsigned>(std::clamp<std::size_t>(candidates.size() / per_part, 1, cores()));
    plan.metadata = {{schema::kMetaSchema, schema::kVersion},
                     {schema::kMetaStemmer, o_.stemmer},
                     {schema::kMetaDictionary, dictionary_description()},
                     {schema::kMetaPlugins, plugin_signature()},
                     {schema::kMetaThesaurus, db_.get_metadata(schema::kMetaThesaurus)}};
    plan.corpus_dir = o_.corpus_dir;
    plan.parse = o_.parse;
    plan.parts_done = [this] { release_parts_memory(); };
    const Lexicon& lexicon = *lexicon_;
    ShardOutcome built = build_sharded(candidates, plan, [&](const auto& files, const fs::path& dir) {
      IndexOptions part = o_;
      part.index_dir = dir;
      part.threads = 1;
      return Run(part, lexicon, plan.parts).index_part(files);
    });
    report_.added = built.report.added;
    report_.failed += built.report.failed;
    std::move(built.report.diagnostics.begin(), built.report.diagnostics.end(), std::back_inserter(report_.diagnostics));
    index_swap::exchange(plan.out_dir, o_.index_dir);  // out_dir now holds the empty index
    db_.close();
    std::error_code ec;
    fs::remove_all(plan.out_dir, ec);
    return std::move(report_);
  }

  // Before the parts are merged: the lexicon (~100 MB at 100k) is no longer
  // needed, and what the parts' threads freed stays in their malloc arenas
  // until trimmed; otherwise the compactor's memory comes on top of both.
  void release_parts_memory() {
    own_lexicon_ = Lexicon{};
    malloc_trim(0);
  }

  unsigned cores() const { return o_.threads ? o_.threads : std::max(1u, std::thread::hardware_concurrency()); }

  // A freshly built index is compacted into a new folder that then takes the
  // old one's place: full blocks, about a third smaller. Runs while this run
  // still holds the write lock, so no other writer's commit can be lost; a
  // failure is reported and leaves the complete uncompacted index in place.
  // Returns the folder holding the uncompacted index, to remove after close.
  fs::path compact() {
    if (!fresh_ || report_.added < o_.compact_from) return {};
    try {
      return index_swap::compact(o_.index_dir);
    } catch (const Error& e) {
      report_.compact_error = e.what();
      return {};
    }
  }

  // A refused file whose time and size did not change is reported again from
  // memory, without reading it (a 50 MB junk file is not read on every run).
  bool still_refused(const CorpusFile& f) {
    const auto r = refused_.find(f.rel_path);
    if (r == refused_.end()) return false;
    if (r->second.mtime_ns != f.mtime_ns || r->second.size != f.size) {
      refused_.erase(r);
      dirty_ = true;
      return false;
    }
    report_.diagnostics.insert(report_.diagnostics.end(), r->second.diagnostics.begin(), r->second.diagnostics.end());
    ++report_.failed;
    return true;
  }

  // Commits the documents written so far together with the file state that
  // describes them, so an interrupted run never leaves entries the state
  // does not know of. Also bounds memory: Xapian buffers until a commit.
  void checkpoint() {
    db_.set_metadata(schema::kMetaSchema, schema::kVersion);
    db_.set_metadata(schema::kMetaStemmer, o_.stemmer);
    db_.set_metadata(schema::kMetaDictionary, dictionary_description());
    db_.set_metadata(schema::kMetaPlugins, plugin_signature());
    db_.set_metadata(schema::kMetaFiles, serialize_state(state_));
    db_.set_metadata(schema::kMetaRefused, serialize_refused(refused_));
    write_word_data();
    db_.commit_transaction();
    db_.begin_transaction(true);
    written_since_commit_ = 0;
  }

  // corpus/thesaurus.xml into the index metadata; a broken file keeps the old one.
  void update_thesaurus() {
    const ThesaurusResult t = o_.thesaurus ? load_thesaurus(o_.corpus_dir / kThesaurusFile, kThesaurusFile)
                                           : ThesaurusResult{};
    if (!t.ok()) {
      report_.diagnostics.insert(report_.diagnostics.end(), t.diagnostics.begin(), t.diagnostics.end());
      ++report_.failed;
      return;
    }
    const std::string serialized = t.thesaurus.serialize();
    if (db_.get_metadata(schema::kMetaThesaurus) != serialized) {
      db_.set_metadata(schema::kMetaThesaurus, serialized);
      dirty_ = true;
    }
  }

  // The words compounds are split into: the index's vocabulary plus the words
  // of the files about to be indexed.
  void build_lexicon(const std::vector<const CorpusFile*>& candidates) {
    if (candidates.empty()) return;
    for (auto t = db_.allterms_begin(); t != db_.allterms_end(); ++t) {
      if (schema::is_word_term(*t) && (*t).size() >= CompoundSplitter::kMinPart) own_lexicon_.words.insert(*t);
    }
    WordSet fresh;  // the words of the files about to be indexed
    for (const CorpusFile* f : candidates) {
      if (f->size > kMaxEntryBytes) continue;  // refused unread
      for (auto& w : words_of(read_bytes(o_.corpus_dir / f->rel_path))) {
        if (w.size() >= CompoundSplitter::kMinPart) fresh.insert(std::move(w));
      }
    }
    // Into an empty index every word is fresh: move the set instead of keeping
    // a second copy of the largest structure of a build (435,000 words at 100k).
    const bool all_fresh = own_lexicon_.words.empty();
    if (all_fresh) {
      own_lexicon_.words.swap(fresh);
    } else {
      own_lexicon_.words.insert(fresh.begin(), fresh.end());
    }
    for (const auto& w : own_lexicon_.words) own_lexicon_.stems.insert(stemmer_(w));
    own_lexicon_.dictionary = dictionary_;
    if (dictionary_) add_lemmas(all_fresh ? own_lexicon_.words : fresh);
    // Into an empty index (a full build) each word's forms are worked out once;
    // an update works out the forms of its few entries' words as they come.
    if (all_fresh) remember_word_forms(own_lexicon_, stemmer_);
  }

  // word -> lemma from the dictionary, when the lemma has another stem
  // ("betrokken" -> "betrekken", "analyses" -> "analyse").
  void add_lemmas(const WordSet& words) {
    for (const auto& w : words) {
      std::string lemma = dictionary_->lemma(w, own_lexicon_.words);
      if (!lemma.empty() && stemmer_(lemma) != stemmer_(w)) own_lexicon_.lemmas.emplace(w, std::move(lemma));
    }
  }

  // Spelling data and diacritic-free synonyms for the words of a document,
  // gathered here and written at the next checkpoint: one add_spelling per
  // word and each synonym once, in key order. Xapian buffers every call in
  // its own maps, and a synonym for another key than the previous one merges
  // that key's entry at once (half the cost of a build, issue 15).
  void add_word_data(const Xapian::Document& xd) {
    for (auto t = xd.termlist_begin(); t != xd.termlist_end(); ++t) {
      std::string term = *t;
      if (!schema::is_word_term(term)) continue;
      const auto [count, first] = spelling_.try_emplace(term, 0);
      ++count->second;
      // Once per checkpoint a word is checked (cheap), and a word with
      // synonyms stemmed once per run; only those words are remembered.
      if (!first || synonyms_seen_.count(term)) continue;
      if (add_synonyms_of(term)) synonyms_seen_.insert(std::move(term));
    }
  }

  // The synonyms a word's documents give, the same for every document.
  // Returns whether the word has any.
  bool add_synonyms_of(const std::string& term) {
    bool any = false;
    // A query of one form also finds the other: the document holds the
    // lemma's stem, the synonym leads the word's stem to it.
    if (const auto lemma = lexicon_->lemmas.find(term); lemma != lexicon_->lemmas.end()) {
      synonyms_.emplace("Z" + stemmer_(term), "Z" + stemmer_(lemma->second));
      any = true;
    }
    if (std::all_of(term.begin(), term.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return any;
    const std::string folded = fold_diacritics(term);
    if (folded == term) return any;
    synonyms_.emplace(folded, term);
    synonyms_.emplace("Z" + stemmer_(folded), "Z" + stemmer_(term));
    return true;
  }

  void remove_word_data(const std::string& id) {
    const std::string q = schema::kId + id;
    const auto p = db_.postlist_begin(q);
    if (p == db_.postlist_end(q)) return;
    const Xapian::Document old = db_.get_document(*p);
    for (auto t = old.termlist_begin(); t != old.termlist_end(); ++t) {
      if (schema::is_word_term(*t)) --spelling_[*t];
    }
  }

  // The gathered word data into the open transaction. A word's count only
  // falls below zero by the removal of documents that hold it, so the
  // database has at least that much to remove.
  void write_word_data() {
    for (const auto& [word, delta] : spelling_) {
      if (delta > 0) db_.add_spelling(word, static_cast<Xapian::termcount>(delta));
      if (delta < 0) db_.remove_spelling(word, static_cast<Xapian::termcount>(-delta));
    }
    for (const auto& [key, synonym] : synonyms_) db_.add_synonym(key, synonym);
    spelling_.clear();
    synonyms_.clear();
  }

  void remove_deleted(const std::vector<CorpusFile>& files) {
    std::set<std::string> present;
    for (const auto& f : files) present.insert(f.rel_path);
    for (auto it = refused_.begin(); it != refused_.end();) {
      dirty_ |= !present.count(it->first);
      it = present.count(it->first) ? std::next(it) : refused_.erase(it);
    }
    for (auto it = state_.begin(); it != state_.end();) {
      if (present.count(it->first)) {
        ++it;
        continue;
      }
      remove_word_data(it->second.id);
      db_.delete_document(schema::kId + it->second.id);
      owner_.erase(it->second.id);
      ++report_.removed;
      it = state_.erase(it);
    }
  }

  // A pipeline: while this thread writes batch k into Xapian (one writer
  // only), the other cores parse, classify and build batch k+1.
  void process(const std::vector<const CorpusFile*>& candidates) {
    const unsigned cores = this->cores();
    const unsigned preparers = std::max(1u, cores > 1 ? cores - 1 : 1u);
    auto make_batch = [&](std::size_t start) {
      std::vector<Work> batch;
      for (std::size_t i = start; i < std::min(candidates.size(), start + batch_); ++i) {
        batch.push_back({candidates[i], 0, {}, {}});
      }
      return batch;
    };
    if (candidates.empty()) return;
    std::vector<Work> current = make_batch(0);
    prepare(current, o_, cores, *lexicon_);
    for (std::size_t start = batch_;; start += batch_) {
      std::vector<Work> next = start < candidates.size() ? make_batch(start) : std::vector<Work>();
      std::exception_ptr ahead_error;
      std::thread ahead;
      const JoinOnExit join_ahead{ahead};  // also when commit_one or checkpoint throws
      if (!next.empty()) {
        ahead = std::thread([&]() noexcept {
          try {
            prepare(next, o_, preparers, *lexicon_);
          } catch (...) {
            ahead_error = std::current_exception();
          }
        });
      }
      for (auto& w : current) {
        commit_one(w);
        w = Work{};  // Xapian has its own copy now: free the document (~100 KB) at once
      }
      written_since_commit_ += current.size();
      if (written_since_commit_ >= commit_every_) checkpoint();
      if (ahead.joinable()) ahead.join();
      if (ahead_error) std::rethrow_exception(ahead_error);
      if (next.empty()) break;
      current = std::move(next);
    }
  }

  void commit_one(Work& w) {
    const std::string& path = w.file->rel_path;
    auto& diags = report_.diagnostics;
    diags.insert(diags.end(), w.parsed.diagnostics.begin(), w.parsed.diagnostics.end());
    if (!w.parsed.document) {
      refused_[path] = {w.file->mtime_ns, w.file->size, w.parsed.diagnostics};
      ++report_.failed;
      return;
    }
    refused_.erase(path);
    const auto old = state_.find(path);
    const std::string& id = w.parsed.document->meta.id;
    if (old != state_.end() && old->second.hash == w.hash && old->second.id == id) {
      old->second.mtime_ns = w.file->mtime_ns;  // touched, not changed
      ++report_.unchanged;
      return;
    }
    if (const auto o = owner_.find(id); o != owner_.end() && o->second != path) {
      diags.push_back({path, w.parsed.document->field_lines["id"],
                       "id '" + id + "' wordt al gebruikt in " + o->second});
      ++report_.failed;
      return;
    }
    if (old != state_.end()) remove_word_data(old->second.id);
    if (old != state_.end() && old->second.id != id) {
      db_.delete_document(schema::kId + old->second.id);
      owner_.erase(old->second.id);
    }
    if (old == state_.end() && !owner_.count(id)) {
      db_.add_document(w.xdoc);  // certainly new: no look-up of the id term
    } else {
      db_.replace_document(schema::kId + id, w.xdoc);
    }
    add_word_data(w.xdoc);
    ++(old != state_.end() ? report_.updated : report_.added);
    owner_[id] = path;
    state_[path] = {w.file->mtime_ns, w.file->size, w.hash, id};
  }

  // The settings recorded in the index that differ from this run's, as
  // "andere stemmer (index: dutch, nu: english)"; '; '-separated.
  std::string changed_settings() const {
    const auto plugins = [](const std::string& signature) {
      std::string out;
      std::size_t at = 0;
      for (std::size_t end; (end = signature.find(';', at)) != std::string::npos; at = end + 1) {
        out += (out.empty() ? "" : ", ") + signature.substr(at, end - at);
      }
      return out.empty() ? std::string("geen") : out;
    };
    const auto shown = [](const std::string& v) { return v.empty() ? std::string("geen") : v; };
    std::string out;
    const auto differs = [&](const char* what, const std::string& key, const std::string& now, auto show) {
      const std::string then = db_.get_metadata(key);
      if (then == now) return;
      out += (out.empty() ? "" : "; ") + std::string(what) + " (index: " + show(then) + ", nu: " + show(now) + ")";
    };
    differs("ander indexformaat", schema::kMetaSchema, schema::kVersion, shown);
    differs("andere stemmer", schema::kMetaStemmer, o_.stemmer, shown);
    differs("ander woordenboek", schema::kMetaDictionary, dictionary_description(), shown);
    differs("andere themaplugins", schema::kMetaPlugins, plugin_signature(), plugins);
    return out;
  }

  // Themes of loaded plugins are valid in `themas` too.
  static IndexOptions with_plugin_themes(IndexOptions o) {
    if (o.plugins && !o.plugins->empty() && o.parse.themes.empty()) {
      o.parse.themes = known_themes();
      for (const auto& p : o.plugins->plugins()) {
        if (!is_known_theme(p.id)) o.parse.themes.push_back(p.id);
      }
    }
    return o;
  }
  std::string plugin_signature() const { return o_.plugins ? o_.plugins->signature() : std::string(); }
  std::string dictionary_description() const { return dictionary_ ? dictionary_->description() : "uit"; }
  static std::shared_ptr<const Dictionary> load_dictionary(const IndexOptions& o) {
    return o.dictionary.empty() ? nullptr : Dictionary::load(o.dictionary);
  }

  const IndexOptions o_;
  const std::shared_ptr<const Dictionary> dictionary_ = load_dictionary(o_);
  Xapian::WritableDatabase db_;
  Xapian::Stem stemmer_{o_.stemmer};
  Lexicon own_lexicon_;
  const Lexicon* lexicon_ = &own_lexicon_;  // a part's is its build's
  std::size_t batch_ = batching::kBatch;
  std::size_t commit_every_ = batching::kCommitEvery;
  std::size_t written_since_commit_ = 0;
  bool fresh_ = false;
  bool stale_ = false;
  std::string stale_reason_;
  bool dirty_ = false;  // metadata changed outside process()
  CorpusState state_;
  RefusedState refused_;
  std::map<std::string, std::string> owner_;  // id -> path
  // Word data since the last checkpoint (add_word_data).
  std::unordered_map<std::string, long> spelling_;  // word -> change of its frequency
  std::set<std::pair<std::string, std::string>> synonyms_;
  std::unordered_set<std::string> synonyms_seen_;  // words with synonyms, gathered or written
  IndexReport report_;
};

IndexReport rebuild_aside(const IndexOptions& o);

IndexReport run(const IndexOptions& o, bool full) {
  try {
    {
      Run r(o, full);
      if (!r.stale()) return r.execute();
      if (o.notice) {
        o.notice("de hele index wordt opnieuw opgebouwd, naast de huidige (die doorzoekbaar blijft): " +
                 r.stale_reason());
      }
    }
    // A changed setting (a plugin added or removed, a new schema) means a
    // full build. The serving index stays searchable until the new one is
    // swapped in, and a failed build leaves it as it was: at 100k a build in
    // place left an empty index for the better part of an hour.
    return rebuild_aside(o);
  } catch (const Xapian::Error& e) {
    throw IndexError("fout bij het bijwerken van de index: " + e.get_description());
  }
}

// Puts the index built in `fresh` at o.index_dir in one step, holding the live
// index's write lock so that no update is committed into the old one meanwhile.
void swap_in(const fs::path& fresh, const IndexOptions& o) {
  std::optional<Xapian::WritableDatabase> live;
  try {
    live.emplace(open_writable(o, false));
  } catch (const IndexLockedError&) {
    throw;
  } catch (const IndexError&) {
    // Not an index we can open (damaged, foreign): replace it all the same.
  }
  index_swap::exchange(fresh, o.index_dir);
  if (live) live->close();
  std::error_code ec;
  fs::remove_all(fresh, ec);  // now the old index
}

// A full rebuild is built beside the live index and swapped in when complete:
// readers keep the old index until then, and a killed rebuild leaves it intact.
IndexReport rebuild_aside(const IndexOptions& o) {
  IndexOptions aside = o;
  aside.index_dir = index_swap::sibling(o.index_dir, ".opnieuw");
  IndexReport report = run(aside, true);
  try {
    swap_in(aside.index_dir, o);
  } catch (const Xapian::Error& e) {
    throw IndexError("kan de nieuwe index niet op zijn plaats zetten: " + e.get_description());
  }
  return report;
}

}  // namespace

Indexer::Indexer(IndexOptions options) : options_(std::move(options)) {}
Indexer::~Indexer() = default;

IndexReport Indexer::update() { return run(options_, false); }
IndexReport Indexer::rebuild() { return rebuild_aside(options_); }

}  // namespace lessenbank
