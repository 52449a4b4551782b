// A lesson bank: one index that takes part in a search over many banks (a
// region's or province's own Lessenbank). Local banks are index folders;
// remote ones are indexes served by Xapian's own xapian-tcpsrv.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace lessenbank {

struct Bank {
  std::string name;                 // shown with each hit, e.g. "Regio Twente"
  std::filesystem::path index_dir;  // a local index folder, or (when host is set):
  std::string host;                 // the host of a remote xapian-tcpsrv
  std::uint16_t port = 0;           // and its port
  // Base URL of the bank's own Lessenbank ("http://twente.intranet/lessenbank"):
  // a hit links to <url>/doc/<id>. Empty: hits link within this server.
  std::string url;

  bool remote() const { return !host.empty(); }
  // "host:port" or the folder, for messages.
  std::string where() const { return remote() ? host + ":" + std::to_string(port) : index_dir.string(); }
};

// How long a search waits for a remote bank before it goes on without it.
inline constexpr unsigned kDefaultBankTimeoutMs = 2000;

}  // namespace lessenbank
