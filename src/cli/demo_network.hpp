#pragma once
// The demo's network (issue 15): Demo Kommune and five other municipalities, each with its own owner and
// a number of inhabitants in a different size band, all members of one network. The other parts of the
// demo that seed on top of it (the peers' contributed rounds, the shared library) take its ids from here.

#include <cstdint>
#include <string>
#include <vector>

namespace forkant::cli {

struct Environment;

struct DemoPeer {
  std::int64_t org_id = 0;
  std::int64_t owner_id = 0;  // the peer's owner (signs in with the demo password, see demo_network.cpp)
  std::string name;
};

struct DemoNetwork {
  std::int64_t network_id = 0;
  std::vector<DemoPeer> peers;  // the five other municipalities, smallest first
};

// Creates the peers and the network; Demo Kommune (`org_id`, its owner `owner_id`) creates it and
// coordinates it, the peers are invited and accept.
DemoNetwork demo_network(Environment& env, std::int64_t org_id, std::int64_t owner_id);

}  // namespace forkant::cli
