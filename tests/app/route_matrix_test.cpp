// The role × route matrix (OWASP ASVS 1.4.1, 1.4.4, 4.1.3, 4.2.1): every route of the router's own table
// (web::register_routes, the same table the server answers from) is asked by each of six principals —
// Demo Kommune's owner, coordinator, leader and viewer, another organisation's owner and an anonymous
// visitor — with real ids of Demo Kommune in its path, and the class of the answer is compared with the
// declared one in route_matrix.txt:
//   ok     the handler was reached past authorisation (any answer but a sign-in redirect, 401, 403,
//          404, 405 or 5xx: a refusal of the empty form (400/422) or a conflict (409) counts)
//   deny   403, and not a CSRF refusal
//   hide   404, like an id that does not exist, without a byte of Demo Kommune's data
//   login  a redirect to /login (pages) or 401 (API)
// A route without a row fails the suite, and so does a row whose route is gone: a new route cannot be
// added without someone deciding who may use it.
//
// How state-changing cells keep out of each other's way: every request carries an empty form (pages,
// with the session's CSRF token) or `{}` (API, with the principal's token), so that a handler that
// reached its validation refuses without writing. The ids point at objects where the rules refuse
// after authorisation (a closed round cannot be opened, closed or deleted again). Routes that act
// without input get an object made for the purpose (make_fixtures): a token of each person's own to
// revoke, a competence sector per principal to delete, a network of the demo's own to leave, a
// coordinator's term to end, a respondent link per principal; GET rows run first, then the others, each
// row's cells in the order anonymous, outsider, viewer, leader, coordinator, owner, so that the
// refusals come before the acts; sign-out runs last of all.
//
// ROUTE_MATRIX_PRINT=1 prints the observed answers as rows of route_matrix.txt, to review a new route.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/database_facts.hpp"
#include "support/world.hpp"
#include "web/router.hpp"

namespace forkant::web {
void register_routes(Router& r);
}

namespace forkant::test {
namespace {

enum class Who { anonymous, outsider, viewer, leader, coordinator, owner };
constexpr std::array<Who, 6> kEveryone{Who::anonymous, Who::outsider,    Who::viewer,
                                       Who::leader,    Who::coordinator, Who::owner};
constexpr std::array<const char*, 6> kWhoNames{"anonymous", "outsider",    "viewer",
                                               "leader",    "coordinator", "owner"};

enum class Answer { ok, deny, hide, login, broken };
constexpr std::array<const char*, 5> kAnswerNames{"ok", "deny", "hide", "login", "broken"};

using Cells = std::array<Answer, 6>;

struct Row {
  std::string method;
  std::string pattern;
  Cells cells{};
  int line = 0;
  std::string key() const { return method + " " + pattern; }
};

// A row's expectation: six words, or one word for the usual shapes.
std::optional<Cells> parse_cells(const std::vector<std::string>& words) {
  using A = Answer;
  static const std::map<std::string, Cells> shorthand{
      {"anyone", {A::ok, A::ok, A::ok, A::ok, A::ok, A::ok}},
      {"self", {A::login, A::ok, A::ok, A::ok, A::ok, A::ok}},
      {"viewer", {A::login, A::hide, A::ok, A::ok, A::ok, A::ok}},
      {"leader", {A::login, A::hide, A::deny, A::ok, A::ok, A::ok}},
      {"coordinator", {A::login, A::hide, A::deny, A::deny, A::ok, A::ok}},
      {"owner", {A::login, A::hide, A::deny, A::deny, A::deny, A::ok}},
  };
  if (words.size() == 1) {
    const auto it = shorthand.find(words[0]);
    if (it == shorthand.end()) return std::nullopt;
    return it->second;
  }
  if (words.size() != 6) return std::nullopt;
  Cells cells{};
  for (std::size_t i = 0; i < 6; ++i) {
    const auto at = std::find(kAnswerNames.begin(), kAnswerNames.end() - 1, words[i]);
    if (at == kAnswerNames.end() - 1) return std::nullopt;
    cells[i] = static_cast<Answer>(at - kAnswerNames.begin());
  }
  return cells;
}

std::vector<Row> load_table(std::vector<std::string>& problems) {
  const std::string path = std::string(FORKANT_SOURCE_DIR) + "/tests/app/route_matrix.txt";
  std::ifstream in(path);
  if (!in) problems.push_back("cannot read " + path);
  std::vector<Row> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::vector<std::string> w;
    for (std::string word; words >> word;) w.push_back(word);
    if (w.empty()) continue;
    const auto cells =
        w.size() >= 3 ? parse_cells(std::vector<std::string>(w.begin() + 2, w.end())) : std::nullopt;
    if (!cells) {
      problems.push_back("route_matrix.txt:" + std::to_string(number) + ": cannot read \"" + line + "\"");
      continue;
    }
    rows.push_back({w[0], w[1], *cells, number});
  }
  return rows;
}

std::string cells_text(const Cells& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ' ';
    out += kAnswerNames[static_cast<std::size_t>(cells[i])];
  }
  return out;
}

