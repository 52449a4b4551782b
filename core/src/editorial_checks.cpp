#include "editorial_checks.h"

#include <algorithm>

namespace lessenbank::editorial {

namespace {

using Severity = Diagnostic::Severity;

int field_line(const Document& d, const std::string& field) {
  const auto it = d.field_lines.find(field);
  return it == d.field_lines.end() ? 1 : it->second;
}

void warn(const Document& d, int line, std::string message, std::vector<Diagnostic>& out) {
  out.push_back({d.path, line, std::move(message), Severity::Warning});
}

bool has_meaning_section(const Document& d) {
  return std::any_of(d.sections.begin(), d.sections.end(),
                     [](const Section& s) { return s.heading == kMeaningHeading; });
}

void check_audience_and_section(const Document& d, std::vector<Diagnostic>& out) {
  if (d.meta.audience.empty()) {
    warn(d, field_line(d, "id"), "geen doelgroep opgegeven ('doelgroep'): wie moet hiermee aan de slag?", out);
  }
  if ((d.meta.type == "les" || d.meta.type == "casus") && !has_meaning_section(d)) {
    warn(d, d.body_line, std::string("een ") + d.meta.type + " heeft een kopje '## " + kMeaningHeading + "'", out);
  }
}

void check_page(const Document& d, const std::map<std::string, bool>& paginated,
                std::vector<Diagnostic>& out) {
  const auto it = paginated.find(d.meta.source.document);
  if (it == paginated.end() || !it->second || !d.meta.source.page.empty()) return;
  warn(d, field_line(d, "bron"),
       "bron '" + d.meta.source.document + "' heeft paginanummers: vul 'pagina' in bij 'bron'", out);
}

std::string searchable_text(const Document& d) {
  return d.meta.title + "\n" + d.meta.summary + "\n" + d.plain_text();
}

void check_organisation(const Document& d, const std::string& name, const OrganisationList& list,
                        const std::string& text, std::vector<Diagnostic>& out) {
  const int line = field_line(d, "organisaties");
  if (!list.is_canonical(name)) {
    const std::string canonical = list.canonical_for_alias(name);
    if (canonical.empty()) {
      warn(d, line, "organisatie '" + name + "' staat niet in organisaties.xml", out);
    } else {
      warn(d, line, "schrijf organisatie '" + canonical + "' in plaats van '" + name + "'", out);
    }
    return;
  }
  const auto forms = list.mention_forms(name);
  const bool named = std::any_of(forms.begin(), forms.end(),
                                 [&](const std::string& f) { return mentions(text, f); });
  if (!named) warn(d, line, "organisatie '" + name + "' wordt in het item nergens genoemd", out);
}

}  // namespace

void check(const Document& d, const OrganisationList& organisations,
           const std::map<std::string, bool>& paginated_sources, std::vector<Diagnostic>& out) {
  check_audience_and_section(d, out);
  check_page(d, paginated_sources, out);
  if (organisations.empty() || d.meta.organisations.empty()) return;
  const std::string text = searchable_text(d);
  for (const auto& name : d.meta.organisations) check_organisation(d, name, organisations, text, out);
}

}  // namespace lessenbank::editorial
