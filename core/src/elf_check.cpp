#include "elf_check.h"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <iterator>
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

std::optional<std::string> segments_problem(const std::vector<char>& bytes, const Elf64_Ehdr& h) {
  const std::uint64_t size = bytes.size();
  if (!within(h.e_phoff, h.e_phnum, sizeof(Elf64_Phdr), size)) return "programmakoppen liggen buiten het bestand";
  for (unsigned i = 0; i < h.e_phnum; ++i) {
    const auto p = read_at<Elf64_Phdr>(bytes, h.e_phoff + i * sizeof(Elf64_Phdr));
    if (p.p_type != PT_LOAD && p.p_type != PT_DYNAMIC) continue;
    if (!within(p.p_offset, 1, p.p_filesz, size)) return "segment ligt buiten het bestand (afgekapt?)";
  }
  return std::nullopt;
}

std::optional<std::string> sections_problem(const std::vector<char>& bytes, const Elf64_Ehdr& h) {
  const std::uint64_t size = bytes.size();
  if (h.e_shnum == 0) return std::nullopt;
  if (!within(h.e_shoff, h.e_shnum, sizeof(Elf64_Shdr), size)) return "sectietabel ligt buiten het bestand (afgekapt?)";
  for (unsigned i = 0; i < h.e_shnum; ++i) {
    const auto s = read_at<Elf64_Shdr>(bytes, h.e_shoff + i * sizeof(Elf64_Shdr));
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
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.size() != size) return "bestand veranderde tijdens het lezen";
  const auto h = read_at<Elf64_Ehdr>(bytes, 0);
  if (auto p = header_problem(h)) return p;
  if (auto p = segments_problem(bytes, h)) return p;
  return sections_problem(bytes, h);
}

}  // namespace lessenbank