Answer classify(const HttpResponse& r, bool api) {
  // A page handler's own 401 (a wrong second factor) is an answer past authorisation; the API's 401 is
  // the missing or unknown token.
  if (r.status == 401) return api ? Answer::login : Answer::ok;
  // The redirect to the sign-in page, unless it comes from signing out (which ends the session cookie).
  if ((r.status == 302 || r.status == 303) && r.header("Location").starts_with("/login")) {
    return r.set_cookie_line("forkant_session").empty() ? Answer::login : Answer::ok;
  }
  if (r.status == 403) return Answer::deny;
  if (r.status == 404) return Answer::hide;
  if (r.status == 0 || r.status == 405 || r.status >= 500) return Answer::broken;
  return Answer::ok;
}

std::string id(std::int64_t n) {
  return std::to_string(n);
}

class RouteMatrix : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    auto& w = *world;
    // One browser (a session: one argon2id sign-in each) and one API client per principal.
    anonymous_browser = std::make_unique<Browser>(w.server.browser());
    anonymous_api = std::make_unique<Browser>(w.server.browser());
    for (const Person* p : {&w.outsider, &w.viewer, &w.leader, &w.coordinator, &w.owner}) {
      browsers[p->email] = std::make_unique<Browser>(w.browser(*p));
      apis[p->email] = std::make_unique<Browser>(w.api(*p));
    }
    make_fixtures();
  }
  static void TearDownTestSuite() {
    browsers.clear();
    apis.clear();
    anonymous_browser.reset();
    anonymous_api.reset();
    world.reset();
  }

  static const Person& person(Who who) {
    auto& w = *world;
    switch (who) {
      case Who::outsider:
        return w.outsider;
      case Who::viewer:
        return w.viewer;
      case Who::leader:
        return w.leader;
      case Who::coordinator:
        return w.coordinator;
      default:
        return w.owner;
    }
  }
  static Browser& client(Who who, bool api) {
    if (who == Who::anonymous) return api ? *anonymous_api : *anonymous_browser;
    return api ? *apis.at(person(who).email) : *browsers.at(person(who).email);
  }

  static std::int64_t fact(const std::string& sql) { return database_fact(world->server, sql); }
  static std::string demo() { return id(world->demo_org); }
  static std::int64_t audit_entries() { return fact("SELECT count(*) FROM audit_log"); }
  static std::int64_t first(const std::string& table, const std::string& where = "") {
    return fact("SELECT min(id) FROM " + table + " WHERE org_id = " + demo() +
                (where.empty() ? "" : " AND " + where));
  }

  // Objects of Demo Kommune the paths name, made or found once.
  static void make_fixtures();
  // The value of `param` in `pattern` for `who`.
  static std::string value(const std::string& pattern, const std::string& param, Who who);
  // The path with real ids, or (`missing`) with ids that exist nowhere in place of the numeric ones.
  static std::string fill(const std::string& pattern, Who who, bool missing = false) {
    static const std::regex placeholder(R"(\{([a-z_]+)\})");
    std::string out;
    auto begin = std::sregex_iterator(pattern.begin(), pattern.end(), placeholder);
    std::size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
      out += pattern.substr(last, static_cast<std::size_t>(it->position()) - last);
      const std::string v = value(pattern, (*it)[1].str(), who);
      const bool numeric = !v.empty() && v.find_first_not_of("0123456789") == std::string::npos;
      out += missing && numeric && (*it)[1].str() != "n" ? "987654321" : v;
      last = static_cast<std::size_t>(it->position() + it->length());
    }
    return out + pattern.substr(last);
  }
  // What a request carries besides its path: nothing, an empty form or `{}`, except where the handler
  // reads a field before it checks the role (the choice of network, of person, of competence cell).
  static Fields fields(const std::string& pattern) {
    if (pattern.ends_with("/contribute") || pattern.ends_with("/withdraw-contribution")) {
      return {{"network", ids["network"]}};
    }
    if (pattern.ends_with("/networks/{network_id}/coordinators")) {
      return {{"person", ids["peer_owner_b"] + "-" + ids["peer_org_b"]}};
    }
    if (pattern.ends_with("/competencies/cell"))
      return {{"competence", ids["competence"]}, {"role", "ledere"}};
    return {};
  }
  static HttpResponse send(const std::string& method, const std::string& pattern, const std::string& path,
                           Who who) {
    const bool api = path.starts_with("/api/");
    Browser& b = client(who, api);
    const Fields f = fields(pattern);
    if (method == "GET") return b.get(f.empty() ? path : path + "?" + form_encode(f));
    if (api) return b.request(method, path, "{}", "application/json");
    return b.submit(path, f);
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::unique_ptr<Browser> anonymous_browser;
  static inline std::unique_ptr<Browser> anonymous_api;
  static inline std::map<std::string, std::unique_ptr<Browser>> browsers;
  static inline std::map<std::string, std::unique_ptr<Browser>> apis;
  static inline std::map<std::string, std::string> ids;      // fixture name -> id
  static inline std::map<Who, std::string> tokens;           // an API token id of each principal's own
  static inline std::vector<std::string> links;              // respondent tokens, one per principal
  static inline std::map<std::string, std::string> sectors;  // route + principal -> a sector to delete
};

