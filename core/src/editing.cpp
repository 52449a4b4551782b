#include "lessenbank/editing.h"

#include <Poco/JSON/Object.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>

#include "atomic_file.h"
#include "entry_fields.h"
#include "lessenbank/error.h"
#include "lessenbank/parser.h"
#include "lessenbank/search.h"
#include "lessenbank/vocabulary.h"

namespace fs = std::filesystem;

namespace lessenbank {

namespace {

constexpr const char* kTrash = ".prullenbak";
constexpr const char* kAuditLog = ".redactie-log.jsonl";

std::string read_all(const fs::path& p, bool& ok) {
  std::ifstream in(p, std::ios::binary);
  ok = static_cast<bool>(in);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string now_utc(const char* format) {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

// Trash names keep where a file came from: <time>~<path with '/' as '~'>.
std::string trash_name_for(const std::string& rel_path) {
  std::string flat = rel_path;
  std::replace(flat.begin(), flat.end(), '/', '~');
  return now_utc("%Y%m%dT%H%M%S") + "~" + flat;
}

std::optional<std::string> original_path(const std::string& trash_name) {
  const auto sep = trash_name.find('~');
  if (sep == std::string::npos || trash_name.find("..") != std::string::npos || trash_name.find('/') != std::string::npos) {
    return std::nullopt;
  }
  std::string path = trash_name.substr(sep + 1);
  std::replace(path.begin(), path.end(), '~', '/');
  if (path.empty() || path[0] == '/' || path[0] == '.') return std::nullopt;
  return path;
}

constexpr const char* kNoAudit =
    "Niet opgeslagen: de regel in het redactielogboek (.redactie-log.jsonl) kon niet worden geschreven. "
    "Er is niets gewijzigd. Vraag de beheerder de corpusmap te controleren.";

// A relative path inside the corpus, never outside it.
bool safe_rel_path(const std::string& p) {
  if (p.empty() || p[0] == '/' || p.size() > 300) return false;
  if (fs::path(p).extension() != ".md") return false;
  for (const auto& part : fs::path(p)) {
    const std::string s = part.string();
    if (s.empty() || s == ".." || s[0] == '.') return false;
  }
  return true;
}

}  // namespace

CorpusEditor::CorpusEditor(IndexOptions index) : index_(std::move(index)) {}

// A relative entry path whose every existing part is a real folder or file
// inside the corpus: no symlinked folder or file on the way (resolved, not
// trusted), so a write can never land outside the corpus.
bool CorpusEditor::confined(const std::string& rel_path) const {
  if (!safe_rel_path(rel_path)) return false;
  std::error_code ec;
  const fs::path root = fs::canonical(index_.corpus_dir, ec);
  if (ec) return false;
  fs::path at = index_.corpus_dir;
  for (const auto& part : fs::path(rel_path)) {
    at /= part;
    const auto st = fs::symlink_status(at, ec);
    if (ec || st.type() == fs::file_type::not_found) break;  // created later, inside the checked folder
    if (st.type() == fs::file_type::symlink) return false;
  }
  const fs::path resolved = fs::weakly_canonical(index_.corpus_dir / rel_path, ec);
  if (ec) return false;
  const auto rel = resolved.lexically_relative(root);
  return !rel.empty() && *rel.begin() != "..";
}

bool CorpusEditor::writable() const { return access(index_.corpus_dir.c_str(), W_OK) == 0; }

fs::path CorpusEditor::audit_log() const { return index_.corpus_dir / kAuditLog; }

EditResult CorpusEditor::refuse(std::string message) const {
  EditResult r;
  r.message = std::move(message);
  return r;
}

std::optional<std::string> CorpusEditor::path_of(const std::string& id) const {
  try {
    Searcher s(index_.index_dir);
    if (const auto d = s.document(id)) return d->path;
  } catch (const Error&) {
  }
  return std::nullopt;
}

std::optional<LoadedEntry> CorpusEditor::load(const std::string& id) const {
  const auto path = path_of(id);
  if (!path || !confined(*path)) return std::nullopt;
  bool ok = false;
  const std::string bytes = read_all(index_.corpus_dir / *path, ok);
  if (!ok) return std::nullopt;
  ParseOptions options = index_.parse;
  options.link_prefix = "";
  const ParseResult r = parse_document(bytes, *path, options);
  if (!r.document) return std::nullopt;
  // The body as written: everything after the closing front-matter line.
  const auto open_end = bytes.find('\n');
  const auto close = bytes.find("\n---", open_end);
  std::string body = close == std::string::npos ? "" : bytes.substr(bytes.find('\n', close + 1) + 1);
  while (!body.empty() && body.front() == '\n') body.erase(body.begin());
  return LoadedEntry{*path, content_hash(bytes), {r.document->meta, body}};
}

bool CorpusEditor::audit(const std::string& user, const std::string& action, const std::string& id,
                         const std::string& path, const std::string& before, const std::string& after) const {
  Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("tijd", now_utc("%Y-%m-%dT%H:%M:%SZ"));
  o.set("wie", user);
  o.set("actie", action);
  o.set("id", id);
  o.set("pad", path);
  o.set("voor", before);
  o.set("na", after);
  std::ostringstream line;
  o.stringify(line);
  const std::string text = line.str() + "\n";
  const int fd = open(audit_log().c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  if (fd < 0) return false;
  const bool written = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && fsync(fd) == 0;
  close(fd);
  return written;
}

bool CorpusEditor::audit_possible() const {
  const int fd = open(audit_log().c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  if (fd < 0) return false;
  close(fd);
  return true;
}

std::string CorpusEditor::update_index() const {
  try {
    const IndexReport r = Indexer(index_).update();
    return r.has_errors() ? " Let op: de index meldt fouten in andere bestanden (zie 'lessenbank check')." : "";
  } catch (const Error& e) {
    return std::string(" Het bestand is opgeslagen, maar de index is nog niet bijgewerkt: ") + e.what();
  }
}

// The file behind an existing entry: the indexed path of its id. The path the
// form sent is never trusted; it must name that same file.
std::optional<std::string> CorpusEditor::entry_path(const std::string& id, const std::string& claimed,
                                                   EditResult& r) const {
  const auto owner = path_of(id);
  if (!owner) {
    r.fields["id"] = "Het id van een bestaand item kan niet veranderen.";
    r.message = "Het item is niet opgeslagen: er is geen item met id '" + id + "'.";
    return std::nullopt;
  }
  if (*owner != claimed) {
    r.message = "Het item is niet opgeslagen: het pad hoort niet bij dit item. Open het item opnieuw.";
    return std::nullopt;
  }
  return owner;
}

EditResult CorpusEditor::save(const std::string& rel_path_in, const EntryDraft& draft,
                              const std::string& expected_hash, const std::string& user) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!writable()) return refuse("De corpusmap is alleen-lezen; bewerken is hier uitgeschakeld.");
  EditResult r;
  r.fields = validate_draft(draft, index_.parse.themes);
  if (!r.fields.empty()) {
    r.message = "Het item is niet opgeslagen: verbeter de gemarkeerde velden.";
    return r;
  }
  const bool is_new = rel_path_in.empty();
  std::string rel_path = draft.meta.type + "/" + draft.meta.id + ".md";
  if (!is_new) {
    const auto path = entry_path(draft.meta.id, rel_path_in, r);
    if (!path) return r;
    rel_path = *path;
  } else if (const auto owner = path_of(draft.meta.id)) {
    r.fields["id"] = "Dit id is al in gebruik (" + *owner + ").";
    r.message = "Het item is niet opgeslagen: het id bestaat al.";
    return r;
  }
  if (!confined(rel_path)) return refuse("Ongeldig pad: " + rel_path + " ligt niet (alleen) in de corpusmap.");
  const fs::path file = index_.corpus_dir / rel_path;
  bool exists = false;
  const std::string current = read_all(file, exists);
  if (is_new && exists) return refuse("Er bestaat al een bestand " + rel_path + "; kies een ander id.");
  if (!is_new && !exists) return refuse("Het bestand " + rel_path + " bestaat niet meer; het is intussen verwijderd of verplaatst.");
  r.hash_before = exists ? content_hash(current) : "";
  if (!is_new && r.hash_before != expected_hash) {
    return refuse("Het item is gewijzigd sinds u het opende (door iemand anders, of op de share). Uw wijzigingen zijn "
                  "niet opgeslagen en er is niets overschreven. Open het item opnieuw en breng uw wijziging opnieuw aan.");
  }
  const std::string text = is_new ? render_entry(draft) : text_over(current, rel_path, draft);
  r.rel_path = rel_path;
  r.id = draft.meta.id;
  if (!is_new && text == current) {
    r.ok = true;
    r.hash_after = r.hash_before;
    r.message = "Er was niets gewijzigd; het bestand is ongewijzigd gebleven.";
    return r;
  }
  const ParseResult check = parse_document(text, rel_path, index_.parse);
  if (!check.ok()) {
    return refuse("Het item kan niet worden opgeslagen: " +
                  (check.diagnostics.empty() ? std::string("onbekende fout") : check.diagnostics.front().message));
  }
  if (!audit_possible()) return refuse(kNoAudit);
  try {
    fs::create_directories(file.parent_path());
    write_file_atomically(file, text);
  } catch (const std::exception& e) {
    return refuse(std::string("Opslaan mislukt; het oude bestand is ongewijzigd. Reden: ") + e.what());
  }
  r.hash_after = content_hash(text);
  if (!audit(user, is_new ? "nieuw" : "opslaan", r.id, rel_path, r.hash_before, r.hash_after)) {
    undo_write(file, is_new, current);
    return refuse(kNoAudit);
  }
  r.ok = true;
  r.message = "Opgeslagen." + update_index();
  return r;
}

// The draft over the file as it is: only changed fields and body rewritten.
std::string CorpusEditor::text_over(const std::string& current, const std::string& rel_path,
                                    const EntryDraft& draft) const {
  ParseOptions options = index_.parse;
  options.link_prefix = "";
  const ParseResult old = parse_document(current, rel_path, options);
  const std::string patched = old.document ? render_over(current, old.document->meta, draft) : std::string();
  return patched.empty() ? render_entry(draft) : patched;
}

// Puts back what a save replaced (its audit line could not be written).
void CorpusEditor::undo_write(const fs::path& file, bool was_new, const std::string& previous) const {
  try {
    if (was_new) fs::remove(file);
    else write_file_atomically(file, previous);
  } catch (const std::exception&) {
  }
}

EditResult CorpusEditor::remove(const std::string& id, const std::string& expected_hash, const std::string& user) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!writable()) return refuse("De corpusmap is alleen-lezen; verwijderen is hier uitgeschakeld.");
  const auto path = path_of(id);
  if (!path || !confined(*path)) return refuse("Er is geen item met id '" + id + "'.");
  bool exists = false;
  const std::string current = read_all(index_.corpus_dir / *path, exists);
  if (!exists) return refuse("Het bestand " + *path + " bestaat niet meer.");
  if (content_hash(current) != expected_hash) {
    return refuse("Het item is gewijzigd sinds u het opende; het is niet verwijderd. Open het opnieuw.");
  }
  if (!audit_possible()) return refuse(kNoAudit);
  if (fs::is_symlink(index_.corpus_dir / kTrash)) return refuse("De prullenbak is een koppeling (symlink); verwijderen is geweigerd.");
  EditResult r;
  r.trash_name = trash_name_for(*path);
  std::error_code ec;
  fs::create_directories(index_.corpus_dir / kTrash, ec);
  fs::rename(index_.corpus_dir / *path, index_.corpus_dir / kTrash / r.trash_name, ec);
  if (ec) return refuse("Verwijderen mislukt; het item staat er nog. Reden: " + ec.message());
  if (!audit(user, "verwijderen", id, *path, content_hash(current), "")) {
    fs::rename(index_.corpus_dir / kTrash / r.trash_name, index_.corpus_dir / *path, ec);
    return refuse(kNoAudit);
  }
  r.ok = true;
  r.id = id;
  r.rel_path = *path;
  r.hash_before = content_hash(current);
  r.message = "Verwijderd (naar de prullenbak)." + update_index();
  return r;
}

EditResult CorpusEditor::restore(const std::string& trash_name, const std::string& user) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!writable()) return refuse("De corpusmap is alleen-lezen; herstellen is hier uitgeschakeld.");
  const auto path = original_path(trash_name);
  if (!path || !confined(*path)) return refuse("Onbekend item in de prullenbak.");
  const fs::path from = index_.corpus_dir / kTrash / trash_name;
  bool exists = false;
  const std::string bytes = read_all(from, exists);
  if (!exists) return refuse("Dit item staat niet (meer) in de prullenbak.");
  if (fs::exists(index_.corpus_dir / *path)) {
    return refuse("Er staat al een bestand op " + *path + "; herstellen zou het overschrijven.");
  }
  const ParseResult parsed = parse_document(bytes, *path, index_.parse);
  if (parsed.document) {
    if (const auto owner = path_of(parsed.document->meta.id)) {
      return refuse("Het id '" + parsed.document->meta.id + "' is intussen in gebruik (" + *owner + ").");
    }
  }
  if (!audit_possible()) return refuse(kNoAudit);
  std::error_code ec;
  fs::create_directories((index_.corpus_dir / *path).parent_path(), ec);
  fs::rename(from, index_.corpus_dir / *path, ec);
  if (ec) return refuse("Herstellen mislukt: " + ec.message());
  const std::string restored_id = parsed.document ? parsed.document->meta.id : "";
  if (!audit(user, "herstellen", restored_id, *path, "", content_hash(bytes))) {
    fs::rename(index_.corpus_dir / *path, from, ec);
    return refuse(kNoAudit);
  }
  EditResult r;
  r.ok = true;
  r.rel_path = *path;
  r.id = parsed.document ? parsed.document->meta.id : "";
  r.hash_after = content_hash(bytes);
  r.message = "Hersteld." + update_index();
  return r;
}

std::vector<TrashItem> CorpusEditor::trash() const {
  std::vector<TrashItem> items;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(index_.corpus_dir / kTrash, ec)) {
    const std::string name = e.path().filename().string();
    const auto path = original_path(name);
    if (!path || !e.is_regular_file()) continue;
    TrashItem t{name, *path, "", "", ""};
    bool ok = false;
    const ParseResult r = parse_document(read_all(e.path(), ok), *path, index_.parse);
    if (r.document) t.id = r.document->meta.id, t.title = r.document->meta.title;
    if (name.size() >= 15) {
      t.deleted_at = name.substr(0, 4) + "-" + name.substr(4, 2) + "-" + name.substr(6, 2) + " " + name.substr(9, 2) +
                     ":" + name.substr(11, 2) + ":" + name.substr(13, 2) + " UTC";
    }
    items.push_back(std::move(t));
  }
  std::sort(items.begin(), items.end(), [](const TrashItem& a, const TrashItem& b) { return a.name > b.name; });
  return items;
}

}  // namespace lessenbank
