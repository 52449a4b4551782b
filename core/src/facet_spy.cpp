#include "facet_spy.h"

#include "schema.h"

namespace lessenbank {

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++seen_;
  ++types_[doc.get_value(schema::kSlotType)];
  const std::string themes = doc.get_value(schema::kSlotThemes);
  std::size_t start = 0;
  while (start < themes.size()) {
    std::size_t end = themes.find('\n', start);
    if (end == std::string::npos) end = themes.size();
    ++themes_[themes.substr(start, end - start)];
    start = end + 1;
  }
  const std::string subs = doc.get_value(schema::kSlotSubfacets);
  for (std::size_t pos = 0; pos < subs.size();) {
    std::size_t end = subs.find('\n', pos);
    if (end == std::string::npos) end = subs.size();
    const std::size_t tab = subs.find('\t', pos);
    if (tab != std::string::npos && tab < end) {
      ++subfacets_[subs.substr(pos, tab - pos)][subs.substr(tab + 1, end - tab - 1)];
    }
    pos = end + 1;
  }
}

}  // namespace lessenbank
