// A round as a respondent will see it, before it opens (anyone in the organisation): the intro page and
// every question page, the same templates read-only, under the banner "Forhåndsvisning – svar gemmes
// ikke". No form posts anything: "Previous" and "Next" are links, and nothing is stored. ?group=NAME
// shows the intro as that group's respondents see it (default: the round's first group).
#include <algorithm>

#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

struct Preview {
  RespondSurface surface;
  RespondentView view;
};

Result<Preview> preview_in_path(Context& ctx) {
  auto found = round_in_path(ctx, Role::viewer);
  if (!found) return found.error();
  const RoundRow& round = found->object;
  auto fw = ctx.app.services().assessment->framework(round.framework_id);
  if (!fw) return Error::not_found();
  std::string group = ctx.query().get("group");
  if (std::find(round.groups.begin(), round.groups.end(), group) == round.groups.end())
    group = round.groups.empty() ? std::string() : round.groups.front();
  Preview p;
  p.surface.base = round_path(round) + "/preview";
  p.surface.banner = ctx.t("respond.preview_banner");
  p.surface.banner_note = ctx.t("respond.preview_note");
  p.surface.preview = true;
  p.surface.title_prefix = ctx.t("respond.preview_title");
  p.surface.done_href = round_path(round);
  p.view = RespondentView{InvitationRecord{0, round.id, group, "new", std::nullopt}, round, fw, {}};
  return p;
}

}  // namespace

Response round_preview(Context& ctx) {
  auto p = preview_in_path(ctx);
  if (!p) return error_response(ctx, p.error());
  return respond_intro_page(ctx, p->surface, p->view);
}

Response round_preview_question(Context& ctx) {
  auto p = preview_in_path(ctx);
  if (!p) return error_response(ctx, p.error());
  const auto* d = dimension_in_path(ctx, *p->view.framework);
  if (!d) return error_response(ctx, Error::not_found());
  return respond_question_page(ctx, p->surface, p->view, *d, {}, {}, 200);
}

}  // namespace forkant::web::pages
