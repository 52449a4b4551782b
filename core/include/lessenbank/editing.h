// Changing the corpus from a program (the web editor, `lessenbank nieuw`):
// entries are written atomically, validated first, refused when the file
// changed since it was read, deleted into corpus/.prullenbak/ (never
// destroyed), and every change is appended to an audit log. After each change
// the index is updated at once.
//
// Threading: one CorpusEditor serialises its own operations; several
// processes are kept apart by the index's write lock (IndexOptions::lock_wait_ms).
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "lessenbank/document.h"
#include "lessenbank/index.h"

namespace lessenbank {

// An entry as an editor fills it in.
struct EntryDraft {
  Metadata meta;
  std::string body;  // Markdown
};

// The file text of an entry: YAML front matter (written with yaml-cpp, so
// every value is quoted as needed) and the body.
std::string render_entry(const EntryDraft& draft);

// Field -> Dutch message for every problem an editor can fix in a form
// ("titel", "type", "themas", "jaar", "id", ...). Empty when the draft is valid.
std::map<std::string, std::string> validate_draft(const EntryDraft& draft,
                                                  const std::vector<std::string>& themes = {});

// A stable id from a title: lowercase, diacritics removed, '-' between words.
std::string slug_from_title(const std::string& title);

// SHA-256 of the bytes, hex: how an editor proves which version it read.
std::string content_hash(const std::string& bytes);

struct LoadedEntry {
  std::string rel_path;
  std::string hash;  // content_hash of the file as read
  EntryDraft draft;
};

struct EditResult {
  bool ok = false;
  std::string message;                         // Dutch, for the user
  std::map<std::string, std::string> fields;   // field -> problem, when validation failed
  std::string rel_path;
  std::string id;
  std::string hash_before, hash_after;
  std::string trash_name;                      // set by remove()
};

struct TrashItem {
  std::string name;      // file name inside .prullenbak
  std::string rel_path;  // where it came from
  std::string id;
  std::string title;
  std::string deleted_at;  // YYYY-MM-DD HH:MM:SS UTC
};

class CorpusEditor {
 public:
  // `index` says where the corpus and index are and which plugins classify.
  explicit CorpusEditor(IndexOptions index);

  // False when the corpus folder cannot be written (a read-only share).
  bool writable() const;

  // The entry with this id, read from disk. nullopt when unknown or unreadable.
  std::optional<LoadedEntry> load(const std::string& id) const;

  // Saves a new entry (rel_path empty: written as <type>/<id>.md) or an
  // existing one: then `rel_path` is the path the editor opened, which must be
  // the indexed file of draft.meta.id (ids never change; the path is never
  // trusted, and is resolved to stay inside the corpus without symlinks).
  // Only changed fields are rewritten: fields the draft does not carry and an
  // unchanged body are kept byte for byte; an unchanged draft writes nothing.
  // `expected_hash` is the hash the editor read (empty for new entries); a file
  // changed since is never overwritten. Refused, with nothing changed, when
  // the audit line cannot be written. Never throws.
  EditResult save(const std::string& rel_path, const EntryDraft& draft, const std::string& expected_hash,
                  const std::string& user);

  // Moves the entry into .prullenbak/. Never throws.
  EditResult remove(const std::string& id, const std::string& expected_hash, const std::string& user);

  // Moves a deleted entry back to where it was. Never throws.
  EditResult restore(const std::string& trash_name, const std::string& user);

  std::vector<TrashItem> trash() const;

  // The audit log: one JSON object per line (tijd, wie, actie, id, pad, voor, na).
  std::filesystem::path audit_log() const;

 private:
  EditResult refuse(std::string message) const;
  bool audit(const std::string& user, const std::string& action, const std::string& id, const std::string& path,
             const std::string& before, const std::string& after) const;
  bool audit_possible() const;
  bool confined(const std::string& rel_path) const;
  std::optional<std::string> entry_path(const std::string& id, const std::string& claimed, EditResult& r) const;
  std::string text_over(const std::string& current, const std::string& rel_path, const EntryDraft& draft) const;
  void undo_write(const std::filesystem::path& file, bool was_new, const std::string& previous) const;
  std::string update_index() const;
  std::optional<std::string> path_of(const std::string& id) const;

  IndexOptions index_;
  mutable std::mutex mutex_;
};

// Watches the corpus for changes behind the server's back (an editor on the
// share, a second server) by running an incremental index update every
// `interval`. Starts on construction, stops on destruction.
class CorpusWatcher {
 public:
  using Log = std::function<void(const std::string&)>;
  CorpusWatcher(IndexOptions index, std::chrono::milliseconds interval, Log log);
  ~CorpusWatcher();
  CorpusWatcher(const CorpusWatcher&) = delete;
  CorpusWatcher& operator=(const CorpusWatcher&) = delete;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lessenbank
