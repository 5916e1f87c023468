// The demo's shared library (issue 15): a dozen reviewed texts shared with the demo network by Demo
// Kommune and the five peer municipalities — decisions, deselections with their reasons, lessons of
// evaluated steps with their verdicts and initiatives (robotic process automation in payroll, AI in job
// matching), some anonymously. The peers' sources are made in their own registers first, so that every
// share has a source like a real one; Demo Kommune shares from the register demo_decisions and
// demo_initiatives made. The words exercise the Danish stemming of the library's search
// ("kommunerne", "digitaliseringen", "borgerne").
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/demo_network.hpp"
#include "cli/environment.hpp"

namespace forkant::cli {
namespace {

// Who shares: an organisation of the demo network and its owner.
struct Sharer {
  std::int64_t org_id = 0;
  std::int64_t owner = 0;
};

template <typename T>
T must(Result<T> result, const std::string& what) {
  if (!result) throw std::runtime_error("demo library: " + what + ": " + result.error().code);
  return std::move(*result);
}

struct Library {
  Environment& env;
  std::int64_t network_id = 0;
  Date today = env.decisions.today();

  ShareRequest request(const Sharer& org, std::string title, std::string body, ShownAs shown_as) const {
    ShareText text{std::move(title), std::move(body), shown_as, "", ""};
    if (const auto user = env.backend.accounts->find_user(org.owner)) {
      text.contact_name = user->name;
      text.contact_email = user->email;
    }
    return {network_id, text};
  }

  std::int64_t decision(const Sharer& org, DecisionKind kind, const std::string& title,
                        const std::string& rationale, std::set<int> questions, int days_ago) const {
    DecisionDraft d;
    d.kind = kind;
    d.title = title;
    d.rationale = rationale;
    d.questions = std::move(questions);
    d.owner_user_id = org.owner;
    d.body = "Direktionen";
    d.decided_on = add_days(today, -days_ago);
    return must(env.decisions.create_decision(org.org_id, org.owner, d), "decision " + title);
  }

  void share_decision(const Sharer& org, DecisionKind kind, const std::string& title, const std::string& text,
                      std::set<int> questions, ShownAs shown_as, int days_ago) const {
    const auto id = decision(org, kind, title, text, std::move(questions), days_ago);
    must(env.sharing.share_decision(org.org_id, org.owner, id, request(org, title, text, shown_as)),
         "share " + title);
  }

  // A goal with one step, started and evaluated with `verdict`, and its lesson shared.
  void share_lesson(const Sharer& org, const std::string& goal_title, std::set<int> questions,
                    const std::string& hypothesis, Verdict verdict, const std::string& result,
                    const std::string& learned, const std::string& title, ShownAs shown_as) const {
    Goal goal;
    goal.org_id = org.org_id;
    goal.title = goal_title;
    goal.questions = std::move(questions);
    goal.horizon = add_months(today, 18);
    const auto goal_id = must(env.decisions.create_goal(org.org_id, org.owner, goal), "goal " + goal_title);
    goal.id = goal_id;
    Step step;
    step.hypothesis = hypothesis;
    step.success_criterion = "Målt efter tre måneder.";
    step.owner_user_id = org.owner;
    step.due_on = add_days(today, -30);
    const auto step_id = must(env.decisions.add_step(goal, org.owner, step), "step");
    auto row = *env.decisions.find_step(step_id);
    row.step = must(env.decisions.start_step(row, org.owner), "start step");
    StepCompletion completion{{result, learned, verdict, add_days(today, -20)}, std::nullopt};
    if (verdict != Verdict::continue_) {
      // A change of course is a decision (goal.hpp): adjust -> decided, stop -> deselected.
      DecisionDraft follow;
      follow.kind = verdict == Verdict::stop ? DecisionKind::deselected : DecisionKind::decided;
      follow.title = title;
      follow.rationale = learned;
      follow.questions = goal.questions;
      follow.owner_user_id = org.owner;
      follow.body = "Direktionen";
      follow.decided_on = add_days(today, -20);
      completion.follow_up = follow;
    }
    must(env.decisions.complete_step(row, org.owner, completion), "complete step");
    must(env.sharing.share_lesson(org.org_id, org.owner, step_id,
                                  request(org, title, result + "\n\n" + learned, shown_as)),
         "share lesson " + title);
  }

