#include "lessenbank/importer.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>

#include "lessenbank/parser.h"
#include "text.h"

namespace lessenbank {

namespace {

std::string latin1_to_utf8(const std::string& s) {
  std::string out;
  for (unsigned char c : s) Xapian::Unicode::append_utf8(out, c);
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string decode_entity(const std::string& name) {
  static const std::pair<const char*, const char*> named[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"eacute", "é"}, {"euml", "ë"}, {"iuml", "ï"}, {"ouml", "ö"}, {"uuml", "ü"}, {"egrave", "è"},
      {"agrave", "à"}, {"ccedil", "ç"}, {"hellip", "…"}, {"ndash", "–"}, {"mdash", "—"}};
  if (!name.empty() && name[0] == '#') {
    try {
      const unsigned long cp = name.size() > 1 && (name[1] == 'x' || name[1] == 'X') ? std::stoul(name.substr(2), nullptr, 16)
                                                                                     : std::stoul(name.substr(1));
      std::string out;
      if (cp > 0 && cp < 0x110000) Xapian::Unicode::append_utf8(out, static_cast<unsigned>(cp));
      return out;
    } catch (const std::exception&) {
      return {};
    }
  }
  for (const auto& [n, v] : named) {
    if (name == n) return v;
  }
  return "&" + name + ";";
}

// The tag name of "<tag ...>" or "</tag>" (lowercase), and whether it closes.
std::pair<std::string, bool> tag_name(const std::string& tag) {
  std::size_t i = 1;
  const bool closing = i < tag.size() && tag[i] == '/';
  if (closing) ++i;
  std::string name;
  while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) name += tag[i++];
  return {lower_ascii(name), closing};
}

bool is_block(const std::string& t) {
  static const char* const blocks[] = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                                       "section", "article", "ul", "ol", "table", "blockquote", "header", "footer"};
  return std::find(std::begin(blocks), std::end(blocks), t) != std::end(blocks);
}

std::string collapse_blank_lines(const std::string& text) {
  std::istringstream in(text);
  std::string out, line;
  bool blank = true;
  while (std::getline(in, line)) {
    std::string t = text::trim(line);
    // Collapse runs of spaces inside the line.
    std::string squeezed;
    for (char c : t) {
      if (c == ' ' && !squeezed.empty() && squeezed.back() == ' ') continue;
      squeezed += c == '\t' ? ' ' : c;
    }
    if (squeezed.empty()) {
      if (!blank) out += "\n";
      blank = true;
    } else {
      out += squeezed + "\n";
      blank = false;
    }
  }
  return out;
}

std::string title_from_lines(const std::string& text) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::string t = text::trim(line);
    while (!t.empty() && (t[0] == '#' || t[0] == ' ')) t.erase(t.begin());
    if (!t.empty()) return t.size() > 150 ? t.substr(0, 150) : t;
  }
  return "Geïmporteerd document";
}

}  // namespace

std::string html_to_markdown(const std::string& html, std::string* title) {
  std::string out, pending_prefix;
  std::string skip_until;  // inside <script> or <style>
  std::string in_title;
  bool collecting_title = false;
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      const auto end = html.find('>', i);
      if (end == std::string::npos) break;
      const std::string tag = html.substr(i, end - i + 1);
      const auto [name, closing] = tag_name(tag);
      i = end + 1;
      if (!skip_until.empty()) {
        if (closing && name == skip_until) skip_until.clear();
        continue;
      }
      if (!closing && (name == "script" || name == "style")) skip_until = name;
      if (name == "title") collecting_title = !closing;
      if (is_block(name)) out += "\n\n";
      if (!closing && name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') out += "## ";
      if (!closing && name == "li") out += "- ";
      continue;
    }
    if (!skip_until.empty()) {
      ++i;
      continue;
    }
    std::string piece;
    if (html[i] == '&') {
      const auto semi = html.find(';', i);
      if (semi != std::string::npos && semi - i <= 10) {
        piece = decode_entity(html.substr(i + 1, semi - i - 1));
        i = semi + 1;
      } else {
        piece = "&";
        ++i;
      }
    } else {
      piece = (html[i] == '\n' || html[i] == '\r') ? " " : std::string(1, html[i]);
      ++i;
    }
    if (collecting_title) in_title += piece;
    else out += piece;
  }
  if (title) *title = text::trim(in_title);
  return collapse_blank_lines(out);
}

std::vector<std::string> find_organisations(const std::string& text) {
  static const std::regex named(
      R"((Gemeente|Provincie|Waterschap|Omgevingsdienst|Ministerie van|Veiligheidsregio|Hoogheemraadschap)((?: (?:van |de |het )?[A-Z][^\s,.;:()]+){1,3}))");
  static const std::vector<std::string> known = {"VNG", "BZK", "IPO", "UvW", "Rijkswaterstaat", "Kadaster",
                                                 "Geonovum", "VGS", "NVWA", "BMC Advies", "Berenschot"};
  std::vector<std::string> found;
  auto add = [&](std::string o) {
    o = text::trim(o);
    if (!o.empty() && std::find(found.begin(), found.end(), o) == found.end()) found.push_back(o);
  };
  for (std::sregex_iterator it(text.begin(), text.end(), named), end; it != end; ++it) add(it->str());
  for (const auto& k : known) {
    const std::regex word("\\b" + k + "\\b");
    if (std::regex_search(text, word)) add(k);
  }
  return found;
}

ImportResult import_text(const std::string& raw, const std::string& file_name, const PluginHost* plugins) {
  ImportResult r;
  std::string bytes = text::find_invalid_utf8(raw) ? latin1_to_utf8(raw) : raw;
  if (text::find_invalid_utf8(raw)) r.notes.push_back("Het bestand was geen UTF-8; het is als Latin-1 gelezen.");
  bytes = text::normalize_newlines(bytes);
  const std::string ext = lower_ascii(std::filesystem::path(file_name).extension().string());
  std::string title, body;
  if (ext == ".html" || ext == ".htm") {
    body = html_to_markdown(bytes, &title);
  } else if (ext == ".md" && bytes.rfind("---\n", 0) == 0) {
    const ParseResult parsed = parse_document(bytes, file_name);
    if (parsed.document) r.draft.meta = parsed.document->meta;
    const auto close = bytes.find("\n---", 3);
    body = close == std::string::npos ? bytes : bytes.substr(bytes.find('\n', close + 1) + 1);
    title = r.draft.meta.title;
  } else {
    body = collapse_blank_lines(bytes);
  }
  if (title.empty()) title = title_from_lines(body);
  Metadata& m = r.draft.meta;
  m.title = title;
  if (m.id.empty()) m.id = slug_from_title(title);
  if (m.type.empty()) m.type = "les";
  r.draft.body = text::trim(body) + "\n";
  if (m.organisations.empty()) m.organisations = find_organisations(body);
  if (plugins) {
    Document doc;
    doc.meta = m;
    doc.sections.push_back({0, "", body});
    for (const auto& a : plugins->classify(doc)) {
      if (std::find(m.themes.begin(), m.themes.end(), a.theme) == m.themes.end()) m.themes.push_back(a.theme);
      r.notes.push_back("Thema " + a.theme + ": " + a.reason);
    }
  }
  if (m.summary.empty()) {
    m.summary = "Concept: vat dit item samen in een of twee zinnen.";
    r.notes.push_back("Schrijf de samenvatting; er staat nu een aanwijzing.");
  }
  r.notes.push_back("Controleer type, bron, domein en jaar; draai daarna 'lessenbank check'.");
  return r;
}

}  // namespace lessenbank
