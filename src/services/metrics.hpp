#pragma once
// What GET /metrics on `forkant serve --metrics-listen` reports (docs/operations.md, "Metrics"): the
// requests the server answered, by route pattern (never a path: tokens travel in paths), method and
// status, with latency histograms; the durable-write latency and group-commit batch sizes from the
// Transactor; open rounds, the outbox queue and the database's size, read at each scrape; build info.

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "domain/histogram.hpp"
#include "services/transactor.hpp"

namespace forkant {

// What the backend's write path measured since it opened.
struct WriteMetrics {
  // Seconds from a write transaction's call to its acknowledgement (queueing, running, COMMIT with its
  // fsync): what a request waits for its write. Acknowledged writes only.
  Histogram write_seconds{latency_buckets()};
  // Writes per commit (group commit's batches on SQLite, README; always 1 on PostgreSQL).
  Histogram batch_writes{{1, 2, 4, 8, 16, 32, 64}};
};

// The figures read from the backend at each scrape (storage/sql/ops_stats_store.cpp).
class OpsStatsStore {
 public:
  virtual ~OpsStatsStore() = default;
  // From the process's memory, never the database: always answers.
  virtual WriteMetrics write_metrics() = 0;
  // Assessment rounds open for responses, over every organisation.
  virtual std::int64_t open_rounds() = 0;
  // What the database takes on disk: the SQLite file's pages, or pg_database_size on PostgreSQL.
  virtual std::int64_t database_size_bytes() = 0;
};

// Counts of answered requests; observe() is called by the server for every response (thread-safe).
class RequestMetrics {
 public:
  // `route`: the route pattern the access log writes; `method` is reduced to the known methods (anything
  // else counts as "other", so a client cannot invent label values).
  void observe(std::string_view route, std::string_view method, int status, double seconds);

  struct Snapshot {
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests;  // (route, method, status)
    std::map<std::string, Histogram> seconds;                                     // by route
  };
  Snapshot snapshot() const;

 private:
  mutable std::mutex mutex_;
  Snapshot counts_;
};

struct MetricsSources {
  const RequestMetrics* requests = nullptr;
  Transactor* transactor = nullptr;
  OpsStatsStore* stats = nullptr;
  // The outbox's queued messages (OutboxStore::queued_count()); unset: the gauge is not written.
  std::function<std::int64_t()> outbox_queued;
  std::string version;  // forkant's version, for forkant_build_info
  std::string backend;  // "sqlite" or "postgresql", for forkant_build_info
};

// The Prometheus text (formats/prometheus_text.hpp) of everything above. A figure the database cannot
// give now (it is down) is left out, and forkant_database_up says 0.
std::string metrics_text(const MetricsSources& sources);

}  // namespace forkant
