// lessenbank: the command-line tool. Parses arguments and calls core; no logic here.
#include <iostream>

#include "commands.h"
#include "lessenbank/error.h"

namespace {

const char* const kUsage =
    "Gebruik: lessenbank <opdracht> [opties]\n"
    "\n"
    "Opdrachten:\n"
    "  index [--opnieuw]                  corpus indexeren (alleen wat gewijzigd is)\n"
    "  search \"zoekvraag\" [--thema T] [--type T] [--limit N] [--json] [--precies]\n"
    "                                     zoeken in de index\n"
    "  check [bestand…] [--stil]          kennisitems controleren\n"
    "  serve [--port N] [--bind ADRES]    webinterface starten (standaard 127.0.0.1:8080)\n"
    "  plugins [--evaluate [--details]]   geladen thema-plugins tonen, of hun herkenning meten\n"
    "  bundle <map>                       zelfstandige map voor een intranetshare maken\n"
    "  nieuw <type> --titel \"…\"           nieuw item uit een sjabloon (drukt het pad af)\n"
    "  import <bestand> [--type T]         tekst, Markdown of HTML als concept-item\n"
    "  editor add <naam>                  redacteur toevoegen of wachtwoord zetten\n"
    "\n"
    "Algemene opties: --config lessenbank.xml --corpus MAP --index MAP --plugins MAP\n"
    "Meer lessenbanken in een zoekopdracht (search, serve): --bank NAAM=MAP of\n"
    "  --bank NAAM=tcp://HOST:POORT (xapian-tcpsrv), herhaalbaar; of <banken> in lessenbank.xml\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace lessenbank::cli;
  try {
    const Args args = parse_args(argc, argv, {"json", "opnieuw", "stil", "geen-index", "help", "evaluate", "details", "precies"});
    if (args.command.empty() || args.command == "help" || args.flag("help")) {
      std::cout << kUsage;
      return args.command.empty() && !args.flag("help") ? 2 : 0;
    }
    if (args.command == "index") return cmd_index(args);
    if (args.command == "search" || args.command == "zoek") return cmd_search(args);
    if (args.command == "check") return cmd_check(args);
    if (args.command == "serve") return cmd_serve(args);
    if (args.command == "plugins") return cmd_plugins(args);
    if (args.command == "bundle") return cmd_bundle(args);
    if (args.command == "editor") return cmd_editor(args);
    if (args.command == "nieuw") return cmd_new(args);
    if (args.command == "import") return cmd_import(args);
    std::cerr << "onbekende opdracht '" << args.command << "'\n\n" << kUsage;
    return 2;
  } catch (const UsageError& e) {
    std::cerr << "fout: " << e.what() << "\n\n" << kUsage;
    return 2;
  } catch (const lessenbank::QueryError& e) {
    std::cerr << "fout in de zoekvraag: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "fout: " << e.what() << "\n";
    return 2;
  }
}
