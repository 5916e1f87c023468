// Saving the coordinator's text of the briefing as written. A refused text is shown again as submitted,
// with the message, so nothing typed is lost.
#include "services/decisions.hpp"
#include "web/app.hpp"
#include "web/pages/briefing_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

BriefingText briefing_from_form(Context& ctx) {
  BriefingText text;
  for (const auto section : kBriefingSections) {
    // A browser sends a text field's line breaks as CR LF: counted as one, as the reader sees them.
    const std::string value = ctx.form().get(std::string(to_string(section)));
    std::string lf;
    lf.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (value[i] == '\r') {
        lf += '\n';
        if (i + 1 < value.size() && value[i + 1] == '\n') ++i;
      } else {
        lf += value[i];
      }
    }
    text[section] = std::move(lf);
  }
  return text;
}

std::string briefing_lang_from_form(Context& ctx) {
  const std::string lang = ctx.form().get("lang");
  return lang.empty() ? ctx.lang : lang;
}

std::string briefing_error(const Context& ctx, Error error) {
  if (const auto it = error.params.find("section"); it != error.params.end()) {
    it->second = ctx.t("briefing.section." + it->second);
  }
  return error_message(ctx, error);
}

Response briefing_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  const auto text = briefing_from_form(ctx);
  const auto lang = briefing_lang_from_form(ctx);
  if (auto s = ctx.app.services().decisions->save_briefing(access->org_id, ctx.user->id, lang, text); !s) {
    return briefing_page(ctx, *access, text, lang, briefing_error(ctx, s.error()), http_status(s.error()));
  }
  return redirect("/orgs/" + std::to_string(access->org_id) + "/briefing?saved=1");
}

}  // namespace forkant::web::pages
