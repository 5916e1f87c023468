#pragma once
// Rendered page content that cannot change, kept so that it is rendered once rather than on every
// request: the results of a closed round depend only on the round, the language and the group shown
// (the figures are computed once and cached by AssessmentService; templates load at start). Only the
// inner content is kept: the layout around it (name, navigation, CSRF token) is rendered per request,
// and the caller authorizes before it looks here. Thread-safe; bounded by dropping everything when full
// (entries are cheap to make again and a full cache is rare).
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace forkant::web {

struct RenderedContent {
  std::string html;
  std::string title;
};

class RenderedCache {
 public:
  explicit RenderedCache(std::size_t max_entries = 512) : max_entries_(max_entries) {}

  std::shared_ptr<const RenderedContent> find(const std::string& key) const {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : it->second;
  }

  void store(const std::string& key, RenderedContent content) {
    auto entry = std::make_shared<const RenderedContent>(std::move(content));
    std::lock_guard lock(mutex_);
    if (entries_.size() >= max_entries_) entries_.clear();
    entries_[key] = std::move(entry);
  }

 private:
  std::size_t max_entries_;
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const RenderedContent>> entries_;
};

}  // namespace forkant::web
