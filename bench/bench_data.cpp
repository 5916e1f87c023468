// bench_data: creates the benchmark data set and what bench/run needs to measure it.
//
//   bench_data --db PATH --out DIR [--scale national|demo] [--submit-links N] [--save-links N]
//              [--flow-links N]
//              [--organisations N] [--respondents N] [--measured N] [--seed S]
//
// national  a new database: PlanOptions' organisations and respondents (1,000 and 100,000 by default),
//           2 to 5 rounds each over the past years, some still open; the organisation in the middle has
//           a signing-in owner and, as its latest closed round, the measured round.
// demo      an existing `forkant demo` database: the measured round is added to Demo Kommune.
// Both add an open round with the links of the write benchmarks and another with the answering flow's.
// DIR receives bench.env (shell variables for bench/run), save.tokens, submit.tokens, submit.bodies (one
// PUT body a line) and flow.tokens (one never-used link a respondent of bench/flow_driver.cpp).
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "data_writer.hpp"
#include "render/format.hpp"

namespace fs = std::filesystem;
using namespace forkant;
using namespace forkant::bench;

namespace {

constexpr std::int64_t kDay = 24 * 3600;
constexpr std::int64_t kYear = 365 * kDay;
constexpr int kSubmitBodies = 200;
constexpr int kOrgsPerTransaction = 25;
constexpr std::size_t kProgressEvery = 250;

// The signing-in account of the measured organisation (national scale).
constexpr const char* kBenchEmail = "ejer@bench.forkant.dk";
constexpr const char* kBenchPassword = "forkant-bench-2026";
// `forkant demo`'s organisation and owner (src/cli/demo.cpp).
constexpr const char* kDemoOrg = "Demo Kommune";
constexpr const char* kDemoEmail = "direktoer@demo.forkant.dk";
constexpr const char* kDemoPassword = "forkant-demo-2026";

struct Options {
  std::string db, out, scale = "national";
  int save_links = 500;
  int submit_links = 60000;
  int flow_links = 12000;
  PlanOptions plan;
};

Options parse(int argc, char** argv) {
  Options o;
  std::map<std::string, std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string key = argv[i];
    if (key.rfind("--", 0) != 0 || i + 1 >= argc) throw std::invalid_argument("bad argument " + key);
    args[key] = argv[++i];
  }
  auto take = [&](const std::string& key, auto& into) {
    auto it = args.find(key);
    if (it == args.end()) return;
    if constexpr (std::is_same_v<std::decay_t<decltype(into)>, std::string>) {
      into = it->second;
    } else {
      into = static_cast<std::decay_t<decltype(into)>>(std::stoll(it->second));
    }
    args.erase(it);
  };
  take("--db", o.db);
  take("--out", o.out);
  take("--scale", o.scale);
  take("--save-links", o.save_links);
  take("--submit-links", o.submit_links);
  take("--flow-links", o.flow_links);
  take("--organisations", o.plan.organisations);
  take("--respondents", o.plan.respondents);
  take("--measured", o.plan.measured_respondents);
  take("--seed", o.plan.seed);
  if (!args.empty()) throw std::invalid_argument("unknown argument " + args.begin()->first);
  if (o.db.empty() || o.out.empty()) throw std::invalid_argument("--db and --out are required");
  if (o.scale != "national" && o.scale != "demo") throw std::invalid_argument("unknown scale " + o.scale);
  return o;
}

// The measured organisation and round: what bench/run signs in to and measures.
struct Fixture {
  std::int64_t org_id = 0;
  std::string org_name;
  int org_k = 3;
  std::int64_t owner = 0;
  std::int64_t round_id = 0;
  std::string email, password;
  OrgProfile profile;
  std::string data_set;  // a summary for the table's header
};

std::string shell_quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

