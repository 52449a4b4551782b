// Dutch stopwords for the query parser and term generator (private to core).
#pragma once

#include <xapian.h>

namespace lessenbank {

// A stopper with common Dutch function words. Shared, immutable, thread-safe.
const Xapian::Stopper& dutch_stopper();

}  // namespace lessenbank
