// Checks that a file is a complete shared library for this machine before it
// is handed to dlopen: a truncated .so maps pages past its end and dies with
// SIGBUS inside the dynamic loader, taking the whole process with it (private).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace lessenbank {

// Why `file` cannot be loaded (Dutch), or nullopt when its ELF header, program
// headers, every loaded segment and the section table lie within the file and
// it is a 64-bit little-endian shared object for this machine. Never throws.
std::optional<std::string> elf_problem(const std::filesystem::path& file);

}  // namespace lessenbank