RoundTimes closed_times(std::int64_t now, int years_ago, std::int64_t jitter) {
  RoundTimes t;
  t.closed = now - years_ago * kYear - 14 * kDay - jitter;
  t.opened = t.closed - 21 * kDay;
  t.created = t.opened - 5 * kDay;
  return t;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string round_title(std::int64_t at) {
  return "Ledelsens status på de ti spørgsmål " + format_day(at).substr(0, 4);
}

// Writes one planned organisation; fills `fixture` when it is the measured one.
void write_org(DataWriter& w, const PlannedOrg& org, std::size_t index, bool measured, std::int64_t now,
               Rng& rng, Fixture& fixture) {
  const int first_years_ago = org.rounds.empty() ? 0 : org.rounds.front().years_ago;
  w.set_time(now - first_years_ago * kYear - 90 * kDay);
  const std::int64_t org_id = w.organisation(org);
  const std::string domain = fmt::format("org{:04}.bench.forkant.dk", index + 1);
  const std::int64_t owner =
      measured ? w.account_with_password(org_id, kBenchEmail, "Bente Benchmark", kBenchPassword, Role::owner)
               : w.account_without_password(org_id, "ejer@" + domain, "Ejer " + org.name, Role::owner);
  for (int m = 0; m < org.members; ++m) {
    const Role role = m == 0 ? Role::coordinator : m + 1 == org.members ? Role::viewer : Role::leader;
    w.account_without_password(org_id, fmt::format("medlem{}@{}", m + 1, domain),
                               fmt::format("Medlem {} af {}", m + 1, org.name), role);
  }
  const OrgProfile drawn = w.model().draw_org(rng);  // drawn for every organisation: same stream either way
  const OrgProfile profile = measured ? w.model().typical_org() : drawn;
  std::uniform_int_distribution<std::int64_t> jitter(0, measured ? 0 : 30 * kDay);
  std::int64_t last_round = 0;
  for (const PlannedRound& r : org.rounds) {
    RoundTimes t = closed_times(now, r.years_ago, jitter(rng));
    if (r.open) t = RoundTimes{now - 15 * kDay, now - 10 * kDay, 0};
    last_round = w.round(org_id, org.k, owner, round_title(t.opened), r, t, profile,
                         first_years_ago - r.years_ago, rng);
  }
  if (measured) {
    fixture.org_id = org_id;
    fixture.org_name = org.name;
    fixture.org_k = org.k;
    fixture.owner = owner;
    fixture.round_id = last_round;
    fixture.email = kBenchEmail;
    fixture.password = kBenchPassword;
    fixture.profile = profile;
  }
}

Fixture write_national(DataWriter& w, const PlanOptions& options, std::int64_t now, Rng& rng) {
  const auto started = std::chrono::steady_clock::now();
  const NationalPlan plan = plan_national(options);
  Fixture fixture;
  for (std::size_t first = 0; first < plan.orgs.size(); first += kOrgsPerTransaction) {
    const std::size_t end = std::min(plan.orgs.size(), first + kOrgsPerTransaction);
    w.batch([&] {
      for (std::size_t o = first; o < end; ++o)
        write_org(w, plan.orgs[o], o, o == plan.measured_org, now, rng, fixture);
    });
    if (end % kProgressEvery == 0 || end == plan.orgs.size()) {
      std::cerr << fmt::format("bench_data: {} / {} organisations, {:.0f} s\n", end, plan.orgs.size(),
                               seconds_since(started));
    }
  }
  fixture.data_set = fmt::format("{} organisations, {} rounds, {} respondents", plan.orgs.size(),
                                 plan.total_rounds, plan.total_respondents);
  return fixture;
}

// The measured round joins the demo's history (two closed rounds), so its results show trends too.
Fixture write_demo(DataWriter& w, const PlanOptions& options, std::int64_t now, Rng& rng) {
  const auto org = w.orgs().find_org_by_name(kDemoOrg);
  const auto owner = w.accounts().find_user_by_email(kDemoEmail);
  if (!org || !owner) throw std::runtime_error("no `forkant demo` data in the database");
  Fixture fixture{org->id,
                  org->name,
                  org->min_respondents,
                  owner->id,
                  0,
                  kDemoEmail,
                  kDemoPassword,
                  w.model().typical_org(),
                  "the demo municipality"};
  PlannedRound measured;
  measured.submitted = split_by_group(options.measured_respondents);
  w.batch([&] {
    fixture.round_id =
        w.round(fixture.org_id, fixture.org_k, fixture.owner,
                fmt::format("Benchmark: {} svar", options.measured_respondents), measured,
                RoundTimes{now - 10 * kDay, now - 9 * kDay, now - kDay}, fixture.profile, 2, rng);
  });
  return fixture;
}

// Complete responses for the submission run, one PUT body a line.
void write_bodies(const std::string& path, const DataWriter& w, const Fixture& fixture, Rng& rng) {
  std::ofstream out(path);
  const GroupProfile& employees = standard_groups()[2];
  for (int i = 0; i < kSubmitBodies; ++i) {
    const ResponseAnswers a = w.model().draw(fixture.profile, employees, 3, rng);
    out << nlohmann::json{{"answers", a.values},
                          {"comments", a.comments},
                          {"purposes", a.purposes},
                          {"submit", true}}
               .dump()
        << "\n";
  }
}

void write_env(const std::string& path, const Fixture& fixture, int respondents, const std::string& api_token,
               const BenchLinks& links, double seconds) {
  std::ofstream env(path);
  env << "BENCH_ORG_ID=" << fixture.org_id << "\n"
      << "BENCH_ORG_NAME=" << shell_quoted(fixture.org_name) << "\n"
      << "BENCH_ROUND_ID=" << fixture.round_id << "\n"
      << "BENCH_ROUND_RESPONDENTS=" << respondents << "\n"
      << "BENCH_EMAIL=" << shell_quoted(fixture.email) << "\n"
      << "BENCH_PASSWORD=" << shell_quoted(fixture.password) << "\n"
      << "BENCH_API_TOKEN=" << shell_quoted(api_token) << "\n"
      << "BENCH_LINKS_ROUND_ID=" << links.round_id << "\n"
      << "BENCH_GENERATE_SECONDS=" << fmt::format("{:.1f}", seconds) << "\n";
}

}  // namespace

