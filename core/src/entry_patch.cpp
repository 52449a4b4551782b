// render_over: a save over an existing entry file that changes only what the
// editor changed, so fields the form does not show survive byte for byte.
#include <algorithm>
#include <string_view>

#include "entry_fields.h"
#include "text.h"

namespace lessenbank {

namespace {

// The fields the web form shows and may change; every other field is kept.
const std::vector<std::string>& form_keys() {
  static const std::vector<std::string> keys = {"id",     "titel",    "type",   "themas", "samenvatting", "bron",
                                                "organisaties", "plaatsen", "domein", "jaar", "gerelateerd"};
  return keys;
}

// Themes are a set: the form lists them in the plugins' order, not the file's.
bool same_set(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

bool same_value(const Metadata& a, const Metadata& b, const std::string& key) {
  if (key == "id") return a.id == b.id;
  if (key == "titel") return a.title == b.title;
  if (key == "type") return a.type == b.type;
  if (key == "themas") return same_set(a.themes, b.themes);
  if (key == "samenvatting") return a.summary == b.summary;
  if (key == "bron") {
    return a.source.document == b.source.document && a.source.section == b.source.section && a.source.page == b.source.page;
  }
  if (key == "organisaties") return a.organisations == b.organisations;
  if (key == "plaatsen") return a.places == b.places;
  if (key == "domein") return a.domain == b.domain;
  if (key == "jaar") return a.year == b.year;
  return a.related == b.related;  // gerelateerd
}

// One top-level key of the front matter with its continuation lines
// (indented lines, sequence items, blank lines and comments below it).
struct Block {
  std::string key;  // "" for lines before the first key
  std::string text;
};

std::string key_of(std::string_view line) {
  if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-') return {};
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return {};
  std::string key = text::trim(line.substr(0, colon));
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front()) {
    key = key.substr(1, key.size() - 2);
  }
  return key;
}

std::vector<Block> blocks_of(const std::string& yaml) {
  std::vector<Block> blocks{{"", ""}};
  for (std::size_t pos = 0; pos < yaml.size();) {
    const auto end = std::min(yaml.find('\n', pos), yaml.size());
    const std::string_view line(yaml.data() + pos, end - pos);
    if (const std::string key = key_of(line); !key.empty()) blocks.push_back({key, ""});
    blocks.back().text.append(yaml, pos, end + 1 - pos);
    pos = end + 1;
  }
  return blocks;
}

// The body with line endings, leading and trailing blank lines normalised, for comparison only.
std::string comparable_body(std::string body) {
  body.erase(std::remove(body.begin(), body.end(), '\r'), body.end());
  const auto first = body.find_first_not_of('\n');
  const auto last = body.find_last_not_of(" \t\n");
  return first == std::string::npos || last == std::string::npos ? std::string() : body.substr(first, last - first + 1);
}

bool is_delimiter(std::string_view line) {
  const std::string t = text::trim(line);
  return t == "---" || t == "...";
}

}  // namespace

std::string render_over(const std::string& original, const Metadata& old_meta, const EntryDraft& draft) {
  const auto first_end = original.find('\n');
  if (first_end == std::string::npos || text::trim(std::string_view(original).substr(0, first_end)) != "---") return {};
  std::size_t close = first_end + 1;
  while (close < original.size()) {
    const auto end = std::min(original.find('\n', close), original.size());
    if (is_delimiter(std::string_view(original).substr(close, end - close))) break;
    close = end + 1;
  }
  if (close >= original.size()) return {};
  const auto close_end = std::min(original.find('\n', close), original.size() - 1) + 1;
  std::vector<Block> blocks = blocks_of(original.substr(first_end + 1, close - first_end - 1));

  std::string yaml;
  for (const auto& b : blocks) {
    const bool owned = std::find(form_keys().begin(), form_keys().end(), b.key) != form_keys().end();
    yaml += !owned || same_value(old_meta, draft.meta, b.key) ? b.text : render_field(draft.meta, b.key);
  }
  for (const auto& key : form_keys()) {
    const bool present = std::any_of(blocks.begin(), blocks.end(), [&](const Block& b) { return b.key == key; });
    if (!present) yaml += render_field(draft.meta, key);
  }
  const std::string old_body = original.substr(close_end);
  std::string body = old_body;
  if (comparable_body(old_body) != comparable_body(draft.body)) {
    body = draft.body;
    body.erase(std::remove(body.begin(), body.end(), '\r'), body.end());
    if (!body.empty() && body.back() != '\n') body += '\n';
    body = "\n" + body;
  }
  return original.substr(0, first_end + 1) + yaml + original.substr(close, close_end - close) + body;
}

}  // namespace lessenbank
