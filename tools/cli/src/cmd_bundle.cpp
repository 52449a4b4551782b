// lessenbank bundle <dir>: a self-contained folder to run from an intranet
// share: binary, plugins, corpus, a fresh index, configuration, start script.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "lessenbank/error.h"
#include "lessenbank/index.h"

namespace fs = std::filesystem;

namespace lessenbank::cli {

namespace {

const char* const kConfig =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!-- Paden zijn relatief ten opzichte van deze map. -->\n"
    "<lessenbank>\n"
    "  <corpus>corpus</corpus>\n"
    "  <index>index/xapian</index>\n"
    "  <plugins>plugins</plugins>\n"
    "  <server bind=\"127.0.0.1\" port=\"8080\"/>\n"
    "</lessenbank>\n";

const char* const kStart =
    "#!/bin/sh\n"
    "# Start Lessenbank vanuit deze map, bijvoorbeeld een intranetshare.\n"
    "# Voor het hele intranet:  ./start.sh --bind 0.0.0.0\n"
    "cd \"$(dirname \"$0\")\" || exit 1\n"
    "exec ./lessenbank serve --config lessenbank.xml \"$@\"\n";

const char* const kReadme =
    "Lessenbank - offline kennisbank Omgevingswet\n"
    "============================================\n\n"
    "Starten:            ./start.sh                 (http://127.0.0.1:8080)\n"
    "Voor het intranet:  ./start.sh --bind 0.0.0.0  (http://<servernaam>:8080)\n"
    "Andere poort:       ./start.sh --port 8081\n\n"
    "Nodig op de server (Debian 12), alleen deze pakketten (geen compiler of bouwgereedschap):\n"
    "  libxapian30 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6\n"
    "  libyaml-cpp0.7 libpugixml1v5 libpocofoundation80 libpocojson80 libpoconet80\n\n"
    "Redacteur toevoegen (wachtwoord van minstens 10 tekens via de invoer):\n"
    "  ./lessenbank editor add <naam> --config lessenbank.xml\n"
    "  De accounts staan in redacteuren.xml naast lessenbank.xml (niet in de corpusmap).\n"
    "  Bewerken kan alleen als de map corpus/ voor de server schrijfbaar is.\n\n"
    "Lessenbank maakt nooit verbinding met internet. Zie docs/intranet.md in de broncode.\n";

void write_text(const fs::path& p, const std::string& text, bool executable = false) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw IoError("kan '" + p.string() + "' niet schrijven");
  if (executable) {
    fs::permissions(p, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec, fs::perm_options::add);
  }
}

void copy_plugins(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(from, ec)) {
    const auto ext = e.path().extension();
    if (e.is_regular_file() && (ext == ".so" || ext == ".xml")) {
      fs::copy_file(e.path(), to / e.path().filename(), fs::copy_options::overwrite_existing);
    }
  }
  if (ec) throw IoError("kan pluginmap '" + from.string() + "' niet lezen: " + ec.message());
}

// The corpus without what must not be published on a share: the audit log
// (editor names) and the recycle folder (deleted entries).
void copy_corpus(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  for (const auto& e : fs::directory_iterator(from)) {
    const std::string name = e.path().filename().string();
    if (name == ".redactie-log.jsonl" || name == ".prullenbak") continue;
    fs::copy(e.path(), to / e.path().filename(), fs::copy_options::recursive);
  }
}

}  // namespace

int cmd_bundle(const Args& args) {
  if (args.positional.size() != 1) throw UsageError("gebruik: lessenbank bundle <map>");
  const Config config = resolve_config(args);
  const fs::path dir = args.positional[0];
  if (fs::exists(dir) && !fs::is_empty(dir)) throw UsageError("map '" + dir.string() + "' bestaat al en is niet leeg");
  fs::create_directories(dir);

  fs::copy_file(fs::read_symlink("/proc/self/exe"), dir / "lessenbank", fs::copy_options::overwrite_existing);
  const fs::path plugin_dir = config.plugin_dir.empty() ? default_plugin_dir() : config.plugin_dir;
  copy_plugins(plugin_dir, dir / "plugins");
  copy_corpus(config.corpus_dir, dir / "corpus");
  write_text(dir / "lessenbank.xml", kConfig);
  write_text(dir / "start.sh", kStart, true);
  write_text(dir / "LEESMIJ.txt", kReadme);

  PluginHost plugins;
  plugins.load_folder(dir / "plugins");
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index" / "xapian";
  o.plugins = &plugins;
  const IndexReport r = Indexer(o).update();
  for (const auto& d : r.diagnostics) {
    if (d.is_error()) std::cerr << d.to_string() << "\n";
  }
  std::cout << "Bundel gemaakt in " << dir.string() << ": " << r.added << " items, " << plugins.plugins().size()
            << " thema-plugins. Start met " << (dir / "start.sh").string() << "\n";
  return r.has_errors() ? 1 : 0;
}

}  // namespace lessenbank::cli
