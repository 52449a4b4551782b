#include "lessenbank/corpus.h"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <set>
#include <system_error>

#include "editorial_checks.h"
#include "lessenbank/error.h"
#include "lessenbank/organisations.h"

namespace fs = std::filesystem;

namespace lessenbank {

namespace {

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// A symlinked file is never an entry: it could publish (and let the editor
// overwrite) a file outside the corpus. Symlinked folders are not followed.
bool is_entry_file(const fs::directory_entry& e) {
  const std::string name = e.path().filename().string();
  return !e.is_symlink() && e.is_regular_file() && e.path().extension() == ".md" && name != "README.md" &&
         name != "DEKKING.md";
}

// One stat(2) for both modification time and size.
bool stat_file(const fs::path& p, std::int64_t& mtime_ns, std::uint64_t& size) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return false;
  mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  size = static_cast<std::uint64_t>(st.st_size);
  return true;
}

int field_line(const Document& d, const std::string& field) {
  const auto it = d.field_lines.find(field);
  return it == d.field_lines.end() ? 1 : it->second;
}

using Severity = Diagnostic::Severity;

const char* const kOrganisationsFile = "organisaties.xml";

void check_links(const Document& d, const std::set<std::string>& ids, std::vector<Diagnostic>& out) {
  for (const auto& id : d.meta.related) {
    if (!ids.count(id)) out.push_back({d.path, field_line(d, "gerelateerd"), "'gerelateerd' verwijst naar onbekend id '" + id + "'"});
  }
  for (const auto& link : d.links) {
    if (!ids.count(link.target)) out.push_back({d.path, link.line, "link naar onbekend id '" + link.target + "'"});
  }
  if (!d.meta.source.document.empty() && !ids.count(d.meta.source.document)) {
    out.push_back({d.path, field_line(d, "bron"), "bron verwijst naar onbekend document '" + d.meta.source.document + "'"});
  }
}

void check_completeness(const Document& d, std::vector<Diagnostic>& out) {
  const int line = field_line(d, "id");
  if (d.meta.themes.empty()) out.push_back({d.path, line, "geen thema's opgegeven ('themas')", Severity::Warning});
  if (d.meta.type != "bron" && d.meta.source.empty()) {
    out.push_back({d.path, line, "geen bronvermelding ('bron')", Severity::Warning});
  }
  if (d.outgoing_links().empty()) {
    out.push_back({d.path, line, "geen links naar andere items ('gerelateerd' of [tekst](id:...))", Severity::Warning});
  }
}

}  // namespace

std::vector<CorpusFile> scan_corpus(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    throw IoError("corpusmap '" + root.string() + "' bestaat niet of is geen map");
  }
  std::vector<CorpusFile> files;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) throw IoError("kan corpusmap '" + root.string() + "' niet lezen: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw IoError("kan corpusmap '" + root.string() + "' niet lezen: " + ec.message());
    if (is_hidden(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!is_entry_file(*it)) continue;
    CorpusFile f;
    if (!stat_file(it->path(), f.mtime_ns, f.size)) continue;  // vanished meanwhile
    f.rel_path = it->path().lexically_relative(root).generic_string();
    files.push_back(std::move(f));
  }
  std::sort(files.begin(), files.end(),
            [](const CorpusFile& a, const CorpusFile& b) { return a.rel_path < b.rel_path; });
  return files;
}

std::size_t CheckReport::errors() const {
  return std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.is_error(); });
}

std::size_t CheckReport::warnings() const { return diagnostics.size() - errors(); }

CheckReport check_corpus(const fs::path& root, const std::vector<std::string>& only,
                         const ParseOptions& options) {
  CheckReport report;
  std::vector<Document> docs;
  std::map<std::string, std::string> owner;  // id -> first path
  std::set<std::string> ids;
  std::vector<Diagnostic> all;
  std::size_t scanned = 0;
  for (const auto& f : scan_corpus(root)) {
    ++scanned;
    ParseResult r = parse_file((root / f.rel_path).string(), f.rel_path, options);
    all.insert(all.end(), r.diagnostics.begin(), r.diagnostics.end());
    if (!r.document) continue;
    const auto [it, fresh] = owner.emplace(r.document->meta.id, f.rel_path);
    if (!fresh) {
      all.push_back({f.rel_path, field_line(*r.document, "id"),
                     "id '" + r.document->meta.id + "' wordt al gebruikt in " + it->second});
      continue;
    }
    ids.insert(r.document->meta.id);
    docs.push_back(std::move(*r.document));
  }
  const OrganisationListResult orgs = load_organisations(root / kOrganisationsFile, kOrganisationsFile);
  all.insert(all.end(), orgs.diagnostics.begin(), orgs.diagnostics.end());
  std::map<std::string, bool> paginated;
  for (const auto& d : docs) {
    if (d.meta.type == "bron") paginated[d.meta.id] = d.meta.paginated;
  }
  for (const auto& d : docs) {
    check_links(d, ids, all);
    check_completeness(d, all);
    editorial::check(d, orgs.list, paginated, all);
  }
  const std::set<std::string> wanted(only.begin(), only.end());
  for (auto& d : all) {
    if (wanted.empty() || wanted.count(d.path)) report.diagnostics.push_back(std::move(d));
  }
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.path != b.path ? a.path < b.path : a.line < b.line;
                   });
  report.files = wanted.empty() ? scanned : wanted.size();
  return report;
}

}  // namespace lessenbank
