// The start page: a signed-in person goes to their organisation; one with several chooses.
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response home(Context& ctx) {
  if (!ctx.user) return redirect("/login");
  const auto memberships = ctx.app.services().accounts->memberships(ctx.user->id);
  if (memberships.size() == 1) return redirect("/orgs/" + std::to_string(memberships.front().org_id));
  nlohmann::json orgs = nlohmann::json::array();
  for (const auto& m : memberships) {
    orgs.push_back(
        {{"id", m.org_id}, {"name", m.org_name}, {"role", ctx.t("role." + std::string(role_name(m.role)))}});
  }
  return page(ctx, "home", {{"orgs", orgs}, {"none", memberships.empty()}}, ctx.t("home.title"));
}

}  // namespace forkant::web::pages
