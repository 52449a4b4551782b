// The one exception hierarchy of Lessenbank.
//
// Bad *content* (a broken corpus file) is expected and never throws: parsing
// returns Diagnostics. Exceptions are for the environment (unreadable folders,
// a locked or corrupt index, a malformed configuration) and for malformed
// queries. Xapian, Poco and pugixml exceptions are converted at the boundary of
// core/ into these. Messages are in Dutch: they reach users unchanged.
#pragma once

#include <stdexcept>
#include <string>

namespace lessenbank {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A file or folder could not be read or written.
class IoError : public Error {
 public:
  using Error::Error;
};

// The index is missing, corrupt, of another schema, or locked by a writer.
class IndexError : public Error {
 public:
  using Error::Error;
};

// Another process holds the index write lock.
class IndexLockedError : public IndexError {
 public:
  using IndexError::IndexError;
};

// A query the user typed could not be parsed.
class QueryError : public Error {
 public:
  using Error::Error;
};

// The configuration file is malformed; the message names file, line and reason.
class ConfigError : public Error {
 public:
  using Error::Error;
};

}  // namespace lessenbank
