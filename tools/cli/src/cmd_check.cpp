#include <filesystem>
#include <iostream>

#include "commands.h"
#include "lessenbank/corpus.h"
#include "lessenbank/vocabulary.h"

namespace lessenbank::cli {

namespace {

// A path the user typed, relative to the corpus folder as the checker reports it.
std::string corpus_relative(const std::filesystem::path& corpus, const std::string& arg) {
  std::error_code ec;
  const auto rel = std::filesystem::relative(std::filesystem::absolute(arg), std::filesystem::absolute(corpus), ec);
  if (ec || rel.empty() || rel.native().rfind("..", 0) == 0) {
    throw UsageError("'" + arg + "' ligt niet in de corpusmap " + corpus.string());
  }
  return rel.generic_string();
}

}  // namespace

int cmd_check(const Args& args) {
  const Config config = resolve_config(args);
  std::vector<std::string> only;
  for (const auto& p : args.positional) only.push_back(corpus_relative(config.corpus_dir, p));
  PluginHost plugins;
  load_plugins(config, plugins);
  ParseOptions options;
  if (!plugins.empty()) {
    options.themes = known_themes();
    for (const auto& id : theme_ids(plugins)) {
      if (!is_known_theme(id)) options.themes.push_back(id);
    }
  }
  const CheckReport r = check_corpus(config.corpus_dir, only, options);
  const bool quiet = args.flag("stil");
  for (const auto& d : r.diagnostics) {
    if (d.is_error() || !quiet) (d.is_error() ? std::cerr : std::cout) << d.to_string() << "\n";
  }
  std::cout << r.files << " bestanden gecontroleerd: " << r.errors() << " fouten, " << r.warnings()
            << " waarschuwingen.\n";
  return r.errors() ? 1 : 0;
}

}  // namespace lessenbank::cli
