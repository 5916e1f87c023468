// The Atom 1.0 feed of the public page, /p/{organisation}/feed.atom: one entry per published snapshot
// (a republished decision is a new entry with its own id), plain text only, from snapshots only.
#include <algorithm>

#include "formats/atom_feed.hpp"
#include "render/format.hpp"
#include "services/organisations.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response public_feed(Context& ctx) {
  const auto found = public_page_in_path(ctx);
  if (!found) return error_response(ctx, Error::not_found());
  const auto org = ctx.app.services().orgs->find(found->settings.org_id);
  const std::string org_name = org ? org->name : "";
  const std::string page_url = public_page_url(ctx, found->settings.address);
  AtomFeed feed{"urn:uuid:" + found->settings.feed_id,
                ctx.t("public.feed_title", {{"org", org_name}}),
                ctx.t("public.intro"),
                ctx.lang,
                page_url + "/feed.atom",
                page_url,
                org_name,
                found->updated,
                {}};
  for (const auto& s : found->snapshots) {
    std::string text = s.summary + "\n\n";
    std::string questions;
    for (const int q : s.questions) questions += (questions.empty() ? "" : "; ") + question_label(ctx, q);
    text += ctx.t("public.field.questions") + ": " + questions + "\n";
    text += ctx.t("public.field.decided_on") + ": " + format_date_text(s.decided_on, ctx.lang) + "\n";
    if (s.review_on) {
      text += ctx.t("public.field.review_on") + ": " + format_date_text(*s.review_on, ctx.lang) + "\n";
    }
    feed.entries.push_back({"urn:uuid:" + s.public_id,
                            public_kind_label(ctx, s.kind) + ": " + s.title,
                            page_url + "#u-" + s.public_id,
                            s.published_at,
                            s.first_published_at,
                            text,
                            {public_kind_label(ctx, s.kind)}});
  }
  // Newest publication first, as feed readers expect.
  std::stable_sort(feed.entries.begin(), feed.entries.end(),
                   [](const AtomEntry& a, const AtomEntry& b) { return a.updated > b.updated; });
  Response res;
  res.set_header("Content-Type", "application/atom+xml; charset=utf-8");
  res.body = write_atom(feed);
  public_answer(ctx, res);
  return res;
}

}  // namespace forkant::web::pages
