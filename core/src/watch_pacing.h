// How long the corpus watcher pauses between two checks (private to core).
#pragma once

#include <algorithm>
#include <chrono>

namespace lessenbank {

// A check of a large corpus (100,000 files: a stat of every file and the file
// state read back) takes about a second; every three seconds it would take a
// third of a core from the searches it serves. The pause is therefore the
// configured interval or kWatchShare times the last check's duration,
// whichever is longer, so the watcher uses at most 1/kWatchShare of a core.
inline constexpr int kWatchShare = 20;

inline std::chrono::milliseconds watch_pause(std::chrono::milliseconds interval, std::chrono::milliseconds last_check) {
  return std::max(interval, last_check * kWatchShare);
}

}  // namespace lessenbank
