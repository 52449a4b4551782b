#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>

namespace lessenbank::markdown {

namespace {

constexpr const char* kIdScheme = "id:";

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

std::unique_ptr<cmark_parser, ParserDeleter> make_parser() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : {"table", "autolink", "strikethrough"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  return parser;
}

bool is_block_end(cmark_node_type type) {
  return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_ITEM ||
         type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_BLOCK_QUOTE;
}

// Walks the tree once: collects plain text per heading and rewrites entry links.
class Walker {
 public:
  // `shift`: how many levels body headings move down (see heading_shift).
  Walker(Document& doc, int first_line, const std::string& prefix, int shift)
      : doc_(doc), first_line_(first_line), prefix_(prefix), shift_(shift) {
    doc_.sections.push_back({});
  }

  void enter(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING: {
        const int level = cmark_node_get_heading_level(node);
        doc_.sections.push_back({level, {}, {}});
        cmark_node_set_heading_level(node, std::min(level + shift_, 6));
        in_heading_ = true;
        break;
      }
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK:
        append(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        append(" ");
        break;
      case CMARK_NODE_LINK:
        rewrite_link(node);
        break;
      default:
        if (is_table_cell(node)) append(" ");
        break;
    }
  }

  void exit(cmark_node* node) {
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) {
      in_heading_ = false;
    } else if (is_block_end(type) || is_table_row(node)) {
      end_line();
    }
  }

 private:
  static bool type_is(cmark_node* node, const char* name) {
    const char* t = cmark_node_get_type_string(node);
    return t && std::strcmp(t, name) == 0;
  }
  static bool is_table_cell(cmark_node* node) { return type_is(node, "table_cell"); }
  static bool is_table_row(cmark_node* node) { return type_is(node, "table_row"); }

  void append(const char* s) {
    if (!s) return;
    auto& section = doc_.sections.back();
    (in_heading_ ? section.heading : section.text) += s;
  }
  void end_line() {
    auto& text = doc_.sections.back().text;
    if (!text.empty() && text.back() != '\n') text += '\n';
  }
  void rewrite_link(cmark_node* node) {
    const char* url = cmark_node_get_url(node);
    if (!url || std::strncmp(url, kIdScheme, std::strlen(kIdScheme)) != 0) return;
    const std::string target = url + std::strlen(kIdScheme);
    doc_.links.push_back({target, first_line_ + cmark_node_get_start_line(node) - 1});
    cmark_node_set_url(node, (prefix_ + target).c_str());
  }

  Document& doc_;
  int first_line_;
  const std::string& prefix_;
  int shift_;
  bool in_heading_ = false;
};

// The page's <h1> is the entry's title, so the body's highest heading level
// renders as <h2>, whether the body starts at # or at ## (heading levels then
// never skip one after the title).
int heading_shift(cmark_node* root) {
  int top = 6;
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      top = std::min(top, cmark_node_get_heading_level(node));
    }
  }
  return std::max(0, 2 - top);
}

void strip_trailing_newlines(Document& doc) {
  for (auto& s : doc.sections) {
    while (!s.text.empty() && s.text.back() == '\n') s.text.pop_back();
  }
  if (doc.sections.size() > 1 && doc.sections.front().text.empty()) {
    doc.sections.erase(doc.sections.begin());
  }
}

}  // namespace

void render(const std::string& body, int first_line, const std::string& link_prefix,
            Document& doc) {
  auto parser = make_parser();
  cmark_parser_feed(parser.get(), body.data(), body.size());
  std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));

  Walker walker(doc, first_line, link_prefix, heading_shift(root.get()));
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root.get()));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (ev == CMARK_EVENT_ENTER) walker.enter(node);
    else walker.exit(node);
  }
  strip_trailing_newlines(doc);

  char* html = cmark_render_html(root.get(), CMARK_OPT_DEFAULT,
                                 cmark_parser_get_syntax_extensions(parser.get()));
  doc.html = html ? html : "";
  std::free(html);
}

}  // namespace lessenbank::markdown
