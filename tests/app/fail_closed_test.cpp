// Fail closed (OWASP ASVS 4.1.5, level 2) and the generic error page (7.4.1). The whole application runs
// in-process with the storage fault injector (app/in_process_server.hpp): the database fails at the
// 1st, 2nd, ... statement of a request in turn, in the middle of authorisation (the token or session
// lookup, the membership and role lookup) and in the middle of writes. Each failure must answer a
// generic 500 that shows no data and no error text, and leave every table exactly as it was: nothing
// granted, nothing half written. An unexpected exception answers the error page with a request id to
// quote, and that id is on the error log's line with the detail.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <regex>
#include <sstream>
#include <string>

#include "app/database_snapshot.hpp"
#include "app/in_process_server.hpp"
#include "support/database_facts.hpp"

namespace forkant::test {
namespace {

constexpr int kMaxStatements = 200;

class FailClosed : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    files = std::make_unique<TestServer>();
    files->demo();
    token = files->create_token(kDemoOwnerEmail);
    org_id = database_fact(*files,
                           std::string("SELECT id FROM organisations WHERE name = '") + kDemoOrgName + "'");
    owner_id =
        database_fact(*files, std::string("SELECT id FROM users WHERE email = '") + kDemoOwnerEmail + "'");
    app = std::make_unique<InProcessServer>(*files);
    // The token's first use is recorded (api_tokens.last_used_at) on a write of its own, apart from the
    // request: done here, so that the tests' snapshots see only what their requests change.
    EXPECT_EQ(app->api(token).get("/api/v1/me").status, 200);
  }
  static void TearDownTestSuite() {
    app.reset();
    files.reset();
  }
  void TearDown() override { app->faults.disarm(); }

  static std::string api_org(const std::string& rest) {
    return "/api/v1/orgs/" + std::to_string(org_id) + rest;
  }
  static std::string org(const std::string& rest) { return "/orgs/" + std::to_string(org_id) + rest; }

  // What a failed request may answer: the generic error, and nothing of the data or the failure.
  static void expect_generic_error(const HttpResponse& res, int n, const std::string& must_not_show) {
    EXPECT_EQ(res.status, 500) << "statement " << n << " failed";
    EXPECT_EQ(res.body.find("injected"), std::string::npos) << "the failure's text reached the answer";
    if (!must_not_show.empty()) {
      EXPECT_EQ(res.body.find(must_not_show), std::string::npos)
          << "statement " << n << " failed and the answer still showed the data";
    }
  }

  // How a request changed the database: per table, the rows that came and went. Ids and times differ
  // from one run to the next; the shape does not.
  using Shape = std::map<std::string, std::pair<std::size_t, std::size_t>>;
  static Shape shape_of(const DatabaseSnapshot& before, const DatabaseSnapshot& after) {
    Shape out;
    for (const auto& [table, rows] : after) {
      const auto& old = before.contains(table) ? before.at(table) : std::vector<std::string>{};
      std::vector<std::string> came;
      std::vector<std::string> went;
      std::set_difference(rows.begin(), rows.end(), old.begin(), old.end(), std::back_inserter(came));
      std::set_difference(old.begin(), old.end(), rows.begin(), rows.end(), std::back_inserter(went));
      // SQLite's full-text index stores its segments in these two: how many rows one insert writes
      // depends on when the index merges them, so only the rest of the change has a fixed shape.
      if (table.ends_with("_fts_data") || table.ends_with("_fts_idx")) continue;
      if (!came.empty() || !went.empty()) out[table] = {came.size(), went.size()};
    }
    return out;
  }

  static std::string describe(const Shape& shape) {
    std::string out;
    for (const auto& [table, counts] : shape) {
      out += table + " +" + std::to_string(counts.first) + " -" + std::to_string(counts.second) + "; ";
    }
    return out;
  }

