#include "lessenbank/accounts.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/HMACEngine.h>
#include <Poco/PBKDF2Engine.h>
#include <Poco/RandomStream.h>
#include <Poco/SHA2Engine.h>
#include <pugixml.hpp>

#include <fstream>
#include <sstream>

#include "atomic_file.h"
#include "lessenbank/error.h"
#include "text.h"

namespace lessenbank {

namespace {

// Poco's HMACEngine wants BLOCK_SIZE and DIGEST_SIZE on the hash engine.
class Sha256Engine : public Poco::SHA2Engine {
 public:
  enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
  Sha256Engine() : Poco::SHA2Engine(Poco::SHA2Engine::SHA_256) {}
};

constexpr const char* kScheme = "pbkdf2-sha256";

std::string base64(const std::string& bytes) {
  std::ostringstream out;
  Poco::Base64Encoder enc(out);
  enc.rdbuf()->setLineLength(0);
  enc << bytes;
  enc.close();
  return out.str();
}

std::string unbase64(const std::string& text) {
  std::istringstream in(text);
  Poco::Base64Decoder dec(in);
  std::string out((std::istreambuf_iterator<char>(dec)), std::istreambuf_iterator<char>());
  return out;
}

std::string derive(const std::string& password, const std::string& salt, unsigned iterations) {
  Poco::PBKDF2Engine<Poco::HMACEngine<Sha256Engine>> pbkdf2(salt, iterations, 32);
  pbkdf2.update(password);
  const auto& d = pbkdf2.digest();
  return std::string(d.begin(), d.end());
}

bool equal_constant_time(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

bool valid_name(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) return false;
  }
  return true;
}

}  // namespace

std::string hash_password(const std::string& password, unsigned iterations) {
  std::string salt(16, '\0');
  Poco::RandomInputStream random;
  random.read(salt.data(), static_cast<std::streamsize>(salt.size()));
  return std::string(kScheme) + "$" + std::to_string(iterations) + "$" + base64(salt) + "$" +
         base64(derive(password, salt, iterations));
}

bool verify_password(const std::string& password, const std::string& stored) {
  std::istringstream in(stored);
  std::string scheme, iterations, salt, key;
  if (!std::getline(in, scheme, '$') || !std::getline(in, iterations, '$') || !std::getline(in, salt, '$') ||
      !std::getline(in, key) || scheme != kScheme) {
    return false;
  }
  try {
    const unsigned long n = std::stoul(iterations);
    if (n < 1000 || n > 10000000) return false;
    return equal_constant_time(derive(password, unbase64(salt), static_cast<unsigned>(n)), unbase64(key));
  } catch (const std::exception&) {
    return false;
  }
}

Accounts Accounts::load(const std::filesystem::path& file) {
  Accounts a;
  std::ifstream in(file, std::ios::binary);
  if (!in) return a;
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  pugi::xml_document doc;
  const pugi::xml_parse_result r = doc.load_buffer(text.data(), text.size());
  const auto fail = [&](std::ptrdiff_t offset, const std::string& why) {
    throw ConfigError(file.string() + ":" + std::to_string(text::line_of(text, offset)) + ": " + why);
  };
  if (!r) fail(r.offset, std::string("geen geldige XML (") + r.description() + ")");
  // A well-formed file of another shape must not pass as "no editors": a later
  // write would then drop the editors it holds.
  const pugi::xml_node root = doc.document_element();
  if (std::string(root.name()) != "redacteuren") {
    fail(root.offset_debug(), "het hoofdelement moet <redacteuren> zijn, niet <" + std::string(root.name()) + ">");
  }
  for (const pugi::xml_node n : root.children()) {
    if (n.type() != pugi::node_element) continue;
    if (std::string(n.name()) != "redacteur") {
      fail(n.offset_debug(), "onbekend element <" + std::string(n.name()) + "> (verwacht <redacteur naam=\"...\" hash=\"...\"/>)");
    }
    const std::string name = n.attribute("naam").value(), hash = n.attribute("hash").value();
    if (!valid_name(name)) fail(n.offset_debug(), "ongeldige naam '" + name + "'");
    if (hash.rfind(std::string(kScheme) + "$", 0) != 0) fail(n.offset_debug(), "redacteur '" + name + "' heeft geen geldige hash");
    if (a.hashes_.count(name)) fail(n.offset_debug(), "redacteur '" + name + "' staat er twee keer in");
    a.hashes_[name] = hash;
  }
  return a;
}

void Accounts::set_password(const std::filesystem::path& file, const std::string& name, const std::string& password) {
  if (!valid_name(name)) {
    throw ConfigError("ongeldige naam '" + name + "': gebruik 1-64 kleine letters, cijfers, '.', '-' of '_'");
  }
  hashes_[name] = hash_password(password);
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("redacteuren");
  for (const auto& [n, h] : hashes_) {
    pugi::xml_node e = root.append_child("redacteur");
    e.append_attribute("naam") = n.c_str();
    e.append_attribute("hash") = h.c_str();
  }
  std::ostringstream out;
  doc.save(out, "  ");
  write_file_atomically(file, out.str(), 0600);
}

bool Accounts::verify(const std::string& name, const std::string& password) const {
  const auto it = hashes_.find(name);
  // Unknown names cost as much as known ones, so timing does not reveal them.
  static const std::string dummy = hash_password("", kPasswordIterations);
  return verify_password(password, it == hashes_.end() ? dummy : it->second) && it != hashes_.end();
}

}  // namespace lessenbank
