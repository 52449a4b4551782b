#include <condition_variable>
#include <thread>

#include "lessenbank/editing.h"
#include "lessenbank/error.h"
#include "watch_pacing.h"

namespace lessenbank {

struct CorpusWatcher::Impl {
  IndexOptions index;
  std::chrono::milliseconds interval;
  Log log;
  std::mutex mutex;
  std::condition_variable wake;
  bool stopping = false;
  std::thread thread;

  void run() {
    std::unique_lock<std::mutex> lock(mutex);
    std::chrono::milliseconds pause = interval;
    while (!wake.wait_for(lock, pause, [this] { return stopping; })) {
      lock.unlock();
      const auto start = std::chrono::steady_clock::now();
      tick();
      pause = watch_pause(interval, std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now() - start));
      lock.lock();
    }
  }

  void tick() {
    try {
      const IndexReport r = Indexer(index).update();
      if (r.changed()) {
        log("corpus gewijzigd: " + std::to_string(r.added) + " toegevoegd, " + std::to_string(r.updated) +
            " gewijzigd, " + std::to_string(r.removed) + " verwijderd");
      }
      if (!r.compact_error.empty()) log("index niet gecomprimeerd: " + r.compact_error);
    } catch (const IndexLockedError&) {
      // Another writer is busy; the next round will see its result.
    } catch (const std::exception& e) {
      log(std::string("index bijwerken mislukt: ") + e.what());
    }
  }
};

CorpusWatcher::CorpusWatcher(IndexOptions index, std::chrono::milliseconds interval, Log log)
    : impl_(std::make_unique<Impl>()) {
  impl_->index = std::move(index);
  impl_->index.lock_wait_ms = 0;
  impl_->interval = interval;
  impl_->log = std::move(log);
  if (!impl_->index.notice) impl_->index.notice = impl_->log;  // a rebuild is announced in the log
  impl_->thread = std::thread([this] { impl_->run(); });
}

CorpusWatcher::~CorpusWatcher() {
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->stopping = true;
  }
  impl_->wake.notify_all();
  impl_->thread.join();
}

}  // namespace lessenbank
