// What the paper entry's pages share: the round and the entry in the path, and where its pages live.
// The entry is bound to the coordinator who started it: another user, even a coordinator of the same
// organisation, gets 404 exactly as for a missing entry; a viewer or another organisation gets 404 for
// the round already (round_in_path).
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Result<PaperEntry> paper_entry_in_path(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return found.error();
  const auto entry_id = ctx.id_param("entry_id");
  if (!entry_id) return Error::not_found();
  return PaperEntry{found->object, found->access.role, *entry_id};
}

RespondSurface paper_surface(Context& ctx, const PaperEntry& entry, const std::string& group) {
  RespondSurface surface;
  surface.base = round_path(entry.round) + "/paper/" + std::to_string(entry.entry_id);
  surface.banner = ctx.t("respond.paper_banner", {{"group", group_label(ctx, group)}});
  surface.banner_note = ctx.t("respond.paper_note");
  surface.done_href = round_path(entry.round);
  surface.save_href = round_path(entry.round);
  surface.title_prefix = ctx.t("respond.paper_title");
  return surface;
}

}  // namespace forkant::web::pages
