#pragma once
// HTML pages of the assessment: round administration (list, create, detail, open/close, private links as
// a CSV download, paper import), the respondent flow through a private link (intro, one page per
// question, review, submit, thanks) and the results page. The service (services/assessment.hpp) decides
// everything; these pages only present it and turn forms into service calls.
//
// Tenant rule as in the API: a round of another organisation answers 404 exactly like a missing one.
// Respondent rule: the token in the path is the only key; pages never show who answered.

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/assessment/framework.hpp"
#include "services/assessment.hpp"
#include "web/access.hpp"
#include "web/app.hpp"
#include "web/context.hpp"
#include "web/http.hpp"
#include "web/ids.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

// Round administration (signed in).
Response rounds_list(Context& ctx);    // GET  /orgs/{org_id}/rounds
Response round_create(Context& ctx);   // POST /orgs/{org_id}/rounds
Response round_detail(Context& ctx);   // GET  /rounds/{round_id}
Response round_open(Context& ctx);     // POST /rounds/{round_id}/open
Response round_close(Context& ctx);    // POST /rounds/{round_id}/close
Response round_links(Context& ctx);    // POST /rounds/{round_id}/links   -> CSV download
Response round_import(Context& ctx);   // POST /rounds/{round_id}/import
Response round_results(Context& ctx);  // GET  /rounds/{round_id}/results[?group=NAME]

// Respondent flow (anyone with the link; CSRF-exempt, the token is the key).
Response respond_intro(Context& ctx);          // GET  /r/{token}
Response respond_question(Context& ctx);       // GET  /r/{token}/q/{n}
Response respond_question_save(Context& ctx);  // POST /r/{token}/q/{n}
Response respond_review(Context& ctx);         // GET  /r/{token}/review
Response respond_submit(Context& ctx);         // POST /r/{token}/submit

// ---- Shared between the files above (x_page beside handler x, the rest in <noun>_pages.cpp) ----

// The rounds list with the create form; `form` holds the values and error of a refused create.
Response rounds_list_page(Context& ctx, std::int64_t org_id, Role role, const nlohmann::json& form,
                          int status);
// The round page; `extra` carries a refused action's message and kept input.
Response round_detail_page(Context& ctx, const RoundRow& round, Role role, const nlohmann::json& extra,
                           int status);
// Opens or closes the round in the path (coordinators); a refusal shows the round page with the reason.
Response round_state_change(Context& ctx, bool open);

inline std::string round_path(const RoundRow& round) {
  return "/rounds/" + std::to_string(round.id);
}

// A problem with one field of a question's page, for the error summary and the field.
struct PageError {
  std::string message;
  std::string target;  // element id the summary links to
  std::string field;   // item or purpose id it belongs to ("" for the page)
};

// The answers as a question's page shows them: item or purpose id -> the text of the field.
using RawAnswers = std::map<std::string, std::string>;

// The question page of dimension `d`, with the answers `raw` and what was refused about them.
Response respond_question_page(Context& ctx, const RespondentView& link, const Dimension& d,
                               const RawAnswers& raw, const std::vector<PageError>& errors, int status);
// The dimension whose number is {n} in the path, or null.
const Dimension* dimension_in_path(Context& ctx, const Framework& fw);
// The review page; `error` (or null) is a refused submit's message with a link to the question to fix.
Response respond_review_page(Context& ctx, const RespondentView& link, const nlohmann::json& error,
                             int status);

// What a respondent sees when open_link refuses: thanks (already submitted: 200 on GET, 410 on POST),
// closed (410), not open yet (409) or an unknown link (404).
Response respondent_refusal(Context& ctx, const Error& error);

// The groups offered as checkboxes on the create form, in this order.
inline constexpr std::string_view kStandardGroups[] = {"direktion", "chefer", "medarbejdere", "politikere",
                                                       "borgerpanel"};

// A group's name for people: the standard groups through the catalogue, others as typed.
inline std::string group_label(const Context& ctx, const std::string& group) {
  for (auto g : kStandardGroups) {
    if (g == group) return ctx.t("group." + group);
  }
  return group;
}

inline std::string round_state_label(const Context& ctx, RoundState state) {
  return ctx.t("round.state." + std::string(round_state_name(state)));
}

// scheme://host of this server, for absolute links (public_url when configured).
inline std::string site_base_url(Context& ctx) {
  if (!ctx.app.config().public_url.empty()) {
    std::string url = ctx.app.config().public_url;
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
  }
  return std::string(ctx.app.config().secure_cookies ? "https://" : "http://") +
         std::string(ctx.req.header("host").value_or("127.0.0.1:8080"));
}

// An id usable in HTML id/for/href="#..." from a framework id ("q1.s1" -> "q1-s1").
inline std::string html_id(std::string_view prefix, std::string_view id) {
  std::string out(prefix);
  for (char c : id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    out += keep ? c : '-';
  }
  return out;
}

// The label of an answer value on the 1-5 agreement scale ("4 I høj grad", "Ved ikke").
inline std::string scale_label(const Context& ctx, int value) {
  if (value == kDontKnow) return ctx.t("scale.dont_know");
  return ctx.t("scale." + std::to_string(value));
}
// The label of an importance value ("5 Meget vigtigt", "Ved ikke"). The scale is balanced: two steps
// below a neutral middle mirror two above it ("Meget uvigtigt", "Uvigtigt", "Hverken vigtigt eller
// uvigtigt", "Vigtigt", "Meget vigtigt"), so that the labels do not lean towards "important" and the
// mean importance reads symmetrically around 3.
inline std::string importance_label(const Context& ctx, int value) {
  if (value == kDontKnow) return ctx.t("scale.dont_know");
  return ctx.t("importance." + std::to_string(value));
}

}  // namespace forkant::web::pages
