// Configuration: one small XML file (lessenbank.xml), read with pugixml.
//
//   <lessenbank>
//     <corpus>corpus</corpus>
//     <index>index/xapian</index>
//     <server bind="127.0.0.1" port="8080" https="nee" max-per-adres="64"/>
//     <plugins>plugins</plugins>
//     <redacteuren>redacteuren.xml</redacteuren>
//     <banken wachttijd-ms="2000">          (several lesson banks in one search)
//       <bank naam="Eigen bank" index="index/xapian"/>
//       <bank naam="Regio Twente" host="10.1.2.3" poort="33333" url="http://twente/"/>
//     </banken>
//   </lessenbank>
//
// Every element is optional; relative paths are relative to the file's folder.
// Without <redacteuren>, the accounts file is redacteuren.xml beside this file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "lessenbank/bank.h"

namespace lessenbank {

struct Config {
  std::filesystem::path corpus_dir = "corpus";
  std::filesystem::path index_dir = "index/xapian";
  std::filesystem::path plugin_dir;  // empty: beside the binary
  std::string bind_address = "127.0.0.1";
  std::uint16_t port = 8080;
  // Users reach the server over HTTPS (a reverse proxy): session cookies get `Secure`.
  bool https = false;
  // Open connections allowed from one client address (raise it behind a proxy).
  std::size_t max_per_address = 64;
  std::filesystem::path accounts_file = "redacteuren.xml";  // editor accounts
  // How often the server looks for files changed behind its back; 0 = never.
  unsigned watch_seconds = 3;
  // Lesson banks that `serve` and `search` search as one (<banken>); empty:
  // only index_dir. A remote bank's timeout is bank_timeout_ms.
  std::vector<Bank> banks;
  unsigned bank_timeout_ms = kDefaultBankTimeoutMs;
};

// Reads `file` over the defaults. Throws ConfigError naming the file, line
// and reason when it is malformed, IoError when it cannot be read.
Config load_config(const std::filesystem::path& file, Config defaults = {});

}  // namespace lessenbank
