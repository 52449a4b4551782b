#include "corpus_state.h"

#include <sstream>

namespace lessenbank {

std::string serialize_state(const CorpusState& state) {
  std::string out;
  for (const auto& [path, s] : state) {
    out += path + '\t' + std::to_string(s.mtime_ns) + '\t' + std::to_string(s.size) + '\t' +
           std::to_string(s.hash) + '\t' + s.id + '\n';
  }
  return out;
}

CorpusState parse_state(const std::string& data) {
  CorpusState state;
  std::istringstream in(data);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string path, mtime, size, hash, id;
    if (!std::getline(fields, path, '\t') || !std::getline(fields, mtime, '\t') ||
        !std::getline(fields, size, '\t') || !std::getline(fields, hash, '\t') ||
        !std::getline(fields, id)) {
      continue;
    }
    try {
      state[path] = {std::stoll(mtime), std::stoull(size), std::stoull(hash), id};
    } catch (const std::exception&) {
      continue;
    }
  }
  return state;
}

std::uint64_t fnv1a(const std::string& bytes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace lessenbank
