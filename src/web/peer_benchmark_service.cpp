#include "web/peer_benchmark_service.hpp"

#include <map>
#include <mutex>

namespace forkant::web {
namespace {

std::mutex& registry_mutex() {
  static std::mutex m;
  return m;
}

std::map<const App*, PeerBenchmarkService*>& registry() {
  static std::map<const App*, PeerBenchmarkService*> r;
  return r;
}

}  // namespace

void use_peer_benchmark(const App& app, PeerBenchmarkService* service) {
  const std::lock_guard lock(registry_mutex());
  registry()[&app] = service;
}

PeerBenchmarkService* peer_benchmark_of(const App& app) {
  const std::lock_guard lock(registry_mutex());
  const auto it = registry().find(&app);
  return it == registry().end() ? nullptr : it->second;
}

}  // namespace forkant::web
