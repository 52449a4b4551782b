#include "shard_builder.h"

#include <xapian.h>

#include <algorithm>
#include <exception>
#include <optional>
#include <thread>

#include "lessenbank/error.h"
#include "schema.h"

namespace fs = std::filesystem;

namespace lessenbank {

namespace {

using Part = std::vector<const CorpusFile*>;

// Contiguous parts of nearly equal size, in scan order; at least one.
std::vector<Part> split(const std::vector<const CorpusFile*>& files, unsigned parts) {
  const std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(parts, files.size()));
  std::vector<Part> out(n);
  for (std::size_t i = 0; i < files.size(); ++i) out[i * n / files.size()].push_back(files[i]);
  return out;
}

fs::path part_dir(const fs::path& work, std::size_t k) { return work / std::to_string(k); }

// Runs `index_part` on every part at once. All threads are joined before the
// first failure (of any type, Xapian's included) is rethrown.
std::vector<ShardOutcome> run_parts(const std::vector<Part>& parts, const fs::path& work,
                                    const PartIndexer& index_part) {
  std::vector<ShardOutcome> out(parts.size());
  std::vector<std::exception_ptr> errors(parts.size());
  auto job = [&](std::size_t k) {
    try {
      out[k] = index_part(parts[k], part_dir(work, k));
    } catch (...) {
      errors[k] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  try {
    for (std::size_t k = 1; k < parts.size(); ++k) threads.emplace_back(job, k);
  } catch (...) {  // no thread could be started: the ones that were are joined first
    for (auto& t : threads) t.join();
    throw;
  }
  job(0);
  for (auto& t : threads) t.join();
  for (const auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
  return out;
}

// The line of the id field in `path`, to point at a refused duplicate.
int id_line(const ShardPlan& plan, const std::string& path) {
  const ParseResult r = parse_file((plan.corpus_dir / path).string(), path, plan.parse);
  if (!r.document) return 0;
  const auto it = r.document->field_lines.find("id");
  return it == r.document->field_lines.end() ? 0 : it->second;
}

// Takes an entry out of a part: the document and its words' spelling counts.
void remove_entry(Xapian::WritableDatabase& db, const std::string& id) {
  const std::string q = schema::kId + id;
  const auto p = db.postlist_begin(q);
  if (p == db.postlist_end(q)) return;
  const Xapian::Document d = db.get_document(*p);
  for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) {
    if (schema::is_word_term(*t)) db.remove_spelling(*t);
  }
  db.delete_document(q);
}

void add_counts(IndexReport& to, IndexReport& from) {
  to.scanned += from.scanned;
  to.added += from.added;
  to.updated += from.updated;
  to.removed += from.removed;
  to.unchanged += from.unchanged;
  to.failed += from.failed;
  std::move(from.diagnostics.begin(), from.diagnostics.end(), std::back_inserter(to.diagnostics));
}

// Joins the parts' states in scan order. An id that an earlier part already
// holds is refused in the later file, exactly as a sequential build does.
ShardOutcome merge(std::vector<ShardOutcome>& parts, const ShardPlan& plan) {
  ShardOutcome all;
  std::map<std::string, std::string> owner;  // id -> path
  for (std::size_t k = 0; k < parts.size(); ++k) {
    std::optional<Xapian::WritableDatabase> db;  // opened only for a duplicate
    for (const auto& [path, st] : parts[k].state) {
      const auto [first, fresh] = owner.emplace(st.id, path);
      if (fresh) {
        all.state.emplace(path, st);
        continue;
      }
      if (!db) db.emplace(part_dir(plan.work_dir, k).string(), Xapian::DB_OPEN);
      remove_entry(*db, st.id);
      parts[k].report.diagnostics.push_back({path, id_line(plan, path), "id '" + st.id + "' wordt al gebruikt in " + first->second});
      --parts[k].report.added;
      ++parts[k].report.failed;
    }
    if (db) db->commit();
    all.refused.merge(parts[k].refused);
    add_counts(all.report, parts[k].report);
  }
  return all;
}

// The merged index's metadata goes into the first part: where the parts'
// metadata differ, the compactor keeps the first part's.
void write_metadata(const ShardPlan& plan, const ShardOutcome& all) {
  Xapian::WritableDatabase db(part_dir(plan.work_dir, 0).string(), Xapian::DB_OPEN);
  for (const auto& [key, value] : plan.metadata) db.set_metadata(key, value);
  db.set_metadata(schema::kMetaFiles, serialize_state(all.state));
  db.set_metadata(schema::kMetaRefused, serialize_refused(all.refused));
  db.commit();
}

void compact(std::size_t parts, const ShardPlan& plan) {
  Xapian::Database all;
  for (std::size_t k = 0; k < parts; ++k) all.add_database(Xapian::Database(part_dir(plan.work_dir, k).string()));
  all.compact(plan.out_dir.string(), Xapian::DBCOMPACT_MULTIPASS);
}

void remove_dir(const fs::path& p) {
  std::error_code ec;
  fs::remove_all(p, ec);
}

// Removes the work folder however the build ends.
struct WorkDir {
  explicit WorkDir(fs::path p) : path(std::move(p)) { remove_dir(path); }
  ~WorkDir() { remove_dir(path); }
  fs::path path;
};

}  // namespace

ShardOutcome build_sharded(const std::vector<const CorpusFile*>& files, const ShardPlan& plan,
                           const PartIndexer& index_part) {
  const WorkDir work(plan.work_dir);
  remove_dir(plan.out_dir);  // a leftover of an interrupted build
  try {
    const std::vector<Part> parts = split(files, plan.parts);
    std::vector<ShardOutcome> outcomes = run_parts(parts, plan.work_dir, index_part);
    if (plan.parts_done) plan.parts_done();
    ShardOutcome all = merge(outcomes, plan);
    write_metadata(plan, all);
    compact(parts.size(), plan);
    return all;
  } catch (const Xapian::Error& e) {
    remove_dir(plan.out_dir);
    throw IndexError("de index kon niet uit deelindexen worden samengesteld: " + e.get_description());
  } catch (...) {
    remove_dir(plan.out_dir);
    throw;
  }
}

}  // namespace lessenbank
