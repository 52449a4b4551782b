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
}

}  // namespace lessenbank
