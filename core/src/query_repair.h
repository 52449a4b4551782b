// What users type by accident, made searchable (private to core).
#pragma once

#include <string>
#include <vector>

namespace lessenbank {

// An operator word of the advanced syntax: AND, OR, NOT or the Dutch EN, OF,
// NIET (upper case only; "en" and "of" are plain words).
bool is_operator(const std::string& word);

// The tokens of a query: words, and "quoted phrases" (with any field:
// prefix) as one token each; whitespace outside quotes separates them.
std::vector<std::string> tokens_of(const std::string& text);

// The query without stray operators, so that it never fails for them:
// outside quotes, an AND/OR/EN/OF at the start, any operator at the end, and
// an operator right after another (except NOT/NIET after AND/OR) are dropped
// ("OR akkoord fusie" -> "akkoord fusie", "zaak AND" -> "zaak"); a quote left
// open is closed at the end, or dropped when nothing follows it ("fusie \"").
// Parentheses are left as typed. Never throws.
std::string without_stray_operators(const std::string& query);

}  // namespace lessenbank
