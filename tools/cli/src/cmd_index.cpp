#include <chrono>
#include <iostream>

#include "commands.h"
#include "lessenbank/index.h"

namespace lessenbank::cli {

namespace {

void print_report(const IndexReport& r, double seconds) {
  std::size_t warnings = 0;
  for (const auto& d : r.diagnostics) {
    if (d.is_error()) std::cerr << d.to_string() << "\n";
    else ++warnings;
  }
  if (!r.changed() && !r.has_errors()) {
    std::cout << "Index is al actueel: " << r.scanned << " bestanden, niets gewijzigd.\n";
  } else {
    std::cout << "Index bijgewerkt: " << r.added << " toegevoegd, " << r.updated << " gewijzigd, " << r.removed
              << " verwijderd, " << r.unchanged << " ongewijzigd";
    if (r.failed) std::cout << ", " << r.failed << " met fouten (vorige versie blijft staan)";
    std::cout << ".\n";
  }
  if (warnings) std::cout << warnings << " waarschuwingen; zie 'lessenbank check'.\n";
  std::cout << "Tijd: " << static_cast<long>(seconds * 1000) << " ms.\n";
}

}  // namespace

int cmd_index(const Args& args) {
  const Config config = resolve_config(args);
  PluginHost plugins;
  load_plugins(config, plugins);
  IndexOptions o;
  o.corpus_dir = config.corpus_dir;
  o.index_dir = config.index_dir;
  o.plugins = &plugins;
  o.notice = print_notice;
  Indexer indexer(o);
  const auto start = std::chrono::steady_clock::now();
  const IndexReport r = args.flag("opnieuw") ? indexer.rebuild() : indexer.update();
  print_report(r, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  if (!r.compact_error.empty()) {
    std::cerr << "Let op: de index is compleet maar niet gecomprimeerd: " << r.compact_error << "\n";
    return 2;
  }
  return r.has_errors() ? 1 : 0;
}

}  // namespace lessenbank::cli
