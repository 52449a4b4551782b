// A JSON text written straight into a string (private to core): the API's
// responses are built for every request, and building a tree of Poco::JSON
// objects and stringifying it cost 1.5 M instructions per /api/search
// response of ~7 KB (callgrind, 10,000 entries: a sixth of the search itself).
//
// Strings are escaped as RFC 8259 requires ('"', '\\' and every byte below
// 0x20); other bytes, UTF-8 included, are copied as they are. A number that
// is not finite becomes null. Not thread-safe; one writer per text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lessenbank {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // An object member's name; the next value or begin_* is its value.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(int n);
  JsonWriter& value(std::uint64_t n);
  JsonWriter& value(double d);
  JsonWriter& value(const std::vector<std::string>& strings);  // an array of strings

  // key(name).value(v) in one call.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    return key(name).value(v);
  }

  // The text written so far; the writer is empty afterwards.
  std::string take() { return std::move(out_); }

 private:
  void separate();  // a comma before the next member or element, where one is due
  void quoted(std::string_view s);

  std::string out_;
};

}  // namespace lessenbank
