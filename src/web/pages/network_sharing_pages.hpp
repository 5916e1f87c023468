#pragma once
// Sharing a reviewed text with a network (services/network_sharing.hpp): the "Del med netværk" section of
// a decision's page, an initiative's page and an evaluated step's share page, with a form per network the
// organisation is a current member of (owner and coordinator) or what is shared there and a button that
// withdraws it. Every form works without JavaScript; a refused form shows its page again with the text
// kept and the reason.

#include <cstdint>
#include <string>

#include "domain/networks/share.hpp"
#include "services/decisions.hpp"
#include "services/network_sharing.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response decision_share(Context& ctx);    // POST /orgs/{org_id}/decisions/{decision_id}/share
Response step_share_form(Context& ctx);   // GET  /orgs/{org_id}/steps/{step_id}/share
Response step_share(Context& ctx);        // POST /orgs/{org_id}/steps/{step_id}/share
Response initiative_share(Context& ctx);  // POST /orgs/{org_id}/initiatives/{initiative_id}/share
Response share_withdraw(Context& ctx);    // POST /orgs/{org_id}/network-shares/{share_id}/withdraw

// What a refused share form is shown again with.
struct ShareInput {
  std::int64_t network_id = 0;
  ShareText text;
  std::string error;
};

// What the section is about: the source (a decision of either kind, a step's lesson or an initiative),
// where its form posts, the text suggested from the register, and whether it may be shared at all.
struct SharingSubject {
  ShareSource kind = ShareSource::decision;
  std::int64_t id = 0;
  std::string action;  // the form's POST path
  ShareText suggested;
  Status shareable = ok_status();
};

// The section rendered (templates/network_sharing_section.mustache); empty when sharing is not wired
// (tests of other areas).
std::string sharing_section_html(Context& ctx, const OrgAccess& access, const SharingSubject& subject,
                                 const ShareInput* input);

// The text, network and choices of a share form.
ShareRequest read_share_form(Context& ctx);
// Where the page of a share's source is ("#sharing" at its section).
std::string sharing_back_path(const OrgAccess& access, const Share& share);

// The subjects of the three pages.
SharingSubject decision_subject(const OrgAccess& access, const Decision& decision);
SharingSubject lesson_subject(const OrgAccess& access, const Goal& goal, const Step& step);
SharingSubject initiative_subject(const OrgAccess& access, const Initiative& initiative);

// An evaluated step's share page, with a refused form's input.
Response step_share_page(Context& ctx, const OrgAccess& access, const StepRow& row, const ShareInput* input,
                         int status);

}  // namespace forkant::web::pages
