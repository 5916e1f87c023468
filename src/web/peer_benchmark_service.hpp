#pragma once
// Which PeerBenchmarkService an App's pages use (issue 15): set once by cli/web_app.cpp before the App
// serves, read by the pages of round contributions and the peer benchmark. Null for an App that has none
// (tests of other areas): those pages then answer 404.
//
// It sits beside App rather than in web::Services only while issue 15's branches are merged (see the
// merge note of the helper "benchmark"); Services::peer_benchmark is where it belongs.

namespace forkant {
class PeerBenchmarkService;
}

namespace forkant::web {

class App;

void use_peer_benchmark(const App& app, PeerBenchmarkService* service);
PeerBenchmarkService* peer_benchmark_of(const App& app);

}  // namespace forkant::web
