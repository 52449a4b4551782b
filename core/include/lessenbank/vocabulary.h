// The controlled vocabularies of the corpus format (docs/corpus-format.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lessenbank {

const std::vector<std::string>& known_types();
const std::vector<std::string>& known_themes();
const std::vector<std::string>& known_domains();
// `doelgroep`: who should act on an entry ("gemeente", "omgevingsdienst", "rijk", ...).
const std::vector<std::string>& known_audiences();

// Dutch labels for display ("casus" -> "Casus", "dso" -> "DSO").
std::string type_label(std::string_view type);
std::string theme_label(std::string_view theme);
std::string audience_label(std::string_view audience);

bool is_known_type(std::string_view v);
bool is_known_theme(std::string_view v);
bool is_known_domain(std::string_view v);
bool is_known_audience(std::string_view v);
// "YYYY-MM-DD" naming a real calendar day (peildatum).
bool is_valid_date(std::string_view date);
// The years a `jaar` may take: 1990 up to and including next year.
int earliest_year();
int latest_year();
// Lowercase a-z, 0-9 and single '-' between them, 1..100 characters.
bool is_valid_id(std::string_view id);

}  // namespace lessenbank
