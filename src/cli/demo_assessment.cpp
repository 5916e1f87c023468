// The demo's assessment history: two closed rounds of the ten questions a year apart, answered by four
// groups, so the first start shows a full results page with trends, groups that see things
// differently, and a dimension where the leadership disagrees. Both rounds use the latest version of the
// built-in framework (version 2), so the trend between them shows: results never compare versions. Answers
// are drawn from a fixed seed: the demo is the same on every machine.
#include <algorithm>
#include <array>
#include <random>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "render/format.hpp"
#include "services/secrets.hpp"

namespace forkant::cli {
namespace {

struct GroupProfile {
  const char* name;
  int respondents;
  double level;      // how mature the group finds the organisation (mean of a statement), 1..5
  double spread;     // how much its members differ
  int on_paper = 0;  // of `respondents`, answered on a paper form that the coordinator typed in
};

// Per question: how the organisation stands overall (added to each group's level), and its importance.
constexpr std::array<double, 10> kQuestionOffset = {0.4, -0.6, -0.2, 0.1, -0.3, -0.7, 0.5, -0.1, -0.5, 0.2};
constexpr std::array<int, 10> kImportance = {5, 4, 3, 5, 4, 5, 5, 3, 4, 3};

const char* const kComments[] = {
    "Vi mangler et fælles billede af, hvad digitaliseringen skal give borgerne.",
    "Gevinsterne bliver ikke fulgt op, når projekterne er afsluttet.",
    "Politikerne bliver først inddraget, når løsningen er valgt.",
    "Datagrundlaget er spredt på for mange systemer.",
    "Medarbejderne vil gerne, men tiden til at lære nyt er der ikke.",
    "Vi genbruger for lidt af det, andre kommuner allerede har lavet.",
    "Kommunikationen om hvorfor vi gør det, drukner i hvordan.",
};

// The directorate has taken a clear position on purpose, technology and citizens; elsewhere positions
// lag behind the statements.
double position_bias(const GroupProfile& g, std::size_t dimension, ItemKind kind) {
  if (kind != ItemKind::position) return 0.0;
  const bool taken =
      std::string(g.name) == "direktion" && (dimension == 0 || dimension == 3 || dimension == 6);
  return taken ? 1.3 : -0.3;
}

int clamp_rating(double x) {
  return std::clamp(static_cast<int>(std::lround(x)), 1, 5);
}

ResponseAnswers draw_answers(const Framework& fw, const GroupProfile& g, double year_shift,
                             std::mt19937& rng) {
  std::normal_distribution<double> noise(0.0, g.spread);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  ResponseAnswers a;
  for (std::size_t d = 0; d < fw.dimensions.size(); ++d) {
    const auto& dim = fw.dimensions[d];
    const double offset = d < kQuestionOffset.size() ? kQuestionOffset[d] : 0.0;
    // Question 2 (ethics and law): the leaders are split, some sure, some worried.
    const bool split = d == 1 && std::string(g.name) == "direktion";
    const double person =
        split ? (unit(rng) < 0.5 ? 1.6 : 4.4) : g.level + offset + year_shift + noise(rng) * 0.6;
    for (const auto& item : dim.items) {
      if (item.kind == ItemKind::statement || item.kind == ItemKind::position) {
        if (unit(rng) < 0.06) {
          a.values[item.id] = kDontKnow;
        } else {
          a.values[item.id] = clamp_rating(person + noise(rng) * 0.5 + position_bias(g, d, item.kind));
        }
      } else if (item.kind == ItemKind::importance) {
        // A few have no view on how much a question matters ("don't know", as paper forms allow).
        a.values[item.id] =
            unit(rng) < 0.03 ? kDontKnow
                             : clamp_rating((d < kImportance.size() ? kImportance[d] : 3) + noise(rng) * 0.7);
      } else if (item.kind == ItemKind::comment && unit(rng) < 0.08) {
        a.comments[item.id] = kComments[rng() % std::size(kComments)];
      }
    }
  }
  if (!fw.purposes.empty()) {
    // Leaders mostly think of citizens and efficiency; a few spread the points wider.
    std::vector<double> w;
    for (std::size_t i = 0; i < fw.purposes.size(); ++i)
      w.push_back(i < 2 ? 3.0 + unit(rng) * 3 : unit(rng) * 1.5);
    double total = 0;
    for (double x : w) total += x;
    int left = kAllocationTotal;
    for (std::size_t i = 0; i < fw.purposes.size(); ++i) {
      const int points =
          i + 1 == fw.purposes.size() ? left : static_cast<int>(w[i] / total * kAllocationTotal);
      a.purposes[fw.purposes[i].id] = points;
      left -= points;
    }
  }
  return a;
}

void closed_round(Environment& env, std::int64_t org_id, const Framework& fw, std::int64_t framework_id,
                  const std::string& title, std::int64_t opened, std::int64_t closed,
                  const std::vector<GroupProfile>& groups, double year_shift, std::int64_t typist,
                  std::mt19937& rng) {
  std::vector<std::string> names;
  names.reserve(groups.size());
  for (const auto& g : groups) names.emplace_back(g.name);
  const std::mt19937 drawn_from = rng;
  env.backend.transactor->transaction([&] {
    rng = drawn_from;  // a retried run draws the same answers again
    const auto id = env.backend.assessment->insert_round(org_id, title, framework_id, 3, names, "direktion",
                                                         opened);  // top management
    env.backend.assessment->set_round_state(id, RoundState::draft, RoundState::open, opened);
    for (const auto& g : groups) {
      // The respondents answered through their private links; the staff at a workshop without screens
      // answered on paper, and the coordinator typed their forms in (question 7: not everyone is online).
      // Each link respondent had a link of their own (so the round page's link counts are true), and a
      // few links were sent but never used.
      auto& store = *env.backend.assessment;
      for (int i = 0; i < g.respondents; ++i) {
        auto answers = draw_answers(fw, g, year_shift, rng);
        if (i < g.on_paper) {
          store.insert_response(id, g.name, answers, format_day(closed), typist);
          continue;
        }
        const std::string hash = token_hash(random_token());
        store.insert_invitation(id, g.name, hash, opened);
        store.submit_response(store.find_invitation(hash)->id, id, g.name, answers, format_day(closed),
                              std::nullopt);
      }
      for (int i = 0; i < 1 + (g.respondents - g.on_paper) / 6; ++i) {
        store.insert_invitation(id, g.name, token_hash(random_token()), opened);
      }
    }
    int on_paper = 0;
    for (const auto& g : groups) on_paper += g.on_paper;
    if (on_paper > 0) {
      env.backend.audit->append_audit({org_id, typist, "round.responses_imported",
                                       "round:" + std::to_string(id), std::to_string(on_paper)},
                                      closed);
    }
    env.backend.assessment->set_round_state(id, RoundState::open, RoundState::closed, closed);
    env.backend.audit->append_audit(
        {org_id, std::nullopt, "round.created", "round:" + std::to_string(id), title}, opened);
  });
}

}  // namespace

void demo_assessment(Environment& env, std::int64_t org_id, std::int64_t typist) {
  const auto fw = env.assessment.framework_by_key("ti-spoergsmaal");
  if (!fw) throw std::runtime_error("demo: the built-in framework is missing");
  std::int64_t framework_id = 0;
  for (const auto& row : env.backend.assessment->frameworks()) {
    if (row.key == fw->id && row.version == fw->version) framework_id = row.id;
  }
  std::mt19937 rng(20261126);
  const std::int64_t day = 24 * 3600;
  const std::int64_t now = env.clock.now();
  std::vector<GroupProfile> groups{{"direktion", 6, 3.3, 0.6},
                                   {"chefer", 14, 3.0, 0.8},
                                   {"medarbejdere", 30, 2.6, 0.9},
                                   {"politikere", 5, 2.8, 0.7}};
  closed_round(env, org_id, *fw, framework_id,
               "Ledelsens status på de ti spørgsmål – efterår " + format_day(now - 380 * day).substr(0, 4),
               now - 400 * day, now - 380 * day, groups, 0.0, typist, rng);
  groups[2].on_paper = 8;
  closed_round(env, org_id, *fw, framework_id,
               "Ledelsens status på de ti spørgsmål – efterår " + format_day(now - 15 * day).substr(0, 4),
               now - 35 * day, now - 15 * day, groups, 0.35, typist, rng);
}

}  // namespace forkant::cli