  // Runs `request` (given the attempt's number, 1-based, for what must differ between attempts, such as
  // an e-mail address) with its 1st, 2nd, ... statement failing until it runs without a failure. Every
  // failure answers the generic 500 and leaves the database exactly as it was, or, when the statement
  // that failed came after the commit (reading back what to answer), exactly as the successful request
  // leaves it: never a part of the change. The run without a failure answers `ok_status` and changes the
  // database (when `writes`). Returns how many statements the request ran.
  static int expect_all_or_nothing(const std::function<HttpResponse(int)>& request, int ok_status,
                                   bool writes, const std::string& must_not_show = "") {
    DatabaseSnapshot before = database_snapshot(*files);
    std::vector<std::pair<int, Shape>> committed;  // failures after the commit: the statement, the change
    for (int n = 1; n <= kMaxStatements; ++n) {
      app->faults.fail_at(n);
      const HttpResponse res = request(n);
      const bool fired = app->faults.fired();
      app->faults.disarm();
      const DatabaseSnapshot after = database_snapshot(*files);
      if (!fired) {
        EXPECT_EQ(res.status, ok_status) << "without a failure: " << res.body.substr(0, 300);
        EXPECT_GT(n, 1) << "the request ran no statement";
        const Shape whole = shape_of(before, after);
        if (writes) {
          EXPECT_FALSE(whole.empty()) << "the request succeeded but changed nothing";
        }
        for (const auto& [statement, change] : committed) {
          EXPECT_TRUE(change == whole)
              << "statement " << statement
              << " failed and the request left a part of its change behind: " << describe(change)
              << "instead of " << describe(whole);
        }
        return n - 1;
      }
      expect_generic_error(res, n, must_not_show);
      if (after != before) {
        committed.emplace_back(n, shape_of(before, after));
        before = after;
      }
      if (::testing::Test::HasFailure()) return n;
    }
    ADD_FAILURE() << "the request never succeeded within " << kMaxStatements << " statements";
    return kMaxStatements;
  }

  static inline std::unique_ptr<TestServer> files;
  static inline std::unique_ptr<InProcessServer> app;
  static inline std::string token;
  static inline std::int64_t org_id = 0;
  static inline std::int64_t owner_id = 0;
};

// ---- Authorisation ---------------------------------------------------------------------------------------

TEST_F(FailClosed, ADatabaseFailureWhileCheckingAnApiTokenOrItsRoleGrantsNothing) {
  auto api = app->api(token);
  const auto listed = api.get(api_org("/decisions"));
  ASSERT_EQ(listed.status, 200);
  ASSERT_FALSE(listed.json()["decisions"].empty());
  const std::string a_title = listed.json()["decisions"].at(0).at("title").get<std::string>();
  // The first statements are the token's lookup and the membership's: a failure in either answers 500.
  const int statements =
      expect_all_or_nothing([&](int) { return api.get(api_org("/decisions")); }, 200, false, a_title);
  EXPECT_GE(statements, 2) << "the token and the membership are each read";
}

TEST_F(FailClosed, ADatabaseFailureWhileResumingASessionOrCheckingItsRoleGrantsNothing) {
  auto browser = app->signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  auto members_page = [&](int = 0) { return browser.get(org("/members")); };
  // The first request after signing in reads the session from the database (later ones may be kept in
  // memory, services/session_cache.hpp): fail it there first.
  app->faults.fail_at(1);
  const auto first = members_page();
  ASSERT_TRUE(app->faults.fired());
  app->faults.disarm();
  expect_generic_error(first, 1, kDemoOwnerEmail);
  EXPECT_NE(first.status, 303) << "a failed session lookup is not an anonymous visit";
  expect_all_or_nothing(members_page, 200, false, "koordinator@");
}

TEST_F(FailClosed, ADatabaseFailureWhileCheckingARoleRefusesAFormToo) {
  auto browser = app->signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  ASSERT_EQ(browser.get(org("/decisions/new")).status, 200);  // the session and its CSRF token
  auto title = [](int attempt) { return "Besluttet i en formular " + std::to_string(attempt); };
  const int statements = expect_all_or_nothing(
      [&](int attempt) {
        return browser.submit(org("/decisions"), {{"kind", "decided"},
                                                  {"title", title(attempt)},
                                                  {"rationale", "Afprøvet med en database der fejler"},
                                                  {"questions", "2"},
                                                  {"owner", std::to_string(owner_id)},
                                                  {"body", "Direktionen"},
                                                  {"decided_on", "2026-03-01"}});
      },
      303, true);
  EXPECT_EQ(
      database_fact(*files, "SELECT COUNT(*) FROM decisions WHERE title = '" + title(statements + 1) + "'"),
      1);
}

// ---- Writes ---------------------------------------------------------------------------------------------

TEST_F(FailClosed, CreatingADecisionIsAllOrNothing) {
  auto api = app->api(token);
  auto draft = [&](int attempt) {
    return nlohmann::json{{"kind", "decided"},
                          {"title", "Fejlsikker beslutning " + std::to_string(attempt)},
                          {"rationale", "Afprøvet med en database der fejler"},
                          {"questions", {1}},
                          {"owner_id", owner_id},
                          {"body", "Direktionen"},
                          {"decided_on", "2026-03-01"}};
  };
  const int statements = expect_all_or_nothing(
      [&](int attempt) { return api.post_json(api_org("/decisions"), draft(attempt)); }, 201, true);
  EXPECT_EQ(database_fact(*files, "SELECT COUNT(*) FROM decisions WHERE title = 'Fejlsikker beslutning " +
                                      std::to_string(statements + 1) + "'"),
            1);
}

