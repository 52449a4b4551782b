#include "searcher_pool.h"

namespace lessenbank::web {

SearcherPool::Lease SearcherPool::acquire() {
  std::unique_ptr<Searcher> s;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!free_.empty()) {
      s = std::move(free_.back());
      free_.pop_back();
    }
  }
  if (s) {
    s->reopen();
  } else {
    s = banks_.empty() ? std::make_unique<Searcher>(index_dir_) : std::make_unique<Searcher>(banks_, timeout_ms_);
  }
  return Lease(*this, std::move(s));
}

void SearcherPool::give_back(std::unique_ptr<Searcher> s) {
  if (!s) return;
  std::lock_guard<std::mutex> lock(mutex_);
  free_.push_back(std::move(s));
}

}  // namespace lessenbank::web
