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
#include <memory>
#include <string>

namespace lessenbank {

// The value of schema::kSlotFacets: type, themes ('\n'-joined), sub-facets
// ("name\tvalue\n" lines) and doelgroep values ('\n'-joined), separated by '\x1f'.
std::string facet_key(const std::string& type, const std::string& themes, const std::string& subfacets,
                      const std::string& audiences);

class FacetSpy : public Xapian::ValueCountMatchSpy {
 public:
  FacetSpy();
  ~FacetSpy() override;

  // A matching document of a local database: its facet value is split and
  // counted at once, without the base class's map of whole values (a ~300
  // byte key per document, nearly all distinct). Documents of a remote
  // database are counted by its server and merged as whole values by Xapian.
  void operator()(const Xapian::Document& doc, double wt) override;

  // Decoded counts; valid after the match (get_mset) has run.
  const std::map<std::string, std::size_t>& types() const { return decoded().types; }
  const std::map<std::string, std::size_t>& themes() const { return decoded().themes; }
  const std::map<std::string, std::size_t>& audiences() const { return decoded().audiences; }  // doelgroep
  // sub-facet name -> value -> count
  const std::map<std::string, std::map<std::string, std::size_t>>& subfacets() const { return decoded().subfacets; }
  // Documents counted (over every database of the search).
  Xapian::doccount seen() const { return get_total() + local_seen_; }

 private:
  struct Counts {
    std::map<std::string, std::size_t> types;
    std::map<std::string, std::size_t> themes;
    std::map<std::string, std::size_t> audiences;
    std::map<std::string, std::map<std::string, std::size_t>> subfacets;
  };
  struct Tallies;  // counts by part, in facet_spy.cpp
  const Counts& decoded() const;
  std::unique_ptr<Tallies> tallies_;
  Xapian::doccount local_seen_ = 0;
  mutable Counts counts_;
  mutable bool decoded_ = false;
};

}  // namespace lessenbank