  void share_initiative(const Sharer& org, const std::string& title, const std::string& description,
                        std::set<int> questions, ShownAs shown_as) const {
    InitiativeDraft d;
    d.title = title;
    d.description = description;
    d.owner_user_id = org.owner;
    d.questions = std::move(questions);
    const auto id = must(env.initiatives.create_initiative(org.org_id, org.owner, d), "initiative " + title);
    must(env.sharing.share_initiative(org.org_id, org.owner, id, request(org, title, description, shown_as)),
         "share " + title);
  }
};

}  // namespace

void demo_library(Environment& env, std::int64_t org_id, std::int64_t owner_id, const DemoNetwork& network) {
  if (network.peers.size() < 5) throw std::runtime_error("demo library: five peers expected");
  const Library lib{env, network.network_id};
  const Sharer demo{org_id, owner_id};
  std::vector<Sharer> peers;
  for (const auto& p : network.peers) peers.push_back({p.org_id, p.owner_id});
  const auto& by_name = ShownAs::name;
  const auto& anonymous = ShownAs::anonymous;

  // Demo Kommune shares from its own register: a deselection with its reasons, a lesson, an initiative.
  for (const auto& d : env.decisions.all_decisions(demo.org_id)) {
    if (d.content.title == "Ingen chatbot i borgerservice i år" && !d.is_superseded()) {
      const std::string text =
          "Borgerne ringer til borgerservice med sager, der kræver et skøn. En chatbot kan ikke tage dem, og "
          "kommunerne, vi talte med, så flere henvendelser, ikke færre. Vi bruger pengene på bedre "
          "selvbetjening i stedet.";
      must(env.sharing.share_decision(demo.org_id, demo.owner, d.id,
                                      lib.request(demo, "Ingen chatbot i borgerservice i år", text, by_name)),
           "share chatbot");
    }
  }
  for (const auto& step : env.decisions.steps(demo.org_id)) {
    if (step.status == StepStatus::done && step.evaluation &&
        step.evaluation->verdict == Verdict::continue_) {
      must(env.sharing.share_lesson(
               demo.org_id, demo.owner, step.id,
               lib.request(
                   demo, "Flytning i den digitale indgang sparer opkald",
                   "Opkaldene om flytning faldt 41 %, da selvbetjeningen kom på forsiden. Borgerne finder "
                   "selv løsningen, når den ligger, hvor de leder.",
                   by_name)),
           "share lesson");
      break;
    }
  }
  for (const auto& i : env.initiatives.initiatives(demo.org_id)) {
    if (i.content.title == "AI-jobmatch i jobcentret") {
      must(env.sharing.share_initiative(
               demo.org_id, demo.owner, i.id,
               lib.request(
                   demo, "AI-jobmatch i jobcentret",
                   "Et AI-værktøj foreslår ledige job ud fra borgernes CV og erfaring. Sagsbehandleren "
                   "træffer altid beslutningen; borgerne kan sige nej til forslagene.",
                   by_name)),
           "share jobmatch");
    }
  }

  // The peers make their sources first, then share them.
  lib.share_initiative(
      peers[0], "Robotter i lønbehandlingen (RPA)",
      "Softwarerobotter (robotic process automation) registrerer tillæg og fravær i "
      "lønsystemet. Lønkontoret bruger tiden på de svære sager; robotten tager de ensartede.",
      {4, 9}, by_name);
  lib.share_decision(peers[0], DecisionKind::decided, "Fælles digital post på tværs af forvaltningerne",
                     "Alle forvaltninger sender breve til borgerne fra samme løsning, så borgerne kun har ét "
                     "sted at læse og svare.",
                     {2, 7}, by_name, 60);
  lib.share_decision(
      peers[1], DecisionKind::deselected, "Ingen ansigtsgenkendelse i svømmehallerne",
      "Vi fravalgte ansigtsgenkendelse ved indgangen: gevinsten var lille, og borgerne skal kunne "
      "bruge kommunens faciliteter uden at blive registreret biometrisk. Datatilsynets "
      "vejledning gjorde det klart, at grundlaget var for svagt.",
      {3, 7}, anonymous, 90);
  lib.share_lesson(
      peers[1], "Mere digital selvbetjening for borgerne", {7},
      "Hvis vi ringer til borgere, der har opgivet en selvbetjeningsløsning, så finder vi fejlene.",
      Verdict::adjust, "Vi fandt tre fejl på to uger.",
      "Opkaldene virker, men kun hvis udviklerne lytter med; ellers når fejlene ikke frem.",
      "Ring til borgerne, der opgav selvbetjeningen", by_name);
  lib.share_lesson(
      peers[2], "Færre telefonopkald", {7, 9},
      "Hvis vi sætter en chatbot på hjemmesiden, så falder opkaldene til borgerservice.", Verdict::stop,
      "Opkaldene faldt ikke, og tilfredsheden faldt.",
      "Chatbotten svarede godt på de lette spørgsmål, som borgerne allerede fandt selv. De svære "
      "kræver et menneske.",
      "Chatbotten på hjemmesiden blev stoppet", anonymous);
  lib.share_initiative(peers[2], "AI i jobmatch for ledige",
                       "Maskinlæring foreslår relevante stillinger og kurser til ledige borgere. Jobcentret "
                       "afprøver det i en pilot med 200 borgere og måler, om de kommer hurtigere i job.",
                       {3, 4, 7}, anonymous);
  lib.share_decision(peers[3], DecisionKind::decided, "Kommunerne samarbejder om en fælles dataplatform",
                     "Fem kommuner deler udgiften til en dataplatform, så digitaliseringen ikke stopper ved "
                     "kommunegrænsen. Hver kommune ejer sine egne data.",
                     {6, 8}, by_name, 45);
  lib.share_decision(
      peers[3], DecisionKind::deselected, "Ingen egen app til borgerne",
      "Borgerne har apps nok. Vi lægger vores selvbetjening i de fælles offentlige løsninger i "
      "stedet for at vedligeholde en app, som få henter.",
      {7, 9}, by_name, 120);
  lib.share_lesson(peers[4], "Et hurtigere kreditorbogholderi", {4, 9},
                   "Hvis en softwarerobot konterer de faste regninger, så halveres liggetiden.",
                   Verdict::continue_, "Liggetiden faldt fra 9 til 4 dage.",
                   "Start med de ensartede regninger, og lad medarbejderne udpege dem: de ved, hvad der er "
                   "kedeligt.",
                   "RPA i kreditorbogholderiet halverede liggetiden", anonymous);
  lib.share_decision(
      peers[4], DecisionKind::decided, "Digitaliseringen af byggesagerne fortsætter",
      "Byggesagerne behandles digitalt fra ansøgning til tilladelse. Sagsbehandlingstiden faldt, "
      "og borgerne kan følge deres sag.",
      {2, 9}, by_name, 30);
}

}  // namespace forkant::cli
