#include "services/metrics.hpp"

#include <array>
#include <exception>

#include "formats/prometheus_text.hpp"

namespace forkant {
namespace {

std::string_view known_method(std::string_view method) {
  static constexpr std::array<std::string_view, 7> kKnown = {"GET",    "HEAD",    "POST", "PUT",
                                                             "DELETE", "OPTIONS", "PATCH"};
  for (const auto known : kKnown) {
    if (method == known) return known;
  }
  return "other";
}

}  // namespace

void RequestMetrics::observe(std::string_view route, std::string_view method, int status, double seconds) {
  const std::string key(route);
  std::lock_guard lock(mutex_);
  ++counts_.requests[{key, std::string(known_method(method)), status}];
  auto it = counts_.seconds.find(key);
  if (it == counts_.seconds.end()) it = counts_.seconds.emplace(key, Histogram(latency_buckets())).first;
  it->second.observe(seconds);
}

RequestMetrics::Snapshot RequestMetrics::snapshot() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

std::string metrics_text(const MetricsSources& sources) {
  PrometheusText out;
  out.family("forkant_build_info", "gauge",
             "The running forkant: its version and storage backend (always 1)");
  out.sample({{"version", sources.version}, {"backend", sources.backend}}, 1);

  if (sources.requests) {
    const auto requests = sources.requests->snapshot();
    out.family("forkant_http_requests_total", "counter",
               "HTTP requests answered, by route pattern, method and status");
    for (const auto& [key, count] : requests.requests) {
      const auto& [route, method, status] = key;
      out.sample({{"route", route}, {"method", method}, {"status", std::to_string(status)}},
                 static_cast<double>(count));
    }
    out.family("forkant_http_request_duration_seconds", "histogram",
               "Time from a request's arrival at a worker to its response, by route pattern");
    for (const auto& [route, histogram] : requests.seconds) out.histogram({{"route", route}}, histogram);
  }

  if (sources.stats) {
    const WriteMetrics writes = sources.stats->write_metrics();
    out.family("forkant_durable_write_duration_seconds", "histogram",
               "Time from a write transaction's start to its acknowledgement, commit and fsync included");
    out.histogram({}, writes.write_seconds);
    out.family("forkant_commit_batch_writes", "histogram",
               "Write transactions committed together in one commit (group commit)");
    out.histogram({}, writes.batch_writes);
  }

  // Read from the database now; left out when it does not answer.
  bool up = true;
  if (sources.stats) {
    try {
      const auto open = sources.stats->open_rounds();
      const auto size = sources.stats->database_size_bytes();
      out.family("forkant_open_rounds", "gauge",
                 "Assessment rounds open for responses, in every organisation");
      out.sample({}, static_cast<double>(open));
      out.family("forkant_database_size_bytes", "gauge", "Size of the database on disk");
      out.sample({}, static_cast<double>(size));
    } catch (const std::exception&) {
      up = false;
    }
  }
  if (sources.outbox_queued) {
    try {
      const auto queued = sources.outbox_queued();
      out.family("forkant_outbox_queued_messages", "gauge", "E-mails in the outbox waiting to be sent");
      out.sample({}, static_cast<double>(queued));
    } catch (const std::exception&) {
      up = false;
    }
  }
  if (sources.transactor) {
    out.family("forkant_database_up", "gauge", "1 when the database answered this scrape's queries, else 0");
    out.sample({}, up && sources.transactor->ready() ? 1 : 0);
  }
  return out.text();
}

}  // namespace forkant
