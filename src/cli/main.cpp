// forkant: the command line. CLI11 is included here only (STACK.md: 6 s per translation unit).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "cli/commands.hpp"
#include "domain/accounts/api_token.hpp"
#include "services/secrets.hpp"
#include "web/rate_limits.hpp"

namespace {

// `forkant serve --config FILE` (the Debian package's unit reads /etc/forkant/forkant.conf): the file's
// `name = value` lines (CLI11's TOML-like format: an option's long name without its dashes, strings in
// quotes, lists in [ ], # comments, optionally under [serve]) give the options the command line does not;
// the command line wins. CLI11 reads config files for the top-level command only, so the file's options
// become arguments of a second parse.
std::vector<std::string> config_arguments(const CLI::App& cmd, const std::string& path) {
  std::vector<std::string> args;
  for (const CLI::ConfigItem& item : CLI::ConfigTOML().from_file(path)) {
    if (item.name == "++" || item.name == "--") continue;  // where a [section] begins and ends
    const CLI::Option* opt = cmd.get_option_no_throw("--" + item.name);
    if (opt == nullptr || item.name == "config" ||
        (!item.parents.empty() && item.parents != std::vector<std::string>{cmd.get_name()}))
      throw CLI::ConfigError(path + ": " + item.fullname() + " is no option of forkant " + cmd.get_name());
    if (opt->count() > 0) continue;  // given on the command line
    for (const auto& value : item.inputs) args.push_back("--" + item.name + "=" + value);
  }
  return args;
}

// forkant serve's e-mail options (cli/mail_setup.hpp).
void add_mail_options(CLI::App& serve_cmd, forkant::cli::MailOptions& o) {
  serve_cmd.add_option(
      "--smtp-url", o.smtp_url,
      "Mail server for the outbox: smtp://HOST:PORT or smtps://HOST:PORT (without it, e-mail "
      "is not set up)");
  serve_cmd.add_option("--smtp-user", o.smtp_user, "User name for SMTP authentication (none without it)");
  serve_cmd.add_option("--smtp-password-file", o.smtp_password_file,
                       "File whose first line is the SMTP password (never on the command line)");
  serve_cmd.add_option("--mail-from", o.mail_from,
                       "Sender address of forkant's e-mail, e.g. forkant@example.dk");
  serve_cmd.add_flag("--smtp-starttls", o.smtp_starttls,
                     "With smtp://: refuse to send unless the server switches to TLS (STARTTLS)");
  serve_cmd
      .add_option("--mail-retry-seconds", o.retry_base_seconds,
                  "Wait before retrying a message the mail server did not take; doubled after each failure, "
                  "at most an hour")
      ->check(CLI::Range(1L, 3600L))
      ->capture_default_str();
  serve_cmd.add_option("--mail-max-attempts", o.max_attempts, "Attempts before a message is given up")
      ->check(CLI::Range(1, 50))
      ->capture_default_str();
}

}  // namespace

