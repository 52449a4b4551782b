#include "hit_record.h"

#include <charconv>

#include "clean_text.h"
#include "text.h"

namespace lessenbank {

namespace {

// A length as 7-bit groups, low first (the top bit says "more follows").
void put_length(std::string& out, std::size_t n) {
  while (n >= 0x80) {
    out += static_cast<char>((n & 0x7F) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
}

void put(std::string& out, std::string_view field) {
  put_length(out, field.size());
  out.append(field);
}

bool take_length(std::string_view& in, std::size_t& n) {
  n = 0;
  for (unsigned shift = 0; shift < 64 && !in.empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    n |= static_cast<std::size_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

bool take(std::string_view& in, std::string_view& field) {
  std::size_t n = 0;
  if (!take_length(in, n) || n > in.size()) return false;
  field = in.substr(0, n);
  in.remove_prefix(n);
  return true;
}

}  // namespace

std::string snippet_source(const std::string& summary, std::string_view body) {
  if (body.size() > kSnippetSourceBytes) {
    std::size_t cut = kSnippetSourceBytes;
    while (cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
    body = body.substr(0, cut);
  }
  std::string text = text::trim(summary);
  if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!') text += '.';
  return text + "\n" + clean_text(body);
}

std::string encode_hit_record(const Document& doc, const std::string& themes) {
  const Metadata& m = doc.meta;
  const std::string snippet = snippet_source(m.summary, doc.markdown);
  std::string out;
  out.reserve(snippet.size() + m.summary.size() + doc.path.size() + 128);
  for (std::string_view f : {std::string_view(m.id), std::string_view(doc.path), std::string_view(m.title),
                             std::string_view(m.type), std::string_view(themes), std::string_view(m.summary),
                             std::string_view(m.source.document), std::string_view(snippet)}) {
    put(out, f);
  }
  put(out, std::to_string(m.year));
  return out;
}

bool decode_hit_record(std::string_view in, HitRecord& out) {
  std::string_view year;
  if (!(take(in, out.id) && take(in, out.path) && take(in, out.title) && take(in, out.type) && take(in, out.themes) &&
        take(in, out.summary) && take(in, out.source) && take(in, out.snippet_source) && take(in, year) &&
        in.empty())) {
    return false;
  }
  const auto [end, ec] = std::from_chars(year.data(), year.data() + year.size(), out.year);
  return ec == std::errc() && end == year.data() + year.size();
}

}  // namespace lessenbank
