// Counts types and (multi-valued) themes over every matching document, from
// the value slots, in one pass inside Xapian's match (private to core).
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace lessenbank {

class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double wt) override;

  const std::map<std::string, std::size_t>& types() const { return types_; }
  const std::map<std::string, std::size_t>& themes() const { return themes_; }
  // sub-facet name -> value -> count
  const std::map<std::string, std::map<std::string, std::size_t>>& subfacets() const { return subfacets_; }
  Xapian::doccount seen() const { return seen_; }

 private:
  std::map<std::string, std::size_t> types_;
  std::map<std::string, std::size_t> themes_;
  std::map<std::string, std::map<std::string, std::size_t>> subfacets_;
  Xapian::doccount seen_ = 0;
};

}  // namespace lessenbank
