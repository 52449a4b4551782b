#include "form_scraper.h"

#include <map>
#include <regex>

namespace lessenbank::test {

namespace {

std::map<std::string, std::string> attributes(const std::string& tag) {
  static const std::regex attr(R"re(([a-zA-Z_:-]+)(?:="([^"]*)")?)re");
  std::map<std::string, std::string> out;
  for (auto it = std::sregex_iterator(tag.begin(), tag.end(), attr); it != std::sregex_iterator(); ++it) {
    out[(*it)[1]] = html_unescape((*it)[2]);
  }
  return out;
}

// A browser drops one newline right after <textarea> and submits CRLF.
std::string submitted_text(std::string text) {
  if (!text.empty() && text[0] == '\n') text.erase(0, 1);
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

std::string selected_option(const std::string& options) {
  static const std::regex option(R"re(<option([^>]*)>)re");
  std::string first;
  bool any = false;
  for (auto it = std::sregex_iterator(options.begin(), options.end(), option); it != std::sregex_iterator(); ++it) {
    const auto a = attributes((*it)[1]);
    const std::string value = a.count("value") ? a.at("value") : "";
    if (a.count("selected")) return value;
    if (!any) first = value, any = true;
  }
  return first;
}

}  // namespace

std::string html_unescape(const std::string& text) {
  static const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [entity, ch] : entities) {
      if (text.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
        out += ch;
        i += std::char_traits<char>::length(entity);
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

FormFields scrape_form(const std::string& html, const std::string& action) {
  const auto start = html.find("action=\"" + action + "\"");
  if (start == std::string::npos) return {};
  const std::string form = html.substr(start, html.find("</form>", start) - start);
  static const std::regex control(
      R"re(<input([^>]*)>|<textarea([^>]*)>([\s\S]*?)</textarea>|<select([^>]*)>([\s\S]*?)</select>)re");
  FormFields fields;
  for (auto it = std::sregex_iterator(form.begin(), form.end(), control); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    if (m[1].matched) {
      const auto a = attributes(m[1]);
      const std::string type = a.count("type") ? a.at("type") : "text";
      if (!a.count("name") || type == "submit" || type == "button") continue;
      if ((type == "checkbox" || type == "radio") && !a.count("checked")) continue;
      fields.emplace_back(a.at("name"), a.count("value") ? a.at("value") : (type == "checkbox" ? "on" : ""));
    } else if (m[2].matched) {
      const auto a = attributes(m[2]);
      if (a.count("name")) fields.emplace_back(a.at("name"), submitted_text(html_unescape(m[3])));
    } else {
      const auto a = attributes(m[4]);
      if (a.count("name")) fields.emplace_back(a.at("name"), selected_option(m[5]));
    }
  }
  return fields;
}

}  // namespace lessenbank::test
