// The sitemap: every URL forkant answers, with the access it requires. Organisation roles are checked
// inside each handler with authorize(), after loading the object, so that another organisation's ids
// answer 404 exactly like ids that do not exist.
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"

namespace forkant::web {

void register_routes(Router& r) {
  using A = Access;
  // Operations
  r.add({"GET", "/healthz", A::anyone, pages::healthz});
  r.add({"GET", "/readyz", A::anyone, pages::readyz});

  // Accounts and organisations (pages)
  r.add({"GET", "/", A::anyone, pages::home});
  r.add({"GET", "/login", A::anyone, pages::sign_in_form});
  r.add({"POST", "/login", A::anyone, pages::sign_in});
  r.add({"POST", "/logout", A::signed_in, pages::sign_out});
  r.add({"POST", "/language", A::anyone, pages::set_language});
  r.add({"GET", "/join/{token}", A::anyone, pages::join_form});
  r.add({"POST", "/join/{token}", A::anyone, pages::join});
  r.add({"GET", "/orgs/{org_id}", A::signed_in, pages::org_overview});
  r.add({"GET", "/orgs/{org_id}/members", A::signed_in, pages::members});
  r.add({"POST", "/orgs/{org_id}/members", A::signed_in, pages::invite_member});
  r.add({"GET", "/orgs/{org_id}/audit", A::signed_in, pages::audit_log});

  // API
  r.add({"GET", "/api/v1/openapi.json", A::anyone, api::openapi});
  r.add({"GET", "/api/v1/me", A::signed_in, api::me});
  r.add({"GET", "/api/v1/orgs/{org_id}", A::signed_in, api::get_org});
  r.add({"GET", "/api/v1/orgs/{org_id}/members", A::signed_in, api::list_members});
  r.add({"POST", "/api/v1/orgs/{org_id}/invitations", A::signed_in, api::create_invitation});
  r.add({"GET", "/api/v1/orgs/{org_id}/audit", A::signed_in, api::list_audit});
}

}  // namespace forkant::web
