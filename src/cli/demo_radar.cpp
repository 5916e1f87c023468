// The demo's technology radar for Demo Kommune (issue 17): last year's edition and this year's, so that the
// radar shows movement (the payroll robot's RPA moved in to adopt, generative AI in to trial, chatbots
// out to hold after the stopped pilot) and the compare page has two editions; prerequisites linked to the
// demo's initiatives, one of them missing (AI job matching lacks the data quality it demands), and a hold
// whose revisit date has come, for the overview and the drafted agenda.
#include <functional>
#include <map>
#include <stdexcept>

#include "cli/commands.hpp"
#include "cli/environment.hpp"

namespace forkant::cli {
namespace {

struct DemoRadar {
  Environment& env;
  std::int64_t org_id;
  std::int64_t owner;
  Date today = env.radar.today();
  std::map<std::string, std::int64_t> initiatives;  // by title

  std::int64_t initiative(const std::string& title) const {
    const auto it = initiatives.find(title);
    if (it == initiatives.end()) throw std::runtime_error("demo: no initiative " + title);
    return it->second;
  }

  std::int64_t edition(const std::string& title, Date published, bool copy) {
    auto id =
        env.radar.create_edition(org_id, owner, title, published,
                                 {"Data og AI", "Platforme", "Værktøjer", "Metoder og standarder"}, copy);
    if (!id) throw std::runtime_error("demo: radar edition " + title + ": " + id.error().code);
    return *id;
  }

  void add(std::int64_t edition_id, const RadarEntryDraft& e) {
    auto id = env.radar.create_entry(*env.radar.find_edition(edition_id), owner, e);
    if (!id) throw std::runtime_error("demo: radar entry " + e.name + ": " + id.error().code);
  }

  // Changes an entry of the current edition by name.
  void change(std::int64_t edition_id, const std::string& name,
              const std::function<void(RadarEntryDraft&)>& edit) {
    for (const RadarBlip& b : env.radar.view(*env.radar.find_edition(edition_id)).blips) {
      if (b.entry.content.name != name) continue;
      RadarEntryDraft d = b.entry.content;
      edit(d);
      if (auto s = env.radar.edit_entry(b.entry, owner, d); !s) {
        throw std::runtime_error("demo: radar entry " + name + ": " + s.error().code);
      }
      return;
    }
    throw std::runtime_error("demo: no radar entry " + name);
  }

  static RadarEntryDraft entry(std::string name, int quadrant, Ring ring, std::string description) {
    RadarEntryDraft e;
    e.name = std::move(name);
    e.quadrant = quadrant;
    e.ring = ring;
    e.description = std::move(description);
    return e;
  }

  void run() {
    for (const auto& i : env.initiatives.initiatives(org_id)) initiatives[i.content.title] = i.id;
    const Date last_year = add_months(today, -12);
    const auto first = edition(std::to_string(static_cast<int>(last_year.year())), last_year, false);
    add(first, entry("Generativ AI (sprogmodeller)", 0, Ring::assess,
                     "Sprogmodeller til udkast, opsummering og svar. Vi undersøger risici og gevinster."));
    add(first,
        entry("Maskinlæring til prioritering", 0, Ring::assess, "Forudsigelser ud fra historiske data."));
    add(first,
        entry("Softwarerobotter (RPA)", 2, Ring::trial, "Robotter til regelbaserede, gentagne opgaver."));
    add(first, entry("Chatbots til borgerservice", 2, Ring::trial, "Svar på enkle spørgsmål døgnet rundt."));
    add(first, entry("Sensorer og IoT i plejen", 1, Ring::assess, "Sensorer, der varsler personalet."));
    add(first, entry("Fælleskommunal Rammearkitektur", 3, Ring::adopt, "Fælles begreber og snitflader."));
    RadarEntryDraft notes = entry("Lotus Notes", 1, Ring::hold, "Den gamle samarbejdsplatform.");
    notes.hold = HoldDetails{add_months(last_year, -6), add_months(today, 6),
                             "Udfases; nye løsninger bygges på den fælles platform."};
    add(first, notes);

    const auto current = edition(std::to_string(static_cast<int>(today.year())), add_days(today, -30), true);
    change(current, "Softwarerobotter (RPA)", [&](RadarEntryDraft& d) {
      d.ring = Ring::adopt;
      d.description =
          "Lønrobotten er i drift med målte gevinster; RPA er standard til regelbaserede opgaver.";
      d.initiative_ids = {initiative("Lønrobot i lønadministrationen")};
      d.prerequisites = {{PrerequisiteKind::data, "lønoplysninger", Quality::good},
                         {PrerequisiteKind::standard, "NemKonto", Quality::good}};
    });
    change(current, "Generativ AI (sprogmodeller)", [&](RadarEntryDraft& d) {
      d.ring = Ring::trial;
      d.prerequisites = {{PrerequisiteKind::competence, "AI-risiko", Quality::good}};
    });
    change(current, "Chatbots til borgerservice", [&](RadarEntryDraft& d) {
      d.ring = Ring::hold;
      d.hold =
          HoldDetails{add_days(today, -200), add_days(today, -10),
                      "Piloten blev stoppet: svarene var for usikre. Tages op igen, når sprogmodellerne er "
                      "afprøvet."};
      d.initiative_ids = {initiative("Chatbot til spørgsmål om affald og genbrug")};
    });
    change(current, "Sensorer og IoT i plejen", [&](RadarEntryDraft& d) {
      d.ring = Ring::trial;
      d.initiative_ids = {initiative("Sensorer i ældreplejen om natten")};
      d.prerequisites = {{PrerequisiteKind::data, "bevægelsesdata", Quality::good},
                         {PrerequisiteKind::partner, "Plejeteknik ApS", Quality::good}};
    });
    RadarEntryDraft jobmatch =
        entry("AI-jobmatch", 0, Ring::trial, "Maskinlæring, der foreslår job ud fra CV og kompetencer.");
    jobmatch.initiative_ids = {initiative("AI-jobmatch i jobcentret")};
    jobmatch.prerequisites = {{PrerequisiteKind::data, "CV og kompetencer", Quality::good},
                              {PrerequisiteKind::competence, "AI-risiko", Quality::good},
                              {PrerequisiteKind::partner, "KL", Quality::good}};
    add(current, jobmatch);
    add(current, entry("Digital Post og MitID", 3, Ring::adopt, "Fællesoffentlige byggeklodser."));
  }
};

}  // namespace

void demo_radar(Environment& env, std::int64_t org_id, std::int64_t owner_id) {
  DemoRadar{env, org_id, owner_id}.run();
}

}  // namespace forkant::cli
