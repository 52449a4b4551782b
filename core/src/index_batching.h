// How many entries an index run keeps in memory at once (private to core).
// Xapian buffers every written entry until a commit (~100-200 KB for one of
// ~750 terms), and each prepared entry waiting to be written holds its own
// Xapian document; these sizes bound both (issue 15).
#pragma once

#include <algorithm>
#include <cstddef>

namespace lessenbank::batching {

// Files prepared at once while one writer writes the previous batch.
constexpr std::size_t kBatch = 512;
// Commit every this many changed files. At 2,048 a 10k build in two parts
// peaked at 450-500 MB and a 100k build at 656 MB, at 1,024 the 10k build at
// 364 MB with the same CPU time.
constexpr std::size_t kCommitEvery = 1024;

// A part of a build in parts prepares a quarter of kBatch, split over the
// parts: with two parts at most 2 x 128 prepared entries per part are in
// memory beside its writer (256 each before, 40-50 MB more at 100k).
constexpr std::size_t part_batch(unsigned parts) {
  return std::max<std::size_t>(32, kBatch / 2 / std::max(1u, parts));
}
// The parts share kCommitEvery: as many entries in Xapian's buffers as one
// writer had.
constexpr std::size_t part_commit_every(unsigned parts) {
  return std::max<std::size_t>(kBatch, kCommitEvery / std::max(1u, parts));
}

}  // namespace lessenbank::batching
