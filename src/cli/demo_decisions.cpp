// The demo's year of the three decisions for Demo Kommune: a decision register with decisions,
// deliberate deselections and postponements (some edited, one superseded, with notes), two goals with
// steps in every status and evaluations with each verdict, and a monthly direktionsmøde whose next
// agenda item has a point from every source, and the political briefing frozen once. Dates are relative to
// today so the demo stays fresh.
#include <map>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "cli/commands.hpp"
#include "cli/environment.hpp"

namespace forkant::cli {
namespace {

template <typename T>
T must(Result<T> result, const char* what) {
  if (!result) throw std::runtime_error(std::string("demo: ") + what + ": " + result.error().code);
  return std::move(*result);
}

struct DemoDecisions {
  Environment& env;
  std::int64_t org_id;
  std::int64_t owner;
  std::map<std::string, std::int64_t> people;  // by e-mail prefix
  Date today = env.decisions.today();

  std::int64_t who(const std::string& prefix) const {
    const auto it = people.find(prefix);
    return it == people.end() ? owner : it->second;
  }
  Date ago(int days) const { return add_days(today, -days); }

  DecisionDraft draft(DecisionKind kind, std::string title, std::string rationale, std::set<int> questions,
                      int days_ago, const std::string& owner_prefix, std::string alternatives = "",
                      std::string body = "Direktionen") const {
    DecisionDraft d;
    d.kind = kind;
    d.title = std::move(title);
    d.rationale = std::move(rationale);
    d.alternatives = std::move(alternatives);
    d.questions = std::move(questions);
    d.owner_user_id = who(owner_prefix);
    d.body = std::move(body);
    d.decided_on = ago(days_ago);
    return d;
  }

  std::int64_t record(DecisionDraft d, std::optional<int> review_in_days = std::nullopt) {
    if (review_in_days) d.review_on = add_days(d.decided_on, *review_in_days);
    return must(env.decisions.create_decision(org_id, owner, d), "decision");
  }

  Step step(std::string hypothesis, std::string criterion, int due_in_days,
            const std::string& owner_prefix) const {
    Step s;
    s.hypothesis = std::move(hypothesis);
    s.success_criterion = std::move(criterion);
    s.due_on = add_days(today, due_in_days);
    s.owner_user_id = who(owner_prefix);
    return s;
  }

  StepRow add(const Goal& goal, Step s) {
    const auto id = must(env.decisions.add_step(goal, owner, std::move(s)), "step");
    return *env.decisions.find_step(id);
  }