void RouteMatrix::make_fixtures() {
  auto& w = *world;
  ids["round"] = id(first("rounds"));  // closed: opening, closing, editing and deleting it are refused (409)
  ids["decision"] = id(first("decisions"));
  ids["goal"] = id(first("goals"));
  ids["step"] = id(first("steps"));
  ids["series"] = id(first("meeting_series"));
  ids["meeting"] = id(first("meetings"));
  ids["briefing_version"] = id(fact("SELECT min(version) FROM briefing_versions WHERE org_id = " + demo()));
  ids["initiative"] = id(first("initiatives"));
  ids["assessment"] = id(first("impact_assessments"));
  ids["network"] = id(fact("SELECT min(network_id) FROM network_memberships WHERE org_id = " + demo()));
  ids["share"] = id(first("network_shares"));
  {
    // A text in the network's library, by its public id (as its page links it).
    const auto library =
        browsers.at(world->owner.email)->get(world->org_path("/networks/" + ids["network"] + "/library"));
    static const std::regex item(R"(/library/([0-9a-f-]{36}))");
    std::smatch m;
    if (std::regex_search(library.body, m, item)) ids["share_public"] = m[1];
    EXPECT_FALSE(ids["share_public"].empty()) << library.body.substr(0, 500);
  }
  // The earlier edition: history, read-only (409), so that deleting its entries is refused.
  ids["edition"] = id(first("radar_editions", "is_current = 0"));
  ids["radar_entry"] = id(fact("SELECT min(id) FROM radar_entries WHERE edition_id = " + ids["edition"]));
  // The AI Act's built-in row, which is never deleted (409).
  ids["competence"] = id(first("competencies", "builtin IS NOT NULL"));
  ids["cell"] = id(first("competence_cells"));
  ids["sector"] = id(first("competence_sectors"));
  ids["framework"] = "ti-spoergsmaal";
  ids["organisation"] = "demo-kommune";

  // An open round with a link per principal (answering one uses it up) and a paper form being entered.
  auto& coordinator = *browsers.at(w.coordinator.email);
  const auto created =
      coordinator.submit(w.org_path("/rounds"),
                         {{"title", "Matrix"}, {"groups", "direktion"}, {"groups", "chefer"}, {"k", "3"}});
  EXPECT_EQ(created.status, 303);
  const std::string round = created.header("Location");
  ids["open_round"] = round.substr(std::string("/rounds/").size());
  EXPECT_EQ(coordinator.submit(round + "/open", {}).status, 303);
  const auto csv = coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", "6"}});
  for (std::size_t at = csv.body.find("/r/"); at != std::string::npos; at = csv.body.find("/r/", at + 1)) {
    const auto end = csv.body.find_first_of("\r\n,\"", at);
    links.push_back(csv.body.substr(at + 3, end - at - 3));
  }
  EXPECT_EQ(links.size(), 6u) << csv.body;
  const auto paper = coordinator.submit(round + "/paper", {{"group", "chefer"}});
  EXPECT_EQ(paper.status, 303);
  const std::string entry = paper.header("Location");  // /rounds/N/paper/E/q/1
  ids["paper"] = entry.substr(round.size() + 7, entry.size() - round.size() - 7 - 4);

  // An invitation to join Demo Kommune.
  const auto invited =
      apis.at(w.owner.email)
          ->post_json(w.api_org_path("/invitations"), {{"email", "ny@demo.forkant.dk"}, {"role", "viewer"}});
  EXPECT_EQ(invited.status, 201) << invited.body;
  ids["join"] = invited.json().value("token", "");

  // An invitation of Demo Kommune into a network of the other organisation, to answer.
  auto& outsider = *browsers.at(w.outsider.email);
  const auto theirs = outsider.submit("/orgs/" + id(w.other_org) + "/networks",
                                      {{"name", "Andet net"}, {"purpose", "Matrix"}});
  EXPECT_EQ(theirs.status, 303) << theirs.body.substr(0, 500);
  EXPECT_EQ(outsider.submit(theirs.header("Location") + "/invitations", {{"org_name", kDemoOrgName}}).status,
            303);
  ids["network_invitation"] = id(fact("SELECT max(id) FROM network_invitations WHERE org_id = " + demo()));

  // A network of Demo Kommune's own to leave (leaving the demo's network would withdraw its shares).
  const auto own = browsers.at(w.owner.email)
                       ->submit(w.org_path("/networks"), {{"name", "Eget net"}, {"purpose", "Matrix"}});
  EXPECT_EQ(own.status, 303) << own.body.substr(0, 500);
  ids["network_to_leave"] = own.header("Location").substr(own.header("Location").rfind('/') + 1);

  // Coordinators of the demo's network from two other member organisations: one appointed here, whose
  // term the matrix ends, one for the matrix to appoint (none from Demo Kommune, whose coordinator
  // would become the network's coordinator and so gain rights the rows below do not expect).
  for (const std::string which : {"a", "b"}) {
    const std::string peer =
        id(fact("SELECT " + std::string(which == "a" ? "min" : "max") +
                "(org_id) FROM network_memberships WHERE network_id = " + ids["network"] + " AND org_id <> " +
                demo()));
    ids["peer_org_" + which] = peer;
    ids["peer_owner_" + which] =
        id(fact("SELECT min(user_id) FROM memberships WHERE role = 'owner' AND org_id = " + peer));
  }
  const auto appointed = browsers.at(w.owner.email)
                             ->submit(w.org_path("/networks/" + ids["network"] + "/coordinators"),
                                      {{"person", ids["peer_owner_a"] + "-" + ids["peer_org_a"]}});
  EXPECT_EQ(appointed.status, 303) << appointed.body.substr(0, 500);
  ids["coordinator"] =
      id(fact("SELECT max(id) FROM network_coordinators WHERE network_id = " + ids["network"]));

  // A token of each person's own to revoke (their API client's token stays).
  for (const Who who : kEveryone) {
    if (who == Who::anonymous) continue;
    const Person& p = person(who);
    w.server.create_token(p.email);
    tokens[who] = id(fact("SELECT max(id) FROM api_tokens WHERE user_id = " + id(p.user_id)));
  }
  tokens[Who::anonymous] = tokens[Who::owner];

  // A sector of the competence matrix for each principal on each route that deletes one (the API's PUT
  // meets the sector its DELETE deletes next).
  for (const std::string pattern : {"/orgs/{org_id}/competencies/sectors/{sector_id}/delete",
                                    "/api/v1/orgs/{org_id}/competence-sectors/{sector_id}"}) {
    for (const Who who : kEveryone) {
      const std::string name = "Sektor " + std::to_string(sectors.size() + 1);
      const auto made =
          apis.at(w.owner.email)->post_json(w.api_org_path("/competence-sectors"), {{"name", name}});
      EXPECT_EQ(made.status, 201) << made.body;
      sectors[pattern + kWhoNames[static_cast<std::size_t>(who)]] =
          id(fact("SELECT max(id) FROM competence_sectors WHERE org_id = " + demo()));
    }
  }
  for (const auto& [name, value] : ids) EXPECT_NE(value, "0") << "no " << name << " in Demo Kommune";
  for (const auto& [name, value] : ids) EXPECT_NE(value, "") << "no " << name << " in Demo Kommune";
}

