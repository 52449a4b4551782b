// Configuration: one small XML file (lessenbank.xml), read with pugixml.
//
//   <lessenbank>
//     <corpus>corpus</corpus>
//     <index>index/xapian</index>
//     <server bind="127.0.0.1" port="8080"/>
//     <plugins>plugins</plugins>
//     <redacteuren>redacteuren.xml</redacteuren>
//   </lessenbank>
//
// Every element is optional; relative paths are relative to the file's folder.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace lessenbank {

struct Config {
  std::filesystem::path corpus_dir = "corpus";
  std::filesystem::path index_dir = "index/xapian";
  std::filesystem::path plugin_dir;  // empty: beside the binary
  std::string bind_address = "127.0.0.1";
  std::uint16_t port = 8080;
  std::filesystem::path accounts_file = "redacteuren.xml";  // editor accounts
  // How often the server looks for files changed behind its back; 0 = never.
  unsigned watch_seconds = 3;
};

// Reads `file` over the defaults. Throws ConfigError naming the file, line
// and reason when it is malformed, IoError when it cannot be read.
Config load_config(const std::filesystem::path& file, Config defaults = {});

}  // namespace lessenbank
