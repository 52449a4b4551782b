// lessenbank editor add <naam>, lessenbank nieuw <type> --titel "...", lessenbank import <bestand>.
#include <termios.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "lessenbank/accounts.h"
#include "lessenbank/editing.h"
#include "lessenbank/error.h"
#include "lessenbank/importer.h"
#include "lessenbank/search.h"
#include "lessenbank/vocabulary.h"

namespace fs = std::filesystem;

namespace lessenbank::cli {

namespace {

// Reads one line from stdin; without echo when stdin is a terminal.
std::string read_secret(const std::string& prompt) {
  termios old{};
  const bool tty = isatty(0) && tcgetattr(0, &old) == 0;
  if (tty) {
    std::cerr << prompt << std::flush;
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(0, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) {
    tcsetattr(0, TCSANOW, &old);
    std::cerr << "\n";
  }
  return line;
}

const char* body_template(const std::string& type) {
  if (type == "casus") return "## Aanleiding\n\n\n## Aanpak\n\n\n## Resultaat\n\n\n## Wat andere gemeenten hiervan leren\n\n";
  if (type == "les") return "## De les\n\n\n## Waarom dit werkt\n\n\n## Voorbeelden\n\n";
  if (type == "vraagset") return "## Vragen\n\n1. \n2. \n3. \n";
  if (type == "strategie") return "## Kenmerken\n\n1. \n\n## Wanneer past deze strategie\n\n";
  return "## Inhoud\n\n";
}

// An id not yet used by a file or by the index: base, base-2, base-3, ...
std::string unique_id(const std::string& base, const Config& config, const std::string& type) {
  std::unique_ptr<Searcher> searcher;
  try {
    searcher = std::make_unique<Searcher>(config.index_dir);
  } catch (const Error&) {
  }
  for (int n = 1;; ++n) {
    const std::string id = n == 1 ? base : base + "-" + std::to_string(n);
    const bool in_index = searcher && searcher->document(id);
    if (!in_index && !fs::exists(config.corpus_dir / type / (id + ".md"))) return id;
  }
}

void write_new(const fs::path& file, const std::string& text) {
  if (fs::exists(file)) throw UsageError("'" + file.string() + "' bestaat al");
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) throw IoError("kan '" + file.string() + "' niet schrijven");
}

}  // namespace

int cmd_editor(const Args& args) {
  if (args.positional.size() != 2 || args.positional[0] != "add") {
    throw UsageError("gebruik: lessenbank editor add <naam>  (wachtwoord via de invoer)");
  }
  const Config config = resolve_config(args);
  const std::string password = read_secret("Wachtwoord voor " + args.positional[1] + ": ");
  if (password.size() < 10) throw UsageError("kies een wachtwoord van minstens 10 tekens");
  if (isatty(0) && read_secret("Nogmaals: ") != password) throw UsageError("de wachtwoorden verschillen");
  Accounts accounts = Accounts::load(config.accounts_file);
  accounts.set_password(config.accounts_file, args.positional[1], password);
  std::cout << "Redacteur '" << args.positional[1] << "' opgeslagen in " << config.accounts_file.string() << ".\n";
  return 0;
}

int cmd_new(const Args& args) {
  if (args.positional.size() != 1 || args.option("titel").empty()) {
    throw UsageError("gebruik: lessenbank nieuw <type> --titel \"Titel van het item\"");
  }
  const std::string type = args.positional[0];
  if (!is_known_type(type)) throw UsageError("onbekend type '" + type + "'");
  const Config config = resolve_config(args);
  EntryDraft d;
  d.meta.title = args.option("titel");
  d.meta.type = type;
  d.meta.id = unique_id(slug_from_title(d.meta.title), config, type);
  d.meta.summary = "Vat dit item samen in een of twee zinnen.";
  d.meta.domain = "fysiek";
  d.meta.year = std::stoi(args.option("jaar", "2026"));
  d.body = body_template(type);
  const fs::path file = config.corpus_dir / type / (d.meta.id + ".md");
  write_new(file, render_entry(d));
  std::cout << file.string() << "\n";
  return 0;
}

int cmd_import(const Args& args) {
  if (args.positional.size() != 1) throw UsageError("gebruik: lessenbank import <bestand.txt|.md|.html>");
  const Config config = resolve_config(args);
  std::ifstream in(args.positional[0], std::ios::binary);
  if (!in) throw IoError("kan '" + args.positional[0] + "' niet lezen");
  std::ostringstream buf;
  buf << in.rdbuf();
  PluginHost plugins;
  load_plugins(config, plugins);
  ImportResult r = import_text(buf.str(), args.positional[0], &plugins);
  if (const std::string type = args.option("type"); !type.empty()) {
    if (!is_known_type(type)) throw UsageError("onbekend type '" + type + "'");
    r.draft.meta.type = type;
  }
  r.draft.meta.id = unique_id(r.draft.meta.id, config, "concepten");
  const fs::path file = config.corpus_dir / "concepten" / (r.draft.meta.id + ".md");
  write_new(file, render_entry(r.draft));
  std::cout << file.string() << "\n";
  for (const auto& n : r.notes) std::cout << "  " << n << "\n";
  return 0;
}

}  // namespace lessenbank::cli