std::string RouteMatrix::value(const std::string& pattern, const std::string& param, Who who) {
  const bool paper = pattern.find("/paper/") != std::string::npos;
  if (param == "org_id") return demo();
  if (param == "n") return "1";
  if (param == "round_id") return paper ? ids["open_round"] : ids["round"];
  if (param == "entry_id") return paper ? ids["paper"] : ids["radar_entry"];
  if (param == "decision_id") return ids["decision"];
  if (param == "goal_id") return ids["goal"];
  if (param == "step_id") return ids["step"];
  if (param == "series_id") return ids["series"];
  if (param == "meeting_id") return ids["meeting"];
  if (param == "version") return ids["briefing_version"];
  if (param == "initiative_id") return ids["initiative"];
  if (param == "assessment_id") return ids["assessment"];
  if (param == "network_id") return pattern.ends_with("/leave") ? ids["network_to_leave"] : ids["network"];
  if (param == "share_id") return ids["share"];
  if (param == "share") return ids["share_public"];
  if (param == "invitation_id") return ids["network_invitation"];
  if (param == "coordinator_id") return ids["coordinator"];
  if (param == "edition_id") return ids["edition"];
  if (param == "competence_id") return ids["competence"];
  if (param == "cell_id") return ids["cell"];
  if (param == "sector_id") {
    if (pattern.ends_with("/delete") || pattern.starts_with("/api/v1/orgs/{org_id}/competence-sectors/")) {
      return sectors[pattern + kWhoNames[static_cast<std::size_t>(who)]];
    }
    return ids["sector"];
  }
  if (param == "framework_id") return ids["framework"];
  if (param == "organisation") return ids["organisation"];
  if (param == "token_id") return tokens[who];
  if (param == "user_id") return std::to_string(world->viewer.user_id);  // erasure needs a confirmation
  if (param == "token") {
    if (pattern.starts_with("/join/")) return ids["join"];
    if (pattern.starts_with("/r/") || pattern.starts_with("/api/v1/responses/")) {
      return links.at(static_cast<std::size_t>(who));
    }
    return "bm8tc3VjaC1yZXNldC10b2tlbi1leGlzdHMtaGVyZS0x";  // a reset link is only ever mailed
  }
  return "MISSING-" + param;
}

