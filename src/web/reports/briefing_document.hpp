#pragma once
// The frozen briefing as a report document (reports/document.hpp), printed by reports::render_pdf: no
// title page and no contents, a heading with the organisation and the date, each section as a level-2
// heading with its paragraphs and bullets, "Side n af N" below. Headings and the date are in the
// language the version was written in, so a printed page never mixes two languages.

#include <string>

#include "reports/document.hpp"
#include "services/decisions.hpp"

namespace forkant {
class Translator;
}

namespace forkant::web {

reports::Document briefing_document(const BriefingVersion& version, const std::string& org_name,
                                    const Translator& translator);

}  // namespace forkant::web
