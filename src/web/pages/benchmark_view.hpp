#pragma once
// The data of a network's peer benchmark page (templates/network_benchmark.mustache), built from what
// PeerBenchmarkService computed under the peer rules: texts, tables and box plots in the reader's
// language. Nothing here loads anything or decides what may be shown.

#include <nlohmann/json.hpp>
#include <string>

#include "services/peer_benchmark.hpp"
#include "web/context.hpp"

namespace forkant::web::pages {

// "40.000–60.000 indbyggere" / "40,000–60,000 inhabitants".
std::string size_band_text(const Context& ctx, SizeBand band);

// `base` is the page's own path (/orgs/{org}/networks/{net}/benchmark).
nlohmann::json benchmark_view(const Context& ctx, const PeerBenchmark& benchmark, const std::string& base);

}  // namespace forkant::web::pages
