#include "web/pages/network_library_view.hpp"

#include "domain/accounts/organisation.hpp"
#include "domain/networks/share.hpp"
#include "render/format.hpp"
#include "web/forms.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/share_label.hpp"

namespace forkant::web::pages {
namespace {

std::string sharer(Context& ctx, const LibraryItem& item) {
  if (!item.anonymous) return item.org_name;
  return anonymous_label_text(ctx, parse_org_kind(item.org_kind).value_or(OrgKind::other),
                              parse_size_band(item.size_band).value_or(SizeBand::unknown));
}

}  // namespace

nlohmann::json library_item_view(Context& ctx, const LibraryItem& item, const std::string& href) {
  nlohmann::json questions = nlohmann::json::array();
  for (const int n : item.questions) {
    if (n >= 1 && n <= 10) questions.push_back(question_label(ctx, n));
  }
  nlohmann::json view{{"public_id", item.public_id},
                      {"href", href},
                      {"kind", item.kind},
                      {"kind_label", ctx.t("library.kind." + item.kind)},
                      {"title", item.title},
                      {"body", item.body},
                      {"questions", questions},
                      {"has_questions", !questions.empty()},
                      {"verdict", or_null(item.verdict ? ctx.t("library.verdict." + *item.verdict) : "")},
                      {"shared_on", format_day(item.shared_at, ctx.lang)},
                      {"sharer", sharer(ctx, item)},
                      {"anonymous", item.anonymous},
                      {"own", item.own}};
  // "Spørg …": the sharer's chosen contact by e-mail; no messages of our own.
  if (!item.contact_email.empty()) {
    const std::string who = item.contact_name.empty() ? item.contact_email : item.contact_name;
    view["contact"] = {
        {"label", ctx.t("library.ask", {{"contact", who}})},
        {"href", "mailto:" + item.contact_email + "?subject=" +
                     encode_query_value(ctx.t("library.ask_subject", {{"title", item.title}}))}};
  }
  return view;
}

}  // namespace forkant::web::pages
