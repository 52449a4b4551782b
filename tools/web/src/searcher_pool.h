// A pool of Searchers, one leased per request (private to the web server).
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "lessenbank/search.h"

namespace lessenbank::web {

class SearcherPool {
 public:
  // Searchers of `index_dir`, or, when `banks` is not empty, of those banks as one.
  explicit SearcherPool(std::filesystem::path index_dir, std::vector<Bank> banks = {},
                        unsigned timeout_ms = kDefaultBankTimeoutMs)
      : index_dir_(std::move(index_dir)), banks_(std::move(banks)), timeout_ms_(timeout_ms) {}

  // Returns the Searcher to the pool when it goes out of scope.
  class Lease {
   public:
    Lease(SearcherPool& pool, std::unique_ptr<Searcher> s) : pool_(pool), s_(std::move(s)) {}
    ~Lease() { pool_.give_back(std::move(s_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Searcher& operator*() { return *s_; }
    Searcher* operator->() { return s_.get(); }

   private:
    SearcherPool& pool_;
    std::unique_ptr<Searcher> s_;
  };

  // A Searcher that sees the latest commit. Throws IndexError when the index
  // cannot be opened.
  Lease acquire();

 private:
  void give_back(std::unique_ptr<Searcher> s);

  std::filesystem::path index_dir_;
  std::vector<Bank> banks_;
  unsigned timeout_ms_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Searcher>> free_;
};

}  // namespace lessenbank::web
