#include "corpus_state.h"

#include <cstdio>
#include <sstream>

namespace lessenbank {

namespace {

// '%' and bytes below 0x20 as %XX, so fields never hold a TAB or a newline.
std::string escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && c != '%') {
      out += c;
      continue;
    }
    char hex[4];
    std::snprintf(hex, sizeof hex, "%%%02X", u);
    out += hex;
  }
  return out;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string unescape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_digit(s[i + 1]) >= 0 && hex_digit(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(s[i + 1]) * 16 + hex_digit(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Splits a line at TABs into exactly `n` fields; false when the count differs.
bool split_fields(const std::string& line, std::size_t n, std::vector<std::string>& fields) {
  fields.clear();
  std::istringstream in(line);
  std::string f;
  while (std::getline(in, f, '\t')) fields.push_back(f);
  return fields.size() == n;
}

}  // namespace

std::string serialize_state(const CorpusState& state) {
  std::string out;
  for (const auto& [path, s] : state) {
    out += escape(path) + '\t' + std::to_string(s.mtime_ns) + '\t' + std::to_string(s.size) + '\t' +
           std::to_string(s.hash) + '\t' + escape(s.id) + '\n';
  }
  return out;
}

CorpusState parse_state(const std::string& data) {
  CorpusState state;
  std::istringstream in(data);
  std::string line;
  std::vector<std::string> f;
  while (std::getline(in, line)) {
    if (!split_fields(line, 5, f)) continue;
    try {
      state[unescape(f[0])] = {std::stoll(f[1]), std::stoull(f[2]), std::stoull(f[3]), unescape(f[4])};
    } catch (const std::exception&) {
      continue;
    }
  }
  return state;
}

std::string serialize_refused(const RefusedState& refused) {
  std::string out;
  for (const auto& [path, r] : refused) {
    for (const auto& d : r.diagnostics) {
      out += escape(path) + '\t' + std::to_string(r.mtime_ns) + '\t' + std::to_string(r.size) + '\t' +
             std::to_string(d.line) + '\t' + (d.is_error() ? "E" : "W") + '\t' + escape(d.message) + '\n';
    }
  }
  return out;
}

RefusedState parse_refused(const std::string& data) {
  RefusedState refused;
  std::istringstream in(data);
  std::string line;
  std::vector<std::string> f;
  while (std::getline(in, line)) {
    if (!split_fields(line, 6, f)) continue;
    try {
      const std::string path = unescape(f[0]);
      const Diagnostic d{path, std::stoi(f[3]), unescape(f[5]),
                         f[4] == "E" ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning};
      const std::int64_t mtime = std::stoll(f[1]);
      const std::uint64_t size = std::stoull(f[2]);
      RefusedFile& r = refused[path];
      r.mtime_ns = mtime;
      r.size = size;
      r.diagnostics.push_back(d);
    } catch (const std::exception&) {
      continue;
    }
  }
  return refused;
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
