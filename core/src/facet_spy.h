// Counts types, (multi-valued) themes and plugin sub-facets over the matching
// documents, in one pass inside Xapian's match (private to core).
//
// Every document carries its whole facet combination in one value slot
// (schema::kSlotFacets, see facet_key), so counting reads one value stream
// and never the document data. The spy is Xapian's own ValueCountMatchSpy on
// that slot: a remote database served by xapian-tcpsrv runs it too and sends
// its counts back, so facets of many lesson banks add up in one search.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace lessenbank {

// The value of schema::kSlotFacets: type, themes ('\n'-joined), sub-facets
// ("name\tvalue\n" lines) and doelgroep values ('\n'-joined), separated by '\x1f'.
std::string facet_key(const std::string& type, const std::string& themes, const std::string& subfacets,
                      const std::string& audiences);

class FacetSpy : public Xapian::ValueCountMatchSpy {
 public:
  FacetSpy();

  // Decoded counts; valid after the match (get_mset) has run.
  const std::map<std::string, std::size_t>& types() const { return decoded().types; }
  const std::map<std::string, std::size_t>& themes() const { return decoded().themes; }
  const std::map<std::string, std::size_t>& audiences() const { return decoded().audiences; }  // doelgroep
  // sub-facet name -> value -> count
  const std::map<std::string, std::map<std::string, std::size_t>>& subfacets() const { return decoded().subfacets; }
  // Documents counted (over every database of the search).
  Xapian::doccount seen() const { return get_total(); }

 private:
  struct Counts {
    std::map<std::string, std::size_t> types;
    std::map<std::string, std::size_t> themes;
    std::map<std::string, std::size_t> audiences;
    std::map<std::string, std::map<std::string, std::size_t>> subfacets;
  };
  const Counts& decoded() const;
  mutable Counts counts_;
  mutable bool decoded_ = false;
};

}  // namespace lessenbank
