// The index schema: every term prefix, value slot and metadata key Lessenbank
// writes, in one place. Prefixes follow Omega's convention (Q unique id,
// S title, Y year, X... our own). See docs/index-schema.md.
#pragma once

#include <xapian.h>

#include <string>

namespace lessenbank::schema {

// Bump when the layout below changes; an index of another version is rebuilt.
inline constexpr const char* kVersion = "10";

// Boolean terms.
inline constexpr const char* kId = "Q";             // Qconsoliderende-strategie
inline constexpr const char* kType = "XTYPE";       // XTYPEcasus
inline constexpr const char* kTheme = "XTHEMA";     // XTHEMAdso
inline constexpr const char* kOrganisation = "XORG";  // XORGgemeente borne (lowercase)
inline constexpr const char* kPlace = "XPLAATS";    // XPLAATSborne
inline constexpr const char* kYear = "Y";           // Y2018
inline constexpr const char* kDomain = "XDOMEIN";   // XDOMEINfysiek
inline constexpr const char* kAudience = "XDOELGROEP";  // XDOELGROEPomgevingsdienst
inline constexpr const char* kSource = "XBRON";     // XBRONbron-leren-decentraliseren
inline constexpr const char* kLink = "XLINK";       // XLINKother-id: this entry links there
inline constexpr const char* kSubfacet = "XSUB";    // XSUBonderdeel:omgevingsloket (lowercase)
// Key terms for suggestions: folded words of the title (wdf 2), organisations
// and places (wdf 1), no positions: XKsudwest.
inline constexpr const char* kKeyTerm = "XK";

// XTHEMA terms carry the plugin's evidence as wdf 1..20, so a theme page can
// rank its most central entries with TfIdfWeight("nnn").
inline constexpr Xapian::termcount kThemeWdfMax = 20;

// Free-text prefixes (also indexed without prefix).
inline constexpr const char* kTitleText = "S";      // titel:
inline constexpr const char* kSummaryText = "XS";   // samenvatting:
inline constexpr const char* kOrgText = "XO";       // organisatie:

// Within-document frequency multipliers for the unprefixed text.
inline constexpr Xapian::termcount kTitleWeight = 5;
inline constexpr Xapian::termcount kSummaryWeight = 3;
inline constexpr Xapian::termcount kOrgWeight = 3;
inline constexpr Xapian::termcount kHeadingWeight = 2;

// Value slots.
inline constexpr Xapian::valueno kSlotTitle = 0;   // lowercased title, for sorting
inline constexpr Xapian::valueno kSlotYear = 1;    // sortable_serialise(year)
inline constexpr Xapian::valueno kSlotType = 2;    // type, for suggestions
inline constexpr Xapian::valueno kSlotId = 4;      // entry id
inline constexpr Xapian::valueno kSlotTitleShown = 6;  // title as written, for suggestions
inline constexpr Xapian::valueno kSlotSubfacets = 5;  // "name\tvalue" lines (sub-facets)
// Everything a search hit shows, snippet source text included (hit_record.h):
// one uncompressed value read per hit, no document data, JSON or Markdown.
// Slots 3, 7, 8 and 9 (themes, path, summary, source) are no longer written.
inline constexpr Xapian::valueno kSlotHit = 11;
// Type, themes, sub-facets and doelgroep values in one value (facet_key in facet_spy.h): facets
// are counted from this one slot, also by a remote xapian-tcpsrv.
inline constexpr Xapian::valueno kSlotFacets = 10;

// Metadata keys.
inline constexpr const char* kMetaSchema = "lessenbank:schema";
inline constexpr const char* kMetaStemmer = "lessenbank:stemmer";
inline constexpr const char* kMetaFiles = "lessenbank:files";  // corpus state, see corpus_state.h
inline constexpr const char* kMetaRefused = "lessenbank:refused";  // refused files, see corpus_state.h
inline constexpr const char* kMetaPlugins = "lessenbank:plugins";  // PluginHost::signature()
inline constexpr const char* kMetaThesaurus = "lessenbank:thesaurus";  // Thesaurus::serialize()
// The Dutch dictionary used for lemmas and compounds ("hunspell:/usr/share/hunspell/nl
// (… woorden)") or "uit"; a change forces a rebuild.
inline constexpr const char* kMetaDictionary = "lessenbank:dictionary";

// Compound parts are indexed with this wdf (no positions), so that an exact
// word outranks the same word found inside a compound.
inline constexpr Xapian::termcount kCompoundPartWdf = 1;

// An unprefixed term: a word (Xapian prefixes are upper case).
inline bool is_word_term(const std::string& t) {
  return !t.empty() && !(t[0] >= 'A' && t[0] <= 'Z');
}

}  // namespace lessenbank::schema