// Decisions in the measured organisation's register (issue 10: the search over 5,000 decisions).
constexpr int kRegisterDecisions = 5000;
// Initiatives in the measured organisation's portfolio (issue 12).
constexpr int kPortfolioInitiatives = 500;

int main(int argc, char** argv) try {
  const Options opt = parse(argc, argv);
  const auto started = std::chrono::steady_clock::now();
  const std::int64_t now = SystemClock().now();
  DataWriter w(opt.db, now);
  Rng rng(opt.plan.seed ^ 0x5eedf00dULL);  // the answers; the plan draws from its own stream
  const Fixture fixture =
      opt.scale == "national" ? write_national(w, opt.plan, now, rng) : write_demo(w, opt.plan, now, rng);

  w.set_time(now);
  BenchLinks links;
  FlowLinks flow;
  std::string api_token;
  w.batch([&] {
    api_token = w.api_token(fixture.owner, "bench");
    links = w.bench_links(fixture.org_id, fixture.org_k, fixture.owner, opt.save_links, opt.submit_links);
    flow = w.flow_links(fixture.org_id, fixture.org_k, fixture.owner, opt.flow_links);
  });
  // The register search row: 5,000 decisions in the measured organisation's register.
  std::string search_word;
  w.batch([&] { search_word = w.decisions(fixture.org_id, fixture.owner, kRegisterDecisions, rng); });
  // The portfolio row: 500 initiatives (no impact assessments yet: this writer has no impact service).
  w.batch([&] { w.initiatives(fixture.org_id, fixture.owner, kPortfolioInitiatives, rng); });
  fs::create_directories(opt.out);
  std::ofstream(opt.out + "/save.tokens") << fmt::format("{}\n", fmt::join(links.save_tokens, "\n"));
  std::ofstream(opt.out + "/submit.tokens") << fmt::format("{}\n", fmt::join(links.submit_tokens, "\n"));
  std::ofstream(opt.out + "/flow.tokens") << fmt::format("{}\n", fmt::join(flow.tokens, "\n"));
  write_bodies(opt.out + "/submit.bodies", w, fixture, rng);
  const double seconds = seconds_since(started);
  write_env(opt.out + "/bench.env", fixture, opt.plan.measured_respondents, api_token, links, seconds);
  std::ofstream(opt.out + "/bench.env", std::ios::app)
      << "BENCH_REGISTER_DECISIONS=" << kRegisterDecisions << "\n"
      << "BENCH_PORTFOLIO_INITIATIVES=" << kPortfolioInitiatives << "\n"
      << "BENCH_SEARCH_WORD=" << shell_quoted(search_word) << "\n"
      << "BENCH_FLOW_ROUND_ID=" << flow.round_id << "\n"
      << "BENCH_FLOW_LINKS=" << flow.tokens.size() << "\n"
      << "BENCH_FIRST_PAGE_TOKEN=" << shell_quoted(flow.first_page) << "\n";
  std::cout << fmt::format(
      "bench_data: {}; measured round {} ({} respondents) of organisation {}; {} + {} open links, {} for the "
      "answering flow; {:.1f} s\n",
      fixture.data_set, fixture.round_id, opt.plan.measured_respondents, fixture.org_id,
      links.save_tokens.size(), links.submit_tokens.size(), flow.tokens.size(), seconds);
  return 0;
} catch (const std::exception& e) {
  std::cerr << "bench_data: " << e.what() << "\n";
  return 1;
}
