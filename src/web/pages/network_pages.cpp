// Paths of the network pages (network_pages.hpp).
#include "web/pages/network_pages.hpp"

namespace forkant::web::pages {

std::string networks_path(std::int64_t org_id) {
  return "/orgs/" + std::to_string(org_id) + "/networks";
}

std::string network_path(std::int64_t org_id, std::int64_t network_id) {
  return networks_path(org_id) + "/" + std::to_string(network_id);
}

std::string org_profile_path(std::int64_t org_id) {
  return "/orgs/" + std::to_string(org_id) + "/profile";
}

}  // namespace forkant::web::pages