  void complete(const Goal& goal, Step s, Verdict verdict, std::string result, std::string learned,
                int days_ago, std::optional<DecisionDraft> follow_up = std::nullopt) {
    auto row = add(goal, std::move(s));
    row.step = must(env.decisions.start_step(row, owner), "start step");
    StepCompletion completion{{std::move(result), std::move(learned), verdict, ago(days_ago)},
                              std::move(follow_up)};
    must(env.decisions.complete_step(row, owner, completion), "complete step");
  }
};

void register_decisions(DemoDecisions& d) {
  using K = DecisionKind;
  const auto platform =
      d.record(d.draft(K::decided, "Fælles digital indgang for borgerne",
                       "Borgerne skal kunne klare de ti mest brugte henvendelser ét sted, døgnet rundt. Det "
                       "frigør tid i borgerservice "
                       "til dem, der har brug for hjælp ansigt til ansigt.",
                       {1, 4}, 340, "digitalisering",
                       "Fortsætte med separate løsninger pr. forvaltning; købe en færdig portal."));
  d.record(
      d.draft(
          K::deselected, "Ingen chatbot i borgerservice i år",
          "Vi har fravalgt en chatbot, fordi vores henvendelser er for komplekse til, at den kan svare "
          "rigtigt, "
          "og fordi en forkert vejledning i en sag om hjælp er værre end ventetid. Vi ser på det igen, når "
          "erfaringerne fra andre kommuner er samlet.",
          {2, 4}, 310, "social", "En chatbot med begrænset emnefelt; en pilot i én forvaltning."),
      330);
  d.record(d.draft(K::postponed, "Fælles dataplatform udskudt til næste budgetår",
                   "Vi udskyder, fordi den fælleskommunale løsning først er klar næste år, og vi vil ikke "
                   "bygge noget, "
                   "der skal rives ned igen.",
                   {6, 9}, 280, "oekonomi", "Egen platform nu; tilslutning til regionens løsning."),
           250);
  const auto ethics = d.record(
      d.draft(K::decided, "Etisk råd for brug af data og algoritmer",
              "Gråzonerne mellem det lovlige og det rigtige skal vurderes af nogen med mandat. Et lille råd "
              "med to borgere, "
              "en jurist og en medarbejderrepræsentant vurderer nye anvendelser, før de tages i brug.",
              {2}, 250, "boern", "Lade juristerne vurdere alene; følge KL's anbefalinger uden eget råd."));
  d.record(d.draft(
      K::deselected, "Vi udvikler ikke egne apps",
      "Borgerne bruger de fællesoffentlige løsninger, og egne apps koster vedligehold, vi ikke kan bære. "
      "Vi bruger pengene på at gøre hjemmesiden god på telefonen i stedet.",
      {3, 9}, 220, "teknik", "En app til affald og genbrug; en app til forældre i dagtilbud."));
  const auto robots = d.record(d.draft(K::decided, "Softwarerobotter i lønkontoret",
                                       "Robotter overtager de faste indtastninger i lønkontoret, så "
                                       "medarbejderne kan bruge tiden på de svære sager.",
                                       {5, 6}, 200, "oekonomi"),
                               150);
  d.record(d.draft(K::postponed, "Digital forældreportal venter på det nye dagtilbudssystem",
                   "Systemet skiftes om et år; en portal oven på det gamle ville blive dobbeltarbejde.", {3},
                   170, "boern"));
  d.record(d.draft(
      K::decided, "Digitale kompetencer i alle lederudviklingsforløb",
      "Ledere skal kunne stille de rigtige spørgsmål til teknologien. Derfor får alle lederforløb et modul "
      "om digital omstilling.",
      {7, 8}, 140, "digitalisering", "", "Direktionen og HR-udvalget"));
  d.record(d.draft(K::deselected, "Ingen ansigtsgenkendelse ved adgang til rådhuset",
                   "Gevinsten er lille, og indgrebet i privatlivet er stort. Adgangskort er godt nok.", {2},
                   120, "teknik", "Ansigtsgenkendelse for ansatte alene; fingeraftryk."),
           10);
  d.record(d.draft(K::decided, "Genbrug af fællesoffentlige komponenter før egenudvikling",
                   "Vi bruger MitID, Digital Post og NemLog-in, hvor det kan lade sig gøre, og udvikler kun "
                   "selv, når der "
                   "ikke findes en fælles løsning.",
                   {9, 10}, 90, "digitalisering", "", "Kommunalbestyrelsen"),
           85);

  // Edited twice: the history shows what changed in each version.
  auto current = *d.env.decisions.find_decision(platform);
  auto edited = current.content;
  edited.rationale += " Første udgave omfatter affald, parkering og flytning.";
  edited.review_on = d.ago(5);
  current = must(d.env.decisions.edit_decision(current, d.owner, current.version, edited), "edit");
  edited.purposes = {"p.citizens", "p.efficiency"};
  must(d.env.decisions.edit_decision(current, d.who("digitalisering"), current.version, edited), "edit");
  must(d.env.decisions.add_note(
           current, d.who("digitalisering"),
           "Indgangen gik i luften med fire henvendelsestyper; tre mere kommer efter sommerferien."),
       "note");

  auto ethics_decision = *d.env.decisions.find_decision(ethics);
  auto ethics_edit = ethics_decision.content;
  ethics_edit.title = "Etisk råd for data og algoritmer";
  must(d.env.decisions.edit_decision(ethics_decision, d.owner, 1, ethics_edit), "edit");

  // Superseded: the robots are extended after the first evaluation.
  auto robots_decision = *d.env.decisions.find_decision(robots);
  must(d.env.decisions.add_note(robots_decision, d.who("oekonomi"),
                                "Robotterne sparer ca. 20 timer om ugen i lønkontoret."),
       "note");
  must(d.env.decisions.supersede_decision(robots_decision, d.owner,
                                          d.draft(K::decided, "Softwarerobotter i løn og kreditor",
                                                  "Erfaringerne fra lønkontoret er gode, og "
                                                  "kreditorbogholderiet har de samme faste indtastninger. "
                                                  "Robotterne udvides derfor til kreditor.",
                                                  {5, 6}, 60, "oekonomi")),
       "supersede");
}

void goals_and_steps(DemoDecisions& d) {
  using K = DecisionKind;
  const Goal service = *d.env.decisions.find_goal(
      must(d.env.decisions.create_goal(
               d.org_id, d.owner,
               {0,
                d.org_id,
                "Halvdelen af henvendelserne klares digitalt",
                "Inden for to år skal halvdelen af borgernes henvendelser kunne klares digitalt, uden at "
                "dem, der ikke kan, får dårligere service.",
                {1, 4},
                add_months(d.today, 18)}),
           "goal"));
  const Goal data = *d.env.decisions.find_goal(
      must(d.env.decisions.create_goal(
               d.org_id, d.owner,
               {0,
                d.org_id,
                "Beslutninger på et bedre datagrundlag",
                "Ledelsen skal kunne se de vigtigste nøgletal samlet og opdateret hver måned.",
                {6, 9},
                add_months(d.today, 24)}),
           "goal"));

  d.complete(service,
             d.step("Hvis vi lægger flytning ind i den digitale indgang, så falder telefonopkaldene om "
                    "flytning med en tredjedel.",
                    "Opkald om flytning falder mindst 30 % på tre måneder.", -150, "digitalisering"),
             Verdict::continue_, "Opkaldene faldt 41 %.",
             "Borgerne finder selv løsningen, når den ligger på forsiden.", 140);
  d.complete(
      service,
      d.step("Hvis vi sender påmindelser om affaldsordning med Digital Post, så falder klagerne.",
             "Halvt så mange klager over manglende afhentning.", -100, "teknik"),
      Verdict::adjust, "Klagerne faldt kun 15 %.",
      "Påmindelserne kom for tidligt; borgerne havde glemt dem på dagen.", 95,
      d.draft(K::decided, "Påmindelser om affald sendes dagen før",
              "Evalueringen viste, at påmindelser en uge før ikke virker. Vi prøver dagen før i stedet.", {4},
              95, "teknik"));
  d.complete(
      data,
      d.step("Hvis vi bygger et nøgletalsark i regneark, så bruger direktionen det hver måned.",
             "Arket bruges på mindst fire ud af seks direktionsmøder.", -60, "oekonomi"),
      Verdict::stop, "Arket blev brugt på ét møde.", "Et regneark bliver ikke opdateret, når ingen ejer det.",
      55,
      d.draft(
          K::deselected, "Ingen hjemmelavede nøgletalsark",
          "Vi stopper regnearket: det blev ikke vedligeholdt og skabte mere tvivl end klarhed. Vi venter på "
          "den fælles dataplatform.",
          {6, 9}, 55, "oekonomi"));
  auto running = d.add(
      data,
      d.step("Hvis økonomi og HR leverer tre nøgletal hver måned, så kan direktionen følge sygefraværet.",
             "Tallene ligger klar fem dage før hvert møde.", -40, "oekonomi"));
  must(d.env.decisions.start_step(running, d.owner), "start step");
  auto dropped = d.add(service, d.step("Hvis vi åbner en videovejledning, så kommer færre borgere fysisk.",
                                       "", -20, "social"));
  must(d.env.decisions.drop_step(dropped, d.owner,
                                 "Leverandøren kunne ikke levere en løsning, der overholder reglerne."),
       "drop");
  d.add(service, d.step("Hvis vi lægger parkeringstilladelser ind i indgangen, så klares 80 % digitalt.",
                        "80 % af tilladelserne søges digitalt den første måned.", 3, "teknik"));
  d.add(data, d.step("Hvis vi viser sygefraværet pr. område, så tager områdecheferne det op selv.", "", 45,
                     "social"));
}

void meetings(DemoDecisions& d) {
  MeetingSeries series;
  series.title = "Direktionsmøde";
  series.cadence = Cadence::monthly;
  series.first_meeting = add_days(add_months(d.today, -12), 7);
  const auto id = must(d.env.decisions.create_series(d.org_id, d.owner, series), "series");
  // Three held meetings before the next one, each with the agenda item as sent, minutes, the decisions
  // recorded in the ten days up to it and follow-ups with an owner and a date; the last meeting's follow-ups
  // are on the next agenda.
  const Date next = add_days(d.today, 7);
  auto& store = *d.env.backend.decisions;
  struct Held {
    int months_before;
    const char* agenda;
    const char* minutes;
    std::vector<std::tuple<const char*, const char*, int>> follow_ups;  // text, owner, days after
    std::vector<std::string> attendees;
  };
  const std::vector<Held> held{
      {3,
       "Digital omstilling\n1. Status på den fælles digitale indgang\n2. Forslag om etisk råd for data og "
       "algoritmer\n",
       "Status på den digitale indgang: 40 % af henvendelserne kommer nu digitalt. Forslaget om et etisk råd "
       "drøftet; beslutning næste gang.",
       {{"Udkast til kommissorium for det etiske råd", "social", 21},
        {"Opgørelse af henvendelser pr. kanal", "digitalisering", 25}},
       {"Karen Kommunaldirektør", "Dennis Digitaliseringschef", "Birgitte Børne- og Ungedirektør",
        "Søren Social- og Sundhedsdirektør", "Ole Økonomidirektør"}},
      {2,
       "Digital omstilling\n1. Kommissorium for det etiske råd\n2. Robotterne i lønkontoret – evaluering\n",
       "Det etiske råd nedsættes. Robotterne i løn evalueres; vi justerer kursen og udvider til kreditor.",
       {{"Plan for kompetenceløft af lederne", "oekonomi", 28}},
       {"Karen Kommunaldirektør", "Dennis Digitaliseringschef", "Søren Social- og Sundhedsdirektør",
        "Tove Teknik- og Miljødirektør", "Ole Økonomidirektør", "Kirsten Holm (gæst fra KL)"}},
      {1,
       "Digital omstilling\n1. Målingen er lukket – resultaterne præsenteres næste gang\n2. Nøgletal for "
       "selvbetjening\n",
       "Målingen er lukket; resultaterne tages op næste gang. Nøgletal drøftet.",
       {{"Forslag til hvordan vi involverer borgerpanelet i det etiske råd", "boern", 20},
        {"Tal for brugen af den digitale indgang fordelt på alder", "digitalisering", 14}},
       {"Karen Kommunaldirektør", "Dennis Digitaliseringschef", "Birgitte Børne- og Ungedirektør",
        "Søren Social- og Sundhedsdirektør", "Tove Teknik- og Miljødirektør", "Ole Økonomidirektør"}},
  };
  const auto decisions = store.decisions(d.org_id);
  d.env.backend.transactor->transaction([&] {
    for (const auto& h : held) {
      const Date on = add_months(next, -h.months_before);
      const auto meeting = store.save_minutes(d.org_id, id, on, h.minutes, d.env.clock.now());
      store.set_agenda_sent(d.org_id, meeting, h.agenda);
      store.set_attendees(d.org_id, meeting, h.attendees);
      for (const auto& decision : decisions) {
        if (decision.content.decided_on <= on && add_days(decision.content.decided_on, 10) > on)
          store.link_meeting_decision(d.org_id, meeting, decision.id);
      }
      for (const auto& [text, owner, days_after] : h.follow_ups) {
        store.insert_follow_up(d.org_id, meeting, text, d.who(owner), add_days(on, days_after),
                               d.env.clock.now());
      }
      d.env.backend.audit->append_audit({d.org_id, d.owner, "meeting.minutes_recorded",
                                         "meeting:" + std::to_string(meeting), format_iso_date(on)},
                                        d.env.clock.now());
    }
  });
}

// The public page at /p/demo-kommune, on, with three decisions published in plain words.
void public_page(DemoDecisions& d) {
  must(d.env.public_page.set_public_page(d.org_id, d.owner, true, "demo-kommune"), "public page");
  const std::vector<std::pair<std::string, std::string>> published{
      {"Fælles digital indgang for borgerne",
       "Du kan nu klare de mest brugte henvendelser til kommunen ét sted på nettet, når det passer dig – "
       "fx om affald, parkering og flytning. Flere kommer til. Det giver medarbejderne i borgerservice mere "
       "tid til dem, der hellere vil tale med et menneske."},
      {"Ingen chatbot i borgerservice i år",
       "Vi har valgt ikke at bruge en chatbot i borgerservice i år. Mange henvendelser handler om hjælp, "
       "hvor et forkert svar kan få store følger for dig. Derfor svarer et menneske. Vi ser på det igen, "
       "når andre kommuner har samlet deres erfaringer."},
      {"Ingen ansigtsgenkendelse ved adgang til rådhuset",
       "Vi bruger ikke ansigtsgenkendelse, når ansatte og gæster skal ind på rådhuset. Det ville gribe for "
       "meget ind i privatlivet i forhold til den lille gevinst. Adgangskort er godt nok."}};
  for (const auto& [title, summary] : published) {
    for (const auto& decision : d.env.decisions.all_decisions(d.org_id)) {
      if (decision.content.title == title)
        must(d.env.public_page.publish(decision, d.owner, summary), "publish");
    }
  }
}

// The political briefing as the coordinator wrote it from the draft, frozen once: what the politicians
// were handed. Short sentences, every term explained, each section within its limits.
void briefing(DemoDecisions& d) {
  BriefingText text;
  using S = BriefingSection;
  text[S::proposals] =
      "Vi foreslår at gøre det lettere for borgerne at klare deres ærinder digitalt.\n"
      "- Én fælles digital indgang. Borgerne kan klare de ti mest brugte henvendelser ét sted, døgnet "
      "rundt.\n"
      "- Et etisk råd for data og algoritmer. Rådet vurderer nye måder at bruge data på, før vi tager dem i "
      "brug.\n"
      "- Softwarerobotter i løn og kreditor. Robotter er små programmer, der klarer faste indtastninger.";
  text[S::not_doing] =
      "Et fravalg er noget, vi bevidst har valgt ikke at gøre.\n"
      "- Ingen chatbot i borgerservice i år. Svarene bliver for usikre i sager om hjælp.\n"
      "- Ingen egne apps. Borgerne bruger de fælles offentlige løsninger, og egne apps er dyre at "
      "vedligeholde.\n"
      "- Ingen ansigtsgenkendelse ved adgang til rådhuset. Indgrebet i privatlivet er for stort.";
  text[S::asks] =
      "Vi beder jer om at tage stilling til to ting inden budgetforhandlingerne:\n"
      "- At vi genbruger fælles offentlige løsninger som MitID og Digital Post, før vi bygger noget selv.\n"
      "- At den fælles dataplatform venter til næste budgetår, hvor den fælleskommunale løsning er klar.";
  text[S::noticed] =
      "- Borgerne: flere ærinder kan klares digitalt, og dem, der har brug for det, får stadig hjælp ansigt "
      "til "
      "ansigt.\n"
      "- Borgerne: påmindelser om affald kommer dagen før afhentning.\n"
      "- Medarbejderne: færre faste indtastninger i lønkontoret og mere tid til de svære sager.";
  text[S::benefits] =
      "- Halvdelen af borgernes henvendelser kan klares digitalt inden for to år.\n"
      "- Ledelsen kan hver måned se de vigtigste nøgletal samlet.\n"
      "- Robotterne sparer i dag omkring 20 timer om ugen i lønkontoret.";
  const auto coordinator = d.who("digitalisering");
  must(d.env.decisions.freeze_briefing(d.org_id, coordinator, "da", text), "briefing");
}

}  // namespace

void demo_decisions(Environment& env, std::int64_t org_id, std::int64_t owner_id) {
  DemoDecisions d{env, org_id, owner_id, {}};
  for (const auto& m : env.orgs.members(org_id)) d.people[m.email.substr(0, m.email.find('@'))] = m.user_id;
  register_decisions(d);
  goals_and_steps(d);
  meetings(d);
  public_page(d);
  briefing(d);
}

}  // namespace forkant::cli
