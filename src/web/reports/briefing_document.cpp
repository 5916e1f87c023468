#include "web/reports/briefing_document.hpp"

#include <utility>

#include "domain/copenhagen_time.hpp"
#include "render/format.hpp"
#include "render/i18n.hpp"

namespace forkant::web {

reports::Document briefing_document(const BriefingVersion& version, const std::string& org_name,
                                    const Translator& translator) {
  const std::string& lang = version.lang;
  const auto t = [&](const std::string& key, const std::map<std::string, std::string>& params = {}) {
    return translator.format(lang, key, params);
  };
  reports::Document doc;
  doc.lang = lang;
  doc.title = t("briefing.pdf.title", {{"org", org_name}});
  doc.author = org_name;
  doc.subject = t("briefing.title");
  // "{n}" and "{N}" are the printer's to fill in: taken as written, not interpolated.
  doc.page_footer = translator.get(lang, "briefing.pdf.footer");
  doc.blocks.emplace_back(reports::Heading{1, t("briefing.pdf.heading", {{"org", org_name}})});
  doc.blocks.emplace_back(reports::Paragraph{
      t("briefing.pdf.dateline", {{"version", std::to_string(version.version)},
                                  {"date", format_date_text(copenhagen_time(version.frozen_at).day, lang)}}),
      false, true});
  for (const auto section : kBriefingSections) {
    const auto paragraphs = briefing_paragraphs(version.text[section]);
    if (paragraphs.empty()) continue;  // a section left empty is left out, not printed as a bare heading
    doc.blocks.emplace_back(reports::Heading{2, t("briefing.section." + std::string(to_string(section)))});
    reports::BulletList list;
    for (const auto& p : paragraphs) {
      if (p.bullet) {
        list.items.push_back(p.text);
        continue;
      }
      if (!list.items.empty()) doc.blocks.emplace_back(std::exchange(list, {}));
      doc.blocks.emplace_back(reports::Paragraph{p.text});
    }
    if (!list.items.empty()) doc.blocks.emplace_back(std::move(list));
  }
  return doc;
}

}  // namespace forkant::web
