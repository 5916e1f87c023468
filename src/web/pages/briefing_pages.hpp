#pragma once
// The political briefing's pages (domain/decisions/briefing.hpp): the editable draft with one labelled
// text field per section, saving it, freezing it as a version, and each frozen version as a page and as
// a PDF. Anyone in the organisation reads; a coordinator or owner saves and freezes.

#include <array>
#include <cstdint>
#include <string>

#include "domain/decisions/briefing.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response briefing(Context& ctx);              // GET  /orgs/{org_id}/briefing
Response briefing_save(Context& ctx);         // POST /orgs/{org_id}/briefing
Response briefing_freeze(Context& ctx);       // POST /orgs/{org_id}/briefing/versions
Response briefing_version(Context& ctx);      // GET  /orgs/{org_id}/briefing/versions/{version}
Response briefing_version_pdf(Context& ctx);  // GET  /orgs/{org_id}/briefing/versions/{version}.pdf

// The draft page with `text` in the fields (what was submitted, when `error` says why it was refused).
Response briefing_page(Context& ctx, const OrgAccess& access, const BriefingText& text,
                       const std::string& lang, const std::string& error, int status);

// The sections as the form submitted them, and the language the text is written in ("da" or "en").
BriefingText briefing_from_form(Context& ctx);
std::string briefing_lang_from_form(Context& ctx);
// A refused text's message, naming the section by its title in the reader's language.
std::string briefing_error(const Context& ctx, Error error);

// "6. december 2026 kl. 04:12": when a version was frozen or the draft saved, in Copenhagen time.
std::string briefing_when(const Context& ctx, std::int64_t unix_seconds);

// The ten questions' plain titles in the reader's language, for the draft.
std::array<std::string, 10> question_titles(Context& ctx);

}  // namespace forkant::web::pages
