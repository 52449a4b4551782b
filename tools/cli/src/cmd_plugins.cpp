#include <cstdio>
#include <iostream>

#include "commands.h"
#include "lessenbank/evaluation.h"

namespace lessenbank::cli {

namespace {

void print_list(const PluginHost& host) {
  const auto plugins = host.plugins();
  if (plugins.empty()) {
    std::cout << "Geen thema-plugins geladen.\n";
    return;
  }
  for (const auto& p : plugins) {
    std::cout << p.id << "  " << p.label << "  versie " << p.version << "  subfacet '" << p.subfacet << "'\n    "
              << p.file << "\n";
  }
}

std::string ratio(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

int print_evaluation(const Config& config, const PluginHost& host, bool verbose) {
  std::cout << "thema                     precisie  recall  tp  fp  fn\n";
  for (const auto& e : evaluate_plugins(config.corpus_dir, host)) {
    char line[128];
    std::snprintf(line, sizeof line, "%-25s %8s %7s %3zu %3zu %3zu\n", e.theme.c_str(), ratio(e.precision()).c_str(),
                  ratio(e.recall()).c_str(), e.true_positives, e.false_positives, e.false_negatives);
    std::cout << line;
    if (!verbose) continue;
    for (const auto& id : e.false_positive_ids) std::cout << "    herkend, niet getagd: " << id << "\n";
    for (const auto& id : e.false_negative_ids) std::cout << "    getagd, niet herkend: " << id << "\n";
  }
  return 0;
}

}  // namespace

int cmd_plugins(const Args& args) {
  const Config config = resolve_config(args);
  PluginHost host;
  load_plugins(config, host);
  if (args.flag("evaluate")) return print_evaluation(config, host, args.flag("details"));
  print_list(host);
  return 0;
}

}  // namespace lessenbank::cli