TEST_F(FailClosed, InvitingAMemberIsAllOrNothing) {
  auto api = app->api(token);
  auto email = [](int attempt) { return "ny.medarbejder" + std::to_string(attempt) + "@demo.forkant.dk"; };
  const int statements = expect_all_or_nothing(
      [&](int attempt) {
        return api.post_json(api_org("/invitations"), {{"email", email(attempt)}, {"role", "viewer"}});
      },
      201, true);
  EXPECT_EQ(database_fact(*files, "SELECT COUNT(*) FROM member_invitations WHERE email = '" +
                                      email(statements + 1) + "'"),
            1);
}

TEST_F(FailClosed, HandingOutRespondentLinksIsAllOrNothing) {
  auto api = app->api(token);
  const auto created =
      api.post_json(api_org("/rounds"),
                    {{"title", "Fejlsikker runde"}, {"framework", "ti-spoergsmaal"}, {"groups", {"alle"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string round = std::to_string(created.json().value("id", 0));
  ASSERT_EQ(api.post("/api/v1/rounds/" + round + "/open", "", "application/json").status, 200);
  expect_all_or_nothing(
      [&](int) {
        return api.post_json("/api/v1/rounds/" + round + "/invitations", {{"group", "alle"}, {"count", 3}});
      },
      201, true);
  EXPECT_EQ(database_fact(*files, "SELECT COUNT(*) FROM invitations WHERE round_id = " + round) % 3, 0)
      << "links come three at a time, never fewer";
}

// ---- The generic error page ------------------------------------------------------------------------------

// The request id the error log's line for `detail` names, or "".
std::string request_id_logged_with(const std::string& log, const std::string& detail) {
  std::istringstream lines(log);
  static const std::regex id(R"re("request_id":"([^"]+)")re");
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (line.find(R"("event":"error")") == std::string::npos || line.find(detail) == std::string::npos)
      continue;
    if (std::regex_search(line, m, id)) return m[1].str();
  }
  return "";
}

TEST_F(FailClosed, AnUnexpectedExceptionAnswersTheErrorPageWithARequestIdAndNoDetail) {
  auto browser = app->signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  browser.set_default_header("Accept-Language", "en");
  const std::string detail = "secret-detail-7f3a in SELECT password_hash FROM users";
  app->clock.throw_next(detail);
  const auto page = browser.get(org("/decisions"));
  EXPECT_EQ(page.status, 500);
  EXPECT_TRUE(page.header("Content-Type").starts_with("text/html")) << page.header("Content-Type");
  EXPECT_EQ(page.body.find("secret-detail"), std::string::npos) << "the exception's text reached the page";
  EXPECT_EQ(page.body.find("password_hash"), std::string::npos);
  EXPECT_EQ(page.body.find("runtime_error"), std::string::npos);
  const std::string id = request_id_logged_with(app->log(), "secret-detail-7f3a");
  ASSERT_FALSE(id.empty()) << "the error log has the detail with a request id";
  EXPECT_NE(page.body.find(id), std::string::npos) << "the page quotes the request id " << id;
  // The access log's line for the same request has the same id.
  EXPECT_NE(app->log().find(R"("status":500,)"), std::string::npos);
  EXPECT_NE(app->log().find(R"("request_id":")" + id + "\"}"), std::string::npos);
}

TEST_F(FailClosed, AnUnexpectedExceptionInAnApiCallAnswersGenericJsonWithARequestId) {
  auto api = app->api(token);
  app->clock.throw_next("secret-detail-api-91c2");
  const auto res = api.get(api_org("/decisions"));
  EXPECT_EQ(res.status, 500);
  EXPECT_EQ(res.body.find("secret-detail"), std::string::npos) << res.body;
  const std::string id = request_id_logged_with(app->log(), "secret-detail-api-91c2");
  // The API's token lookup may not ask the clock before its handler does; either way the one that threw
  // is the one the log names.
  ASSERT_FALSE(id.empty()) << "the error log has the detail with a request id";
  EXPECT_EQ(res.json()["error"].value("code", ""), "internal") << res.body;
  EXPECT_NE(res.body.find(id), std::string::npos) << "the answer quotes the request id " << id;
}

}  // namespace
}  // namespace forkant::test