int main(int argc, char** argv) {
  forkant::init_secrets();
  CLI::App app{"forkant: steer the digital transformation of a public organisation, ahead of events"};
  app.require_subcommand(1);

  forkant::cli::ServeOptions serve;
  auto* serve_cmd = app.add_subcommand("serve", "Serve the web application and the JSON API");
  serve_cmd
      ->add_option("--db", serve.db,
                   "SQLite database file or postgresql:// URL (created and migrated if needed)")
      ->capture_default_str();
  serve_cmd->add_option("--listen", serve.listen, "HOST:PORT to listen on; port 0 picks a free one")
      ->capture_default_str();
  serve_cmd
      ->add_option("--workers", serve.workers, "Worker threads for requests (0: four per core, at least 8)")
      ->check(CLI::Range(0, 64));
  serve_cmd->add_flag("--secure-cookies", serve.secure_cookies,
                      "Mark cookies Secure and send Strict-Transport-Security (when served over TLS or "
                      "behind a TLS-terminating proxy)");
  serve_cmd->add_option("--public-url", serve.public_url,
                        "Base URL used in invitation links, e.g. https://forkant.example.dk");
  serve_cmd
      ->add_option("--trusted-proxy", serve.trusted_proxies,
                   "IP address of a reverse proxy whose X-Forwarded-For is believed for the client address "
                   "(repeatable); without it the TCP peer is the client")
      ->allow_extra_args(false);
  serve_cmd->add_option(
      "--key-file", serve.key_file,
      "File with the 32-byte key that seals stored secrets (TOTP, identity-provider client "
      "secrets); default: $CREDENTIALS_DIRECTORY/secret.key under systemd, else DB.key beside "
      "a SQLite database (created if missing); with PostgreSQL name it, the same for every instance");
  std::string serve_config;
  serve_cmd
      ->add_option("--config", serve_config,
                   "Read the options not given here from FILE: one `name = value` a line, e.g. "
                   "db = \"/var/lib/forkant/forkant.db\" (the package's is /etc/forkant/forkant.conf)")
      ->check(CLI::ExistingFile);

  serve_cmd
      ->add_option("--ca-file", serve.ca_file,
                   "CA bundle (PEM) for outbound HTTPS to identity providers, instead of the system's; the "
                   "proxy is read from https_proxy/no_proxy as curl reads them")
      ->check(CLI::ExistingFile);
  add_mail_options(*serve_cmd, serve.mail);
  serve_cmd->add_option("--metrics-listen", serve.metrics_listen,
                        "HOST:PORT to serve GET /metrics (Prometheus text) on, apart from --listen; keep it "
                        "on a loopback or monitoring address (default: no metrics)");
  serve_cmd
      ->add_option("--owner-totp", serve.owner_totp,
                   "Whether owners must sign in with TOTP: required (an owner without it enrols at the next "
                   "password sign-in, and cannot switch it off) or optional")
      ->check(CLI::IsMember({"required", "optional"}))
      ->capture_default_str();
  serve_cmd->add_option("--security-log", serve.security_log,
                        "File the security events are appended to, one JSON line each (sign-ins, denials, "
                        "CSRF refusals, API tokens, invitations, exports, rate limits; docs/operations.md); "
                        "- for standard error (default)");
  serve_cmd
      ->add_option("--rate-limit", serve.rate_limits,
                   "COST=ACCOUNT/ORG: how many actions of one costly kind an account and an organisation may "
                   "take per hour (COST is export, report, import, links or search; 0 is no limit); "
                   "repeatable, e.g. --rate-limit export=60/240")
      ->check([](const std::string& spec) {
        forkant::web::RateLimitTable table;
        return forkant::web::apply_rate_limit_option(table, spec)
                   ? std::string()
                   : "expected COST=ACCOUNT/ORG, e.g. export=60/240";
      });

  std::string db = "forkant.db";
  auto* migrate_cmd = app.add_subcommand("migrate", "Apply pending database migrations and exit");
  migrate_cmd->add_option("--db", db, "SQLite database file or postgresql:// URL")->capture_default_str();

  std::string copy_from, copy_to;
  auto* copy_cmd = app.add_subcommand(
      "copy", "Copy every table of a SQLite installation into a new, empty database (e.g. PostgreSQL)");
  copy_cmd->add_option("--from", copy_from, "The SQLite database file to copy (left unchanged)")->required();
  copy_cmd
      ->add_option("--to", copy_to,
                   "The new database: a postgresql:// URL (migrated here; must hold no data)")
      ->required();

  auto* demo_cmd =
      app.add_subcommand("demo", "Create the demo municipality with its history (on an empty database)");
  demo_cmd->add_option("--db", db, "SQLite database file or postgresql:// URL")->capture_default_str();

  auto* user_cmd = app.add_subcommand("user", "Manage accounts");
  user_cmd->require_subcommand(1);
  std::string email, name, role = "owner", language = "da";
  std::optional<std::string> org;
  auto* user_add =
      user_cmd->add_subcommand("add", "Create an account; the password is read from standard input");
  user_add->add_option("--db", db, "SQLite database file or postgresql:// URL")->capture_default_str();
  user_add->add_option("--email", email, "E-mail address (the login)")->required();
  user_add->add_option("--name", name, "Full name")->required();
  user_add->add_option("--org", org, "Organisation to join (created if it does not exist)");
  user_add->add_option("--role", role, "Role in the organisation")
      ->check(CLI::IsMember({"owner", "coordinator", "leader", "viewer"}))
      ->capture_default_str();
  user_add->add_option("--language", language, "Language: da or en")->check(CLI::IsMember({"da", "en"}));

  auto* token_cmd = app.add_subcommand("token", "Manage personal API tokens");
  token_cmd->require_subcommand(1);
  std::string label = "cli";
  int days = forkant::kDefaultTokenDays;
  std::int64_t token_id = 0;
  auto* token_create = token_cmd->add_subcommand(
      "create", "Print a new personal API token for an account (its id and expiry go to standard error)");
  token_create->add_option("--db", db, "SQLite database file or postgresql:// URL")->capture_default_str();
  token_create->add_option("--email", email, "The account's e-mail address")->required();
  token_create->add_option("--name,--label", label, "What the token is for")->capture_default_str();
  token_create
      ->add_option("--days", days,
                   "Days until the token expires (1 to " + std::to_string(forkant::kMaxTokenDays) + ")")
      ->check(CLI::Range(1, forkant::kMaxTokenDays))
      ->capture_default_str();
  auto* token_revoke = token_cmd->add_subcommand("revoke", "Revoke a personal API token of an account");
  token_revoke->add_option("--db", db, "SQLite database file or postgresql:// URL")->capture_default_str();
  token_revoke->add_option("--email", email, "The account's e-mail address")->required();
  token_revoke->add_option("--id", token_id, "The token's id (shown at creation and on the tokens page)")
      ->required()
      ->check(CLI::PositiveNumber);

  auto* audit_cmd = app.add_subcommand("audit", "Work with the audit log");
  audit_cmd->require_subcommand(1);
  int retention_days = 0;
  auto* audit_retention = audit_cmd->add_subcommand(
      "retention",
      "Empty the personal fields (actor, detail) of audit entries older than --days (docs/privacy.md)");
  audit_retention->add_option("--db", db, "SQLite database file or postgresql:// URL")->capture_default_str();
  audit_retention->add_option("--days", retention_days, "Keep the personal fields this many days")
      ->required()
      ->check(CLI::Range(1, 36500));

  auto* framework_cmd = app.add_subcommand("framework", "Work with framework files");
  framework_cmd->require_subcommand(1);
  std::string file;
  auto* validate = framework_cmd->add_subcommand("validate", "Check a framework file; prints every problem");
  validate->add_option("FILE", file, "The framework file (TOML)")->required()->check(CLI::ExistingFile);

  auto* assessment_cmd = app.add_subcommand("assessment", "Work with impact-assessment questionnaires");
  assessment_cmd->require_subcommand(1);
  std::string import_file, import_org, import_version;
  auto* assessment_import = assessment_cmd->add_subcommand(
      "import", "Import a SurveyJS questionnaire (Canada's AIA) into an organisation's library");
  assessment_import->add_option("FILE", import_file, "The questionnaire (SurveyJS JSON)")
      ->required()
      ->check(CLI::ExistingFile);
  assessment_import->add_option("--db", db, "SQLite database file or postgresql:// URL")
      ->capture_default_str();
  assessment_import->add_option("--org", import_org, "The organisation: its name or id")->required();
  assessment_import->add_option(
      "--version", import_version,
      "What the file's version is called (e.g. 1.0.1); default: derived from its bytes");

  auto* report_cmd = app.add_subcommand("report", "Write a report to a file (for scheduled jobs)");
  report_cmd->require_subcommand(1);
  forkant::cli::BoardReportOptions board;
  auto* report_board = report_cmd->add_subcommand(
      "board", "Write the board report of a closed round as a PDF (as GET /rounds/ID/report.pdf gives it)");
  report_board->add_option("--db", board.db, "SQLite database file or postgresql:// URL")
      ->capture_default_str();
  report_board->add_option("--round", board.round_id, "The round's id")
      ->required()
      ->check(CLI::PositiveNumber);
  report_board->add_option("--out", board.out, "The PDF file to write")->required();
  report_board->add_option("--lang", board.lang, "Language: da or en")
      ->check(CLI::IsMember({"da", "en"}))
      ->capture_default_str();
  report_board->add_option("--from", board.from,
                           "First day of the period (YYYY-MM-DD; default: the previous round's close, or 12 "
                           "months back)");
  report_board->add_option("--to", board.to, "Last day of the period (YYYY-MM-DD; default: today)");
  std::int64_t report_round = 0;
  std::string report_out, report_lang = "da";
  auto* report_xlsx = report_cmd->add_subcommand(
      "xlsx", "A round's workbook: results, groups, gaps, comments, trend, decisions and steps (XLSX)");
  report_xlsx->add_option("--db", db, "SQLite database file or postgresql:// URL")->capture_default_str();
  report_xlsx->add_option("--round", report_round, "The round's id")->required()->check(CLI::PositiveNumber);
  report_xlsx->add_option("--out", report_out, "The file to write")->required();
  report_xlsx->add_option("--lang", report_lang, "The language of the headings: da or en")
      ->capture_default_str()
      ->check(CLI::IsMember({"da", "en"}));

  forkant::cli::BackupOptions backup;
  auto* backup_cmd = app.add_subcommand(
      "backup",
      "Back up a SQLite database while the server runs: a checked copy with a sidecar (SHA-256, schema)");
  backup_cmd
      ->add_option("--db", backup.db,
                   "The SQLite database file (a postgresql:// URL is refused: use pg_dump)")
      ->capture_default_str();
  backup_cmd->add_option("--out", backup.out, "The folder to write the backup into (created, mode 0700)")
      ->required();
  backup_cmd->add_option("--keep", backup.keep, "Keep only the newest N backups in the folder (0: keep all)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  forkant::cli::RestoreOptions restore;
  auto* restore_cmd = app.add_subcommand(
      "restore",
      "Replace a SQLite database by a backup, after checking it against its sidecar; refused while a "
      "server uses the database");
  restore_cmd->add_option("--db", restore.db, "The SQLite database file to replace (kept beside it)")
      ->capture_default_str();
  restore_cmd->add_option("--from", restore.from, "The backup file (its sidecar FILE.json must be beside it)")
      ->required();

  CLI11_PARSE(app, argc, argv);
  if (*serve_cmd && !serve_config.empty()) {
    try {
      std::vector<std::string> args(argv + 1, argv + argc);
      const auto from_file = config_arguments(*serve_cmd, serve_config);
      args.insert(args.end(), from_file.begin(), from_file.end());
      std::reverse(args.begin(), args.end());  // CLI11 takes a vector last argument first
      app.parse(args);
    } catch (const CLI::ParseError& e) {
      return app.exit(e);
    }
  }

  try {
    if (*serve_cmd) return forkant::cli::serve(serve);
    if (*migrate_cmd) return forkant::cli::migrate(db);
    if (*copy_cmd) return forkant::cli::copy(copy_from, copy_to);
    if (*demo_cmd) return forkant::cli::demo(db);
    if (*user_add) return forkant::cli::user_add(db, email, name, org, role, language);
    if (*token_create) return forkant::cli::token_create(db, email, label, days);
    if (*token_revoke) return forkant::cli::token_revoke(db, email, token_id);
    if (*audit_retention) return forkant::cli::audit_retention(db, retention_days);
    if (*validate) return forkant::cli::framework_validate(file);
    if (*assessment_import)
      return forkant::cli::assessment_import(db, import_org, import_file, import_version);
    if (*report_board) return forkant::cli::report_board(board);
    if (*report_xlsx) return forkant::cli::report_xlsx(db, report_round, report_out, report_lang);
    if (*backup_cmd) return forkant::cli::backup(backup);
    if (*restore_cmd) return forkant::cli::restore(restore);
  } catch (const std::exception& e) {
    std::cerr << "forkant: " << e.what() << "\n";
    return 1;
  }
  return 2;
}