TEST_F(RouteMatrix, EveryRouteHasARowAndEveryRowARoute) {
  std::vector<std::string> problems;
  const auto rows = load_table(problems);
  for (const auto& p : problems) ADD_FAILURE() << p;
  web::Router router;
  web::register_routes(router);
  std::set<std::string> routes, declared;
  for (const auto& route : router.routes()) routes.insert(route.method + " " + route.pattern);
  for (const auto& row : rows) {
    EXPECT_TRUE(declared.insert(row.key()).second)
        << "route_matrix.txt:" << row.line << ": " << row.key() << " twice";
    EXPECT_TRUE(routes.count(row.key())) << "route_matrix.txt:" << row.line << ": " << row.key()
                                         << " is no route of web::register_routes: remove the row";
  }
  for (const auto& key : routes) {
    EXPECT_TRUE(declared.count(key)) << key
                                     << " has no row in tests/app/route_matrix.txt: decide who "
                                        "may use it (ROUTE_MATRIX_PRINT=1 prints what it answers now)";
  }
}

TEST_F(RouteMatrix, EveryPrincipalGetsTheDeclaredAnswerOnEveryRoute) {
  std::vector<std::string> problems;
  const auto rows = load_table(problems);
  std::map<std::string, const Row*> declared;
  for (const auto& row : rows) declared[row.key()] = &row;
  web::Router router;
  web::register_routes(router);
  std::vector<const web::Route*> order;
  for (const auto& route : router.routes())
    if (route.method == "GET") order.push_back(&route);
  for (const auto& route : router.routes())
    if (route.method != "GET" && route.pattern != "/logout") order.push_back(&route);
  for (const auto& route : router.routes())
    if (route.pattern == "/logout") order.push_back(&route);

  const bool print = std::getenv("ROUTE_MATRIX_PRINT") != nullptr;
  int cells = 0;
  for (const web::Route* route : order) {
    const std::string key = route->method + " " + route->pattern;
    const auto row = declared.find(key);
    Cells seen{};
    std::string detail;
    // A refused write leaves no trace: every change is audited, so the audit log's count stays. It is
    // read before a run of refused cells and after each of them (not again after an allowed one).
    std::optional<std::int64_t> audited;
    for (const Who who : kEveryone) {
      const std::string path = fill(route->pattern, who);
      const auto i = static_cast<std::size_t>(who);
      const bool refused_write =
          route->method != "GET" && row != declared.end() && row->second->cells[i] != Answer::ok;
      if (refused_write && !audited) audited = audit_entries();
      const auto res = send(route->method, route->pattern, path, who);
      ++cells;
      seen[i] = classify(res, path.starts_with("/api/"));
      if (refused_write) {
        const std::int64_t now = audit_entries();
        EXPECT_EQ(now, *audited) << key << " as " << kWhoNames[i] << " was refused but wrote";
        audited = now;
      } else {
        audited.reset();
      }
      detail += std::string(" ") + kWhoNames[i] + "=" + std::to_string(res.status);
      if (row == declared.end()) continue;
      const Answer want = row->second->cells[i];
      EXPECT_EQ(kAnswerNames[static_cast<std::size_t>(seen[i])],
                std::string(kAnswerNames[static_cast<std::size_t>(want)]))
          << key << " as " << kWhoNames[i] << " (" << route->method << " " << path << "): " << res.status
          << " " << res.header("Location") << " " << res.body.substr(0, 200);
      if (seen[i] == Answer::hide) {
        EXPECT_EQ(res.body.find(kDemoOrgName), std::string::npos)
            << key << " as " << kWhoNames[i] << " names Demo Kommune";
        // Another organisation's ids answer exactly as ids that do not exist: the same status and, in
        // the API, the same error code.
        if (who == Who::outsider) {
          const std::string nowhere = fill(route->pattern, who, true);
          const auto missing = send(route->method, route->pattern, nowhere, who);
          EXPECT_EQ(missing.status, res.status) << key << ": " << nowhere << " vs " << path;
          if (path.starts_with("/api/")) {
            EXPECT_EQ(missing.json()["error"]["code"], res.json()["error"]["code"]) << key;
          }
        }
      }
      if (seen[i] == Answer::deny) {
        EXPECT_EQ(res.body.find("Formularen var forældet"), std::string::npos)
            << key << ": a CSRF refusal, not a role's";
        EXPECT_EQ(res.body.find("\"code\":\"csrf\""), std::string::npos)
            << key << ": a CSRF refusal, not a role's";
      }
    }
    if (print) {
      std::printf("%-7s %-72s %s   #%s\n", route->method.c_str(), route->pattern.c_str(),
                  cells_text(seen).c_str(), detail.c_str());
    }
  }
  EXPECT_GE(cells, 6 * 250);
}

}  // namespace
}  // namespace forkant::test
