#pragma once
// HTML pages of the assessment: round administration (list, create, detail, open/close, private links as
// a CSV download, paper import), the respondent flow through a private link (intro, one page per
// question, review, submit, thanks) and the results page. The service (services/assessment.hpp) decides
// everything; these pages only present it and turn forms into service calls.
//
// Tenant rule as in the API: a round of another organisation answers 404 exactly like a missing one.
// Respondent rule: the token in the path is the only key; pages never show who answered.

#include <cstdint>
#include <functional>
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
Response rounds_list(Context& ctx);             // GET  /orgs/{org_id}/rounds
Response round_create(Context& ctx);            // POST /orgs/{org_id}/rounds
Response round_detail(Context& ctx);            // GET  /rounds/{round_id}
Response round_open(Context& ctx);              // POST /rounds/{round_id}/open
Response round_close(Context& ctx);             // POST /rounds/{round_id}/close
Response round_links(Context& ctx);             // POST /rounds/{round_id}/links   -> CSV download
Response round_import(Context& ctx);            // POST /rounds/{round_id}/import
Response round_results(Context& ctx);           // GET  /rounds/{round_id}/results[?group=NAME]
Response round_report_pdf(Context& ctx);        // GET  /rounds/{round_id}/report.pdf (the board report)
Response round_report_xlsx(Context& ctx);       // GET  /rounds/{round_id}/report.xlsx
Response round_edit_form(Context& ctx);         // GET  /rounds/{round_id}/edit (drafts)
Response round_update(Context& ctx);            // POST /rounds/{round_id}/edit
Response round_delete_confirm(Context& ctx);    // GET  /rounds/{round_id}/delete (drafts)
Response round_delete(Context& ctx);            // POST /rounds/{round_id}/delete
Response round_preview(Context& ctx);           // GET  /rounds/{round_id}/preview (read-only intro)
Response round_preview_question(Context& ctx);  // GET  /rounds/{round_id}/preview/q/{n}

// A paper form typed into the respondent's pages by the coordinator who started it.
Response round_paper_create(Context& ctx);         // POST /rounds/{round_id}/paper
Response round_paper_question(Context& ctx);       // GET  /rounds/{round_id}/paper/{entry_id}/q/{n}
Response round_paper_question_save(Context& ctx);  // POST /rounds/{round_id}/paper/{entry_id}/q/{n}
Response round_paper_review(Context& ctx);         // GET  /rounds/{round_id}/paper/{entry_id}/review
Response round_paper_submit(Context& ctx);         // POST /rounds/{round_id}/paper/{entry_id}/submit

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

// Where the respondent's pages are shown: through a private link (/r/TOKEN), as a coordinator typing in
// a paper form (/rounds/N/paper/E, signed in, bound to that coordinator) or as the read-only preview of
// a round (/rounds/N/preview). The same templates in each; only the paths, a banner and, for the
// preview, links instead of a form differ.
struct RespondSurface {
  std::string base;          // the pages are base + "/q/N", base + "/review", base + "/submit"
  std::string banner;        // "" for a respondent
  std::string banner_note;   // a second line under the banner
  bool preview = false;      // read-only: no form, nothing is saved
  std::string done_href;     // the preview's last "Next" and the paper entry's way back
  std::string save_href;     // where "Save for later" leads ("" for base + "?saved=1")
  std::string title_prefix;  // before the page title ("Forhåndsvisning", "Papirskema")

  std::string title(const std::string& t) const { return title_prefix.empty() ? t : title_prefix + ": " + t; }
};
// The surface of a respondent's private link (the token in the path).
RespondSurface respondent_surface(Context& ctx);

// The intro page (what the round is, the anonymity promise, start).
Response respond_intro_page(Context& ctx, const RespondSurface& surface, const RespondentView& view);
// The question page of dimension `d`, with the answers `raw` and what was refused about them.
Response respond_question_page(Context& ctx, const RespondSurface& surface, const RespondentView& link,
                               const Dimension& d, const RawAnswers& raw,
                               const std::vector<PageError>& errors, int status);
// The answers saved for dimension `d`, as its page's fields show them.
RawAnswers raw_from_saved(const Framework& fw, const Dimension& d, const ResponseAnswers& a);
// Saving one question's page (respondent or paper entry): `open` loads the link, `save` stores a patch.
// An allocation that does not sum to 100 keeps the respondent on its page (422) on "Next", with what
// they typed saved as a draft and shown again.
Response respond_question_save_with(Context& ctx, const RespondSurface& surface,
                                    const std::function<Result<RespondentView>()>& open,
                                    const std::function<Result<RespondentView>(const AnswersPatch&)>& save);
// The dimension whose number is {n} in the path, or null.
const Dimension* dimension_in_path(Context& ctx, const Framework& fw);
// The review page; `error` (or null) is a refused submit's message with a link to the question to fix.
Response respond_review_page(Context& ctx, const RespondSurface& surface, const RespondentView& link,
                             const nlohmann::json& error, int status);
// The review page's error for a refused submit, with the link to the question to fix.
nlohmann::json submit_error_view(Context& ctx, const RespondSurface& surface, const Framework& fw,
                                 const Error& e);

// The round (coordinators) and the entry id in a paper entry's path; the service checks that the entry
// is this round's and this user's.
struct PaperEntry {
  RoundRow round;
  Role role = Role::viewer;
  std::int64_t entry_id = 0;
};
Result<PaperEntry> paper_entry_in_path(Context& ctx);
RespondSurface paper_surface(Context& ctx, const PaperEntry& entry, const std::string& group);

// "Borgerpanel Nord, Ungeråd\nFaglige" -> {"Borgerpanel Nord", "Ungeråd", "Faglige"} (round_create.cpp)
std::vector<std::string> split_groups(const std::string& text);

// The edit form of a draft round; `form` holds a refused save's values and error.
Response round_edit_page(Context& ctx, const RoundRow& round, const nlohmann::json& form, int status);

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
