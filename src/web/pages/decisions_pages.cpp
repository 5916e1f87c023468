// Labels and choices that the pages of the three decisions share.
#include "web/pages/decisions_pages.hpp"

#include "services/assessment.hpp"
#include "services/privacy.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

std::string kind_label(const Context& ctx, DecisionKind kind) {
  return ctx.t("decision.kind." + std::string{to_string(kind)});
}

std::string question_label(Context& ctx, int question) {
  const auto framework = ctx.app.services().assessment->framework_by_key(kDecisionFramework);
  if (framework) {
    for (const auto& d : framework->dimensions) {
      if (d.number == question) return std::to_string(question) + ". " + d.title.get(ctx.lang);
    }
  }
  return ctx.t("decision.question", {{"question", std::to_string(question)}});
}

std::map<std::int64_t, std::string> member_names(Context& ctx, std::int64_t org_id) {
  std::map<std::int64_t, std::string> out;
  for (const auto& m : ctx.app.services().orgs->members(org_id)) out[m.user_id] = m.name;
  // A member whose personal data an owner deleted: their records keep a neutral label (docs/privacy.md).
  if (auto* privacy = ctx.app.services().privacy) {
    for (const auto id : privacy->erased_user_ids()) out.emplace(id, ctx.t("member.former"));
  }
  return out;
}

nlohmann::json member_options(Context& ctx, std::int64_t org_id, std::optional<std::int64_t> chosen) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& m : ctx.app.services().orgs->members(org_id)) {
    out.push_back(
        {{"value", std::to_string(m.user_id)}, {"label", m.name}, {"selected", chosen == m.user_id}});
  }
  return out;
}

nlohmann::json question_choices(Context& ctx, const std::set<int>& chosen) {
  nlohmann::json out = nlohmann::json::array();
  for (int q = 1; q <= 10; ++q) {
    out.push_back(
        {{"value", std::to_string(q)}, {"label", question_label(ctx, q)}, {"checked", chosen.contains(q)}});
  }
  return out;
}

std::string form_error(const Context& ctx, const Error& error) {
  return error_message(ctx, error);
}

}  // namespace forkant::web::pages
