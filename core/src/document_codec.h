// Document <-> the data blob stored with each Xapian document (JSON).
#pragma once

#include <string>

#include "lessenbank/document.h"

namespace lessenbank::codec {

std::string encode(const Document& doc);
// Throws IndexError when the blob is not a document of this schema.
Document decode(const std::string& data);

}  // namespace lessenbank::codec
