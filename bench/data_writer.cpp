#include "data_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "domain/accounts/api_token.hpp"
#include "services/secrets.hpp"
#include "storage/open.hpp"

namespace forkant::bench {
namespace {

template <typename T>
T checked(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error(what + ": " + r.error().code);
  return std::move(*r);
}

void checked(const Status& s, const std::string& what) {
  if (!s) throw std::runtime_error(what + ": " + s.error().code);
}

AnswersPatch as_patch(const ResponseAnswers& a) {
  AnswersPatch p;
  for (const auto& [id, v] : a.values) p.values[id] = v;
  for (const auto& [id, text] : a.comments) p.comments[id] = text;
  for (const auto& [id, points] : a.purposes) p.purposes[id] = points;
  return p;
}

}  // namespace

DataWriter::DataWriter(const std::string& db_path, std::int64_t now)
    : backend_(open_backend(db_path, std::string(FORKANT_SOURCE_DIR) + "/src/storage/migrations")),
      clock_(now),
      now_(now) {
  unusable_hash_ = hash_password(random_token());
}

std::shared_ptr<const Framework> DataWriter::prepare_database() {
  init_secrets();
  const std::string share = FORKANT_SOURCE_DIR;
  for (const auto& entry : std::filesystem::directory_iterator(share + "/frameworks")) {
    if (entry.path().extension() != ".toml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    assessment_.install_framework(text.str(), entry.path().filename().string());
  }
  auto fw = assessment_.framework_by_key(kFrameworkKey);
  if (!fw) throw std::runtime_error(std::string("the built-in framework ") + kFrameworkKey + " is missing");
  return fw;
}

std::int64_t DataWriter::organisation(const PlannedOrg& org) {
  // Inhabitants about ten per employee (a Danish municipality's ratio), so that size bands vary.
  return checked(
      orgs_.create_org(Organisation{0, org.name, org.kind, org.employees, org.k, org.employees * 10},
                       std::nullopt),
      "organisation " + org.name);
}

std::int64_t DataWriter::account_with_password(std::int64_t org_id, const std::string& email,
                                               const std::string& name, const std::string& password,
                                               Role role) {
  const User user = checked(accounts_.create_user(email, name, password, "da", std::nullopt), email);
  checked(orgs_.add_member(org_id, user.id, role, std::nullopt), "membership " + email);
  return user.id;
}

std::int64_t DataWriter::account_without_password(std::int64_t org_id, const std::string& email,
                                                  const std::string& name, Role role) {
  const std::int64_t id =
      backend_.accounts->insert_user(User{0, email, name, "da"}, unusable_hash_, clock_.now());
  checked(orgs_.add_member(org_id, id, role, std::nullopt), "membership " + email);
  return id;
}

std::string DataWriter::api_token(std::int64_t user_id, const std::string& label) {
  auto issued = accounts_.create_api_token(user_id, label, kDefaultTokenDays);
  if (!issued) throw std::runtime_error("bench: api token: " + issued.error().code);
  return issued->token;
}

std::vector<std::string> DataWriter::invite(const RoundRow& round, const std::string& group, int count,
                                            std::int64_t actor) {
  std::vector<std::string> tokens;
  while (count > 0) {
    const int n = std::min(count, AssessmentService::kMaxInvitationsPerRequest);
    auto chunk = checked(assessment_.create_invitations(round, group, n, actor), "invitations");
    tokens.insert(tokens.end(), chunk.begin(), chunk.end());
    count -= n;
  }
  return tokens;
}

void DataWriter::answer(const std::string& token, const ResponseAnswers& answers, bool submit) {
  checked(assessment_.save_answers(token, as_patch(answers), submit), submit ? "submit" : "save");
}

std::int64_t DataWriter::round(std::int64_t org_id, int org_k, std::int64_t actor, const std::string& title,
                               const PlannedRound& plan, const RoundTimes& times, const OrgProfile& profile,
                               double years, Rng& rng) {
  const auto& groups = standard_groups();
  clock_.set(times.created);
  const std::int64_t id =
      checked(assessment_.create_round(org_id, org_k, actor,
                                       NewRound{title, kFrameworkKey, standard_group_names(), org_k}),
              "round " + title);
  clock_.set(times.opened);
  checked(assessment_.open_round(*assessment_.find_round(id), actor), "open " + title);
  const RoundRow open = *assessment_.find_round(id);

  // Links nobody used and half-finished answers fall on the groups by the same shares as the responses.
  std::vector<double> shares;
  shares.reserve(groups.size());
  for (const auto& g : groups) shares.push_back(g.share);
  std::discrete_distribution<std::size_t> pick(shares.begin(), shares.end());
  std::vector<int> unanswered(groups.size(), 0), drafts(groups.size(), 0);
  for (int i = 0; i < plan.unanswered; ++i) ++unanswered[pick(rng)];
  for (int i = 0; i < plan.drafts; ++i) ++drafts[pick(rng)];

  const std::int64_t window = (times.closed ? times.closed : now_) - times.opened;
  std::uniform_int_distribution<std::int64_t> when(0, std::max<std::int64_t>(window - 1, 0));
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const int submitted = g < plan.submitted.size() ? plan.submitted[g] : 0;
    const int links = submitted + drafts[g] + unanswered[g];
    if (links == 0) continue;
    clock_.set(times.opened);  // links go out as the round opens
    const auto tokens = invite(open, groups[g].name, links, actor);
    for (int i = 0; i < submitted + drafts[g]; ++i) {
      clock_.set(times.opened + when(rng));  // only the day is stored with a response
      const ResponseAnswers answers = model_.draw(profile, groups[g], years, rng);
      if (i < submitted) {
        answer(tokens[static_cast<std::size_t>(i)], answers, true);
      } else {
        answer(tokens[static_cast<std::size_t>(i)], model_.partial(answers, 1 + rng() % 9), false);
      }
    }
  }
  if (times.closed != 0) {
    clock_.set(times.closed);
    checked(assessment_.close_round(*assessment_.find_round(id), actor), "close " + title);
  }
  return id;
}

FlowLinks DataWriter::flow_links(std::int64_t org_id, int org_k, std::int64_t actor, int count) {
  FlowLinks links;
  links.round_id = checked(assessment_.create_round(org_id, org_k, actor,
                                                    NewRound{"Benchmark: svarforløb", kFrameworkKey,
                                                             standard_group_names(), org_k}),
                           "flow round");
  checked(assessment_.open_round(*assessment_.find_round(links.round_id), actor), "open flow round");
  const RoundRow open = *assessment_.find_round(links.round_id);
  links.tokens = invite(open, "medarbejdere", count + 1, actor);
  links.first_page = links.tokens.back();
  links.tokens.pop_back();
  return links;
}

BenchLinks DataWriter::bench_links(std::int64_t org_id, int org_k, std::int64_t actor, int save_links,
                                   int submit_links) {
  BenchLinks links;
  links.round_id = checked(assessment_.create_round(org_id, org_k, actor,
                                                    NewRound{"Benchmark: svar undervejs", kFrameworkKey,
                                                             standard_group_names(), org_k}),
                           "bench round");
  checked(assessment_.open_round(*assessment_.find_round(links.round_id), actor), "open bench round");
  const RoundRow open = *assessment_.find_round(links.round_id);
  links.save_tokens = invite(open, "chefer", save_links, actor);
  links.submit_tokens = invite(open, "medarbejdere", submit_links, actor);
  return links;
}

std::string DataWriter::decisions(std::int64_t org_id, std::int64_t owner, int count, Rng& rng) {
  static constexpr std::array<const char*, 10> kTopics{
      "selvbetjening",  "sagsbehandling",    "robotter",   "datadeling", "kompetencer",
      "cybersikkerhed", "velfærdsteknologi", "arkitektur", "indkøb",     "ældrepleje"};
  static constexpr std::array<const char*, 6> kWords{"fælles",  "løsning", "borgere",
                                                     "økonomi", "område",  "tværgående"};
  static constexpr std::array<DecisionKind, 3> kKinds{DecisionKind::decided, DecisionKind::deselected,
                                                      DecisionKind::postponed};
  const Date today = utc_day(now_);
  for (int i = 0; i < count; ++i) {
    const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    const std::string topic = kTopics[pick(kTopics.size())];
    DecisionDraft d;
    d.kind = kKinds[pick(kKinds.size())];
    d.title = fmt::format("{} {} nr. {}", topic, kWords[pick(kWords.size())], i + 1);
    d.rationale =
        fmt::format("Vi {} {}, fordi {} {} kræver det af {}.",
                    d.kind == DecisionKind::deselected ? "fravælger" : "prioriterer", topic,
                    kWords[pick(kWords.size())], kWords[pick(kWords.size())], kWords[pick(kWords.size())]);
    d.alternatives = i % 3 == 0 ? fmt::format("At vente med {}", topic) : "";
    d.questions = {static_cast<int>(pick(10)) + 1};
    d.owner_user_id = owner;
    d.body = "Direktionen";
    d.decided_on = add_days(today, -static_cast<int>(pick(1500)));
    if (i % 4 == 0) d.review_on = add_days(d.decided_on, 180);
    const auto id = decisions_.create_decision(org_id, owner, d);
    if (!id) throw std::runtime_error("bench decision: " + id.error().code);
    if (i % 10 == 0) {
      const auto decision = decisions_.find_decision(*id);
      if (auto note =
              decisions_.add_note(*decision, owner, fmt::format("Fulgt op: {} går efter planen", topic));
          !note)
        throw std::runtime_error("bench note: " + note.error().code);
    }
  }
  return "robotter";
}

void DataWriter::initiatives(std::int64_t org_id, std::int64_t owner, int count, Rng& rng) {
  static constexpr std::array<const char*, 8> kTopics{
      "Chatbot", "Robot", "Sensorer", "Jobmatch", "Selvbetjening", "Datadeling", "Planlægning", "Ældrepleje"};
  static constexpr std::array<const char*, 3> kPurposes{"p.citizens", "p.efficiency", "p.labour"};
  static constexpr std::array<Quality, 3> kQualities{Quality::good, Quality::uncertain, Quality::poor};
  static constexpr std::array<Phase, 5> kPath{Phase::analysis, Phase::pilot, Phase::scale_up,
                                              Phase::operation, Phase::stopped};
  const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  for (int i = 0; i < count; ++i) {
    InitiativeDraft d;
    d.title = fmt::format("{} i {} nr. {}", kTopics[pick(kTopics.size())],
                          i % 2 == 0 ? "borgerservice" : "hjemmeplejen", i + 1);
    d.description = "Et digitalt initiativ i benchmarkens portefølje.";
    d.owner_user_id = owner;
    d.questions = {static_cast<int>(pick(10)) + 1, static_cast<int>(pick(10)) + 1};
    const std::size_t first = pick(kPurposes.size());
    d.purposes = {{kPurposes[first], 60}, {kPurposes[(first + 1) % kPurposes.size()], 40}};
    d.value_rating = static_cast<int>(pick(6));
    d.technologies = {static_cast<Technology>(pick(6))};
    for (std::size_t s = pick(4); s > 0; --s)
      d.data_sources.push_back({fmt::format("Fagsystem {}", s), kQualities[pick(kQualities.size())]});
    d.competence_readiness = kQualities[pick(kQualities.size())];
    const auto id = initiatives_.create_initiative(org_id, owner, d);
    if (!id) throw std::runtime_error("bench initiative: " + id.error().code);
    // Along the phases one step at a time (as people move them), up to a phase drawn for this one.
    Initiative current = *initiatives_.find_initiative(*id);
    const std::size_t steps = pick(kPath.size() + 1);
    for (std::size_t p = 0; p < steps && p < kPath.size() - 1; ++p) {
      auto moved = initiatives_.change_phase(current, owner, kPath[p], "Benchmark", "da");
      if (!moved) throw std::runtime_error("bench phase: " + moved.error().code);
      current = *moved;
    }
    if (i % 10 == 9) {
      auto stopped =
          initiatives_.change_phase(current, owner, Phase::stopped, "Piloten viste for lidt gevinst", "da");
      if (!stopped) throw std::runtime_error("bench stop: " + stopped.error().code);
    }
  }
}

}  // namespace forkant::bench
