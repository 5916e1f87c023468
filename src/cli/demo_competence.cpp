// The demo's competence matrix for Demo Kommune (issue 17, question 6): four sectors, five competencies of
// its own beside the AI Act's Art. 4 row, and cells for every role as a municipality would assess them —
// the AI-literacy duty for employees and managers first, data literacy that differs between the social
// and the technical sector, politicians and citizens with their own needs. Two gaps have become steps of
// the demo's first goal; the rest wait for one (the agenda names them).
#include <map>
#include <stdexcept>

#include "cli/commands.hpp"
#include "cli/environment.hpp"

namespace forkant::cli {
namespace {

struct DemoCompetence {
  Environment& env;
  std::int64_t org_id;
  std::int64_t owner;
  std::map<std::string, std::int64_t> people;  // by e-mail prefix; who("owner") is the demo's owner
  std::map<std::string, std::int64_t> sectors;
  std::map<std::string, std::int64_t> competencies;
  Date today = env.competence.today();

  std::int64_t who(const std::string& prefix) const {
    const auto it = people.find(prefix);
    return it == people.end() ? owner : it->second;
  }

  void sector(const std::string& name) {
    const auto id = env.competence.add_sector(org_id, owner, {0, 0, name});
    if (!id) throw std::runtime_error("demo: sector " + name + ": " + id.error().code);
    sectors[name] = *id;
  }
  void competence(const std::string& name, const std::string& description) {
    const auto id = env.competence.add_competence(org_id, owner, {0, 0, name, description, ""});
    if (!id) throw std::runtime_error("demo: competence " + name + ": " + id.error().code);
    competencies[name] = *id;
  }
  CompetenceCell cell(std::int64_t competence_id, CompetenceRole role, const std::string& sector, int now,
                      int needed, std::optional<CompetenceRoute> route, const std::string& owner_prefix,
                      std::optional<int> in_days, const std::string& note) {
    CompetenceCell c;
    c.competence_id = competence_id;
    c.role = role;
    if (!sector.empty()) c.sector_id = sectors.at(sector);
    c.current_level = now;
    c.needed_level = needed;
    c.route = route;
    if (!owner_prefix.empty()) c.owner_user_id = who(owner_prefix);
    if (in_days) c.due_on = add_days(today, *in_days);
    c.note = note;
    auto saved = env.competence.save_cell(org_id, owner, c, std::nullopt);
    if (!saved) throw std::runtime_error("demo: competence cell: " + saved.error().code);
    return *saved;
  }
};

}  // namespace

void demo_competence(Environment& env, std::int64_t org_id, std::int64_t owner_id) {
  DemoCompetence d{env, org_id, owner_id, {}, {}, {}};
  for (const auto& m : env.orgs.members(org_id)) d.people[m.email.substr(0, m.email.find('@'))] = m.user_id;
  for (const auto* name : {"Social og sundhed", "Børn og unge", "Teknik og miljø", "Beskæftigelse"})
    d.sector(name);
  d.competence("Datakyndighed",
               "At læse, vurdere og bruge data i sit arbejde — og se, når data ikke slår til.");
  d.competence(
      "AI-risiko",
      "At kende AI's typiske fejl, skævheder og grænser og vide, hvornår en vurdering kræver et menneske.");
  d.competence("Indkøb af digitale løsninger",
               "At stille krav til data, sikkerhed, exit og gevinster i udbud og kontrakter.");
  d.competence("Digital ledelse",
               "At lede forandring, prioritere og sige fra — digitalisering som ledelsesopgave.");
  d.competence("Informationssikkerhed",
               "At kende og følge organisationens sikkerhedsregler og opdage phishing.");

  const auto ai = env.competence.matrix(org_id).competencies.front().id;  // the built-in row comes first
  using R = CompetenceRole;
  using Route = CompetenceRoute;
  const auto employees_ai = d.cell(ai, R::medarbejdere, "", 1, 2, Route::train, "digitalisering", 60,
                                   "E-læringsforløb for alle, der bruger Copilot eller sagsstøtte med AI.");
  d.cell(ai, R::ledere, "", 1, 3, Route::train, "digitalisering", 45,
         "Ledere skal kunne vurdere AI-output i sager.");
  d.cell(ai, R::chefer, "", 2, 3, Route::train, "oekonomi", 90, "");
  d.cell(ai, R::direktion, "", 2, 3, Route::partner, "owner", -10, "Temadag med KL — overskredet.");
  const auto data = d.competencies.at("Datakyndighed");
  d.cell(data, R::medarbejdere, "Social og sundhed", 1, 3, Route::train, "social", 120,
         "Dokumentation i omsorgssystemet bruges til styring.");
  d.cell(data, R::medarbejdere, "Teknik og miljø", 2, 3, Route::train, "teknik", 180, "");
  d.cell(data, R::ledere, "", 2, 3, Route::train, "digitalisering", std::nullopt, "");
  d.cell(data, R::politikere, "", 1, 2, Route::partner, "owner", 200, "Temamøde i økonomiudvalget.");
  const auto risk = d.competencies.at("AI-risiko");
  d.cell(risk, R::chefer, "", 1, 3, Route::hire, "oekonomi", 150,
         "Ansæt en AI-ansvarlig i digitaliseringsenheden.");
  d.cell(risk, R::politikere, "", 0, 2, Route::partner, "owner", 240, "");
  const auto buying = d.competencies.at("Indkøb af digitale løsninger");
  d.cell(buying, R::chefer, "", 1, 3, Route::buy, "oekonomi", 100, "Rådgivning fra SKI ved næste udbud.");
  const auto leading = d.competencies.at("Digital ledelse");
  d.cell(leading, R::direktion, "", 2, 4, Route::train, "owner", 300, "");
  d.cell(leading, R::ledere, "Børn og unge", 1, 3, Route::train, "boern", 210, "");
  const auto security = d.competencies.at("Informationssikkerhed");
  d.cell(security, R::medarbejdere, "", 3, 3, std::nullopt, "", std::nullopt, "Årlig phishing-test bestået.");
  d.cell(security, R::borgere, "", 1, 2, Route::partner, "", 365,
         "Kurser på bibliotekerne sammen med Digitaliseringsstyrelsen.");

  // The AI-literacy duty for employees became a step of the first goal.
  const auto goals = env.decisions.goals(org_id);
  if (!goals.empty()) {
    const auto step =
        env.competence.gap_to_step(employees_ai, owner_id, goals.front().id,
                                   {"Hvis alle medarbejdere, der bruger AI, gennemfører e-læringsforløbet, "
                                    "lever vi op til AI-forordningens "
                                    "artikel 4 og bruger værktøjerne mere sikkert.",
                                    "Medarbejdere er vurderet til »Anvender med støtte« i AI-kompetencer."},
                                   std::nullopt);
    if (!step) throw std::runtime_error("demo: competence step: " + step.error().code);
  }
}

}  // namespace forkant::cli
