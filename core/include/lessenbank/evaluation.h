// How well each theme plugin's own detection agrees with the editors' tags.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "lessenbank/plugin_host.h"

namespace lessenbank {

struct ThemeEvaluation {
  std::string theme;
  std::size_t true_positives = 0;   // tagged and detected
  std::size_t false_positives = 0;  // detected, not tagged
  std::size_t false_negatives = 0;  // tagged, not detected
  std::vector<std::string> false_positive_ids;
  std::vector<std::string> false_negative_ids;

  double precision() const;  // 1 when nothing was detected
  double recall() const;     // 1 when nothing was tagged
};

// Classifies every parsable entry of `corpus` with every plugin, ignoring the
// tags for detection, and compares with the tags. Throws IoError when the
// corpus cannot be read.
std::vector<ThemeEvaluation> evaluate_plugins(const std::filesystem::path& corpus, const PluginHost& host);

}  // namespace lessenbank
