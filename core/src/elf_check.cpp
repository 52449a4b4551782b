#include "elf_check.h"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <vector>

namespace lessenbank {

namespace {

constexpr std::uintmax_t kMaxLibraryBytes = 512u << 20;

#if defined(__x86_64__)
constexpr int kMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr int kMachine = EM_AARCH64;
#else
constexpr int kMachine = -1;  // not checked
#endif

// [offset, offset + count * each) lies within `size`, without overflow.
bool within(std::uint64_t offset, std::uint64_t count, std::uint64_t each, std::uint64_t size) {
  if (offset > size) return false;
  if (each != 0 && count > (size - offset) / each) return false;
  return true;
}

// `count` bytes at `offset` of `in`, or nullopt when the file has fewer.
std::optional<std::vector<char>> read_range(std::ifstream& in, std::uint64_t offset, std::uint64_t count) {
  std::vector<char> bytes(count);
  in.clear();
  in.seekg(static_cast<std::streamoff>(offset));
  if (count > 0) in.read(bytes.data(), static_cast<std::streamsize>(count));
  if (!in || static_cast<std::uint64_t>(in.gcount()) != count) return std::nullopt;
  return bytes;
}

template <typename T>
T read_at(const std::vector<char>& bytes, std::uint64_t offset) {
  T out;
  std::memcpy(&out, bytes.data() + offset, sizeof out);
  return out;
}

std::optional<std::string> header_problem(const Elf64_Ehdr& h) {
  if (std::memcmp(h.e_ident, ELFMAG, SELFMAG) != 0) return "geen ELF-bestand";
  if (h.e_ident[EI_CLASS] != ELFCLASS64 || h.e_ident[EI_DATA] != ELFDATA2LSB) return "geen 64-bit little-endian bibliotheek";
  if (h.e_type != ET_DYN) return "geen gedeelde bibliotheek";
  if (kMachine >= 0 && h.e_machine != kMachine) return "gebouwd voor een andere processor";
  if (h.e_phentsize != sizeof(Elf64_Phdr) || h.e_phnum == 0) return "ongeldige programmakoppen";
  if (h.e_shnum != 0 && h.e_shentsize != sizeof(Elf64_Shdr)) return "ongeldige sectietabel";
  return std::nullopt;
}

// Only the tables are read, not the whole library: the segments and sections
// are checked against the file's size.
std::optional<std::string> segments_problem(std::ifstream& in, std::uint64_t size, const Elf64_Ehdr& h) {
  if (!within(h.e_phoff, h.e_phnum, sizeof(Elf64_Phdr), size)) return "programmakoppen liggen buiten het bestand";
  const auto table = read_range(in, h.e_phoff, std::uint64_t(h.e_phnum) * sizeof(Elf64_Phdr));
  if (!table) return "bestand veranderde tijdens het lezen";
  for (unsigned i = 0; i < h.e_phnum; ++i) {
    const auto p = read_at<Elf64_Phdr>(*table, i * sizeof(Elf64_Phdr));
    if (p.p_type != PT_LOAD && p.p_type != PT_DYNAMIC) continue;
    if (!within(p.p_offset, 1, p.p_filesz, size)) return "segment ligt buiten het bestand (afgekapt?)";
  }
  return std::nullopt;
}

std::optional<std::string> sections_problem(std::ifstream& in, std::uint64_t size, const Elf64_Ehdr& h) {
  if (h.e_shnum == 0) return std::nullopt;
  if (!within(h.e_shoff, h.e_shnum, sizeof(Elf64_Shdr), size)) return "sectietabel ligt buiten het bestand (afgekapt?)";
  const auto table = read_range(in, h.e_shoff, std::uint64_t(h.e_shnum) * sizeof(Elf64_Shdr));
  if (!table) return "bestand veranderde tijdens het lezen";
  for (unsigned i = 0; i < h.e_shnum; ++i) {
    const auto s = read_at<Elf64_Shdr>(*table, i * sizeof(Elf64_Shdr));
    if (s.sh_type == SHT_NOBITS || s.sh_type == SHT_NULL) continue;
    if (!within(s.sh_offset, 1, s.sh_size, size)) return "sectie ligt buiten het bestand (afgekapt?)";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> elf_problem(const std::filesystem::path& file) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (ec) return "kan bestand niet lezen: " + ec.message();
  if (size < sizeof(Elf64_Ehdr)) return "bestand is te klein voor een bibliotheek (" + std::to_string(size) + " bytes)";
  if (size > kMaxLibraryBytes) return "bestand is te groot voor een plugin";
  std::ifstream in(file, std::ios::binary);
  const auto head = read_range(in, 0, sizeof(Elf64_Ehdr));
  if (!head) return "kan bestand niet lezen";
  const auto h = read_at<Elf64_Ehdr>(*head, 0);
  if (auto p = header_problem(h)) return p;
  if (auto p = segments_problem(in, size, h)) return p;
  if (auto p = sections_problem(in, size, h)) return p;
  if (std::filesystem::file_size(file, ec) != size || ec) return "bestand veranderde tijdens het lezen";
  return std::nullopt;
}

}  // namespace lessenbank
