// The document model: one annotated Markdown file parsed once into metadata,
// structured plain text and HTML. Every consumer (indexer, checker, plugins,
// web UI) reads this model; none re-reads front matter.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace lessenbank {

// Where an entry's content comes from (front-matter field `bron`).
struct SourceRef {
  std::string document;  // id of the `bron` entry
  std::string section;
  std::string page;
  bool empty() const { return document.empty() && section.empty() && page.empty(); }
};

// The front matter of an entry. Field names follow docs/corpus-format.md.
struct Metadata {
  std::string id;
  std::string title;        // titel
  std::string type;         // les, casus, strategie, ...
  std::vector<std::string> themes;  // themas
  std::string summary;      // samenvatting
  SourceRef source;         // bron
  std::vector<std::string> organisations;  // organisaties
  std::vector<std::string> places;         // plaatsen
  std::string domain;       // domein: fysiek, sociaal, beide
  int year = 0;             // jaar; 0 when absent
  std::vector<std::string> related;        // gerelateerd (ids)
  std::vector<std::string> audience;       // doelgroep: who should act (known_audiences())
  std::string reference_date;              // peildatum "YYYY-MM-DD": when time-bound facts held
  // Only for type `bron`.
  bool paginated = false;                  // paginas: the source has page numbers
  std::vector<std::string> authors;        // auteurs
  std::string publisher;    // uitgever
  std::string client;       // opdrachtgever
};

// Why an entry belongs to a theme: its own tag, a theme plugin's detection, or both.
struct ThemeAssignment {
  std::string theme;
  bool tagged = false;
  bool detected = false;
  double score = 0;        // 0..1, the plugin's evidence
  std::string reason;      // Dutch
  std::string subfacet;    // the plugin's sub-facet name, e.g. "onderdeel"
  std::vector<std::string> subfacet_values;
};

// A block of body text under one heading. The text before the first heading
// has level 0 and an empty heading.
struct Section {
  int level = 0;
  std::string heading;
  std::string text;
};

// A link to another entry written in the body as [text](id:target).
struct BodyLink {
  std::string target;  // the id
  int line = 0;        // file line
};

struct Document {
  std::string path;  // relative to the corpus folder, '/' separated
  Metadata meta;
  std::vector<Section> sections;
  std::string markdown;             // the body as written (after the front matter)
  int body_line = 0;                // file line of the body's first line
  std::string html;                // rendered body, safe (raw HTML omitted)
  std::vector<BodyLink> links;     // links to other entries from the body
  std::map<std::string, int> field_lines;  // front-matter field -> file line
  // Set by the indexer from the theme plugins; when empty, the tagged themes count.
  std::vector<ThemeAssignment> theme_assignments;

  // All section headings and texts joined, for snippets and classification.
  std::string plain_text() const;
  // The themes the entry belongs to: assignments if any, else the tagged themes.
  std::vector<std::string> effective_themes() const;
  // `related` and body links, without duplicates, in order of appearance.
  std::vector<std::string> outgoing_links() const;
};

// A problem found in a file. `line` is 1-based; 0 means the file as a whole.
struct Diagnostic {
  enum class Severity { Error, Warning };
  std::string path;
  int line = 0;
  std::string message;  // Dutch, for editors
  Severity severity = Severity::Error;

  bool is_error() const { return severity == Severity::Error; }
  // "path:line: message" (warnings get "waarschuwing: " before the message).
  std::string to_string() const;
};

}  // namespace lessenbank
