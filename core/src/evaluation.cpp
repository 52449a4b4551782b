#include "lessenbank/evaluation.h"

#include <map>

#include "lessenbank/corpus.h"

namespace lessenbank {

double ThemeEvaluation::precision() const {
  const auto detected = true_positives + false_positives;
  return detected ? static_cast<double>(true_positives) / detected : 1.0;
}

double ThemeEvaluation::recall() const {
  const auto tagged = true_positives + false_negatives;
  return tagged ? static_cast<double>(true_positives) / tagged : 1.0;
}

std::vector<ThemeEvaluation> evaluate_plugins(const std::filesystem::path& corpus, const PluginHost& host) {
  std::map<std::string, ThemeEvaluation> by_theme;
  for (const auto& p : host.plugins()) by_theme[p.id].theme = p.id;
  ParseOptions options;
  for (const auto& p : host.plugins()) options.themes.push_back(p.id);
  for (const auto& f : scan_corpus(corpus)) {
    const ParseResult r = parse_file((corpus / f.rel_path).string(), f.rel_path, options);
    if (!r.document) continue;
    for (const auto& a : host.classify_all(*r.document)) {
      ThemeEvaluation& e = by_theme[a.theme];
      const std::string& id = r.document->meta.id;
      if (a.tagged && a.detected) ++e.true_positives;
      if (!a.tagged && a.detected) ++e.false_positives, e.false_positive_ids.push_back(id);
      if (a.tagged && !a.detected) ++e.false_negatives, e.false_negative_ids.push_back(id);
    }
  }
  std::vector<ThemeEvaluation> out;
  for (const auto& p : host.plugins()) out.push_back(by_theme[p.id]);
  return out;
}

}  // namespace lessenbank
