#pragma once
// The subcommands of the forkant binary. Each returns the process exit code.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cli/mail_setup.hpp"

namespace forkant::cli {

struct ServeOptions {
  std::string db = "forkant.db";
  std::string listen = "127.0.0.1:8080";
  int workers = 0;  // 0: one per core, at least 2
  bool secure_cookies = false;
  std::string public_url;
  std::vector<std::string> trusted_proxies;
  std::string key_file;                 // empty: cli/key_file.hpp chooses
  std::string ca_file;                  // CA bundle for outbound HTTPS (single sign-on); empty: the system's
  MailOptions mail;                     // --smtp-url and the rest (cli/mail_setup.hpp)
  std::string metrics_listen;           // HOST:PORT of GET /metrics (a listener of its own); empty: none
  std::string owner_totp = "required";  // or "optional" (services/two_factor.hpp)
  // Where security events go: a file, or "-" for standard error.
  std::string security_log = "-";
  // --rate-limit COST=ACCOUNT/ORG each (web/rate_limits.hpp).
  std::vector<std::string> rate_limits;
};

int serve(const ServeOptions& options);
int migrate(const std::string& db);
// forkant copy: every table of the SQLite installation `from` into the new database `to` (a --db value).
int copy(const std::string& from, const std::string& to);
int demo(const std::string& db);
int user_add(const std::string& db, const std::string& email, const std::string& name,
             const std::optional<std::string>& org, const std::string& role, const std::string& language);
int token_create(const std::string& db, const std::string& email, const std::string& name, int days);
int token_revoke(const std::string& db, const std::string& email, std::int64_t token_id);
int audit_retention(const std::string& db, int days);  // audit_retention.cpp (docs/privacy.md)
int framework_validate(const std::string& file);
// forkant assessment import: a SurveyJS questionnaire into an organisation's library (by name or id).
int assessment_import(const std::string& db, const std::string& org, const std::string& file,
                      const std::string& version);
// The round's workbook (XLSX) in `lang` ("da" or "en") to the file `out`.
int report_xlsx(const std::string& db, std::int64_t round_id, const std::string& out,
                const std::string& lang);

// forkant report board: the board report of a closed round as a PDF, for scheduled jobs.
struct BoardReportOptions {
  std::string db = "forkant.db";
  std::int64_t round_id = 0;
  std::string out;
  std::string lang = "da";
  std::string from;  // YYYY-MM-DD; empty: the report's default
  std::string to;
};
int report_board(const BoardReportOptions& options);

// forkant backup: an online backup of a SQLite database with its sidecar (storage/backup.hpp).
struct BackupOptions {
  std::string db = "forkant.db";
  std::string out;
  int keep = 0;  // 0: keep every backup
};
int backup(const BackupOptions& options);
// forkant restore: the database replaced by a verified backup, never under a running server.
struct RestoreOptions {
  std::string db = "forkant.db";
  std::string from;
};
int restore(const RestoreOptions& options);

struct Environment;
// Parts of `forkant demo`, one per area.
// `typist`: the coordinator who typed in the staff's paper forms of the latest round.
void demo_assessment(Environment& env, std::int64_t org_id, std::int64_t typist);
void demo_decisions(Environment& env, std::int64_t org_id, std::int64_t owner_id);
void demo_initiatives(Environment& env, std::int64_t org_id, std::int64_t owner_id);
// The technology radar (after demo_initiatives, whose initiatives its entries link): two editions.
void demo_radar(Environment& env, std::int64_t org_id, std::int64_t owner_id);
// The competence matrix (issue 17; after demo_decisions, whose first goal takes one of its gaps as a step).
void demo_competence(Environment& env, std::int64_t org_id, std::int64_t owner_id);
// The impact assessments of the demo's initiatives (after demo_initiatives, which makes them).
void demo_impact(Environment& env, std::int64_t org_id, std::int64_t owner_id);
struct DemoNetwork;
// The demo network's shared library (after demo_decisions and demo_initiatives, whose register Demo
// Kommune shares from, and after demo_network): a dozen shares by Demo Kommune and the five peers.
void demo_library(Environment& env, std::int64_t org_id, std::int64_t owner_id, const DemoNetwork& network);
// The peers' contributed rounds and Demo Kommune's (after the demo's network is made; nothing without one).
void demo_peer_rounds(Environment& env, std::int64_t org_id, std::int64_t owner_id);

}  // namespace forkant::cli
