// forkant migrate, user add, token create and revoke.
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "render/format.hpp"
#include "storage/open.hpp"

namespace forkant::cli {

int migrate(const std::string& db) {
  Environment env(db);  // migrates on open
  // Never the --db value itself: a PostgreSQL URL may hold a password.
  std::cout << "forkant: " << describe_database(db) << " is up to date\n";
  return 0;
}

int user_add(const std::string& db, const std::string& email, const std::string& name,
             const std::optional<std::string>& org_name, const std::string& role_text,
             const std::string& language) {
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  Environment env(db);
  std::optional<std::int64_t> org_id;
  if (org_name) {
    if (auto existing = env.orgs.find_by_name(*org_name)) {
      org_id = existing->id;
    } else {
      auto created = env.orgs.create_org(Organisation{0, *org_name, OrgKind::municipality, std::nullopt, 3},
                                         std::nullopt);
      if (!created) {
        std::cerr << "forkant user add: organisation: " << created.error().code << "\n";
        return 1;
      }
      org_id = *created;
    }
  }
  auto user = env.accounts.create_user(email, name, password, language, std::nullopt);
  if (!user) {
    static const std::map<std::string, std::string> explain{
        {"password_too_short", "the password must have at least 12 characters"},
        {"password_too_long", "the password may have at most 128 characters"},
        {"password_common", "the password is one of the most common passwords"},
        {"invalid_email", "the e-mail address is not valid"},
        {"email_taken", "an account with this e-mail address exists already"},
        {"name_required", "the name is empty"}};
    auto it = explain.find(user.error().code);
    std::cerr << "forkant user add: " << (it != explain.end() ? it->second : user.error().code) << "\n";
    return 1;
  }
  if (org_id) env.orgs.add_member(*org_id, user->id, *parse_role(role_text), std::nullopt);
  std::cout << "created user " << user->id << " <" << user->email << ">";
  if (org_id) std::cout << " as " << role_text << " of organisation " << *org_id;
  std::cout << "\n";
  return 0;
}

int token_create(const std::string& db, const std::string& email, const std::string& name, int days) {
  Environment env(db);
  const auto user = env.accounts.find_user_by_email(email);
  if (!user) {
    std::cerr << "forkant token create: no account with e-mail " << email << "\n";
    return 1;
  }
  auto issued = env.accounts.create_api_token(user->id, name, days);
  if (!issued) {
    std::cerr << "forkant token create: " << issued.error().code << "\n";
    return 1;
  }
  std::cout << issued->token << "\n";
  std::cerr << "token " << issued->id << " \"" << name << "\" expires " << format_day(issued->expires_at)
            << "\n";
  return 0;
}

int token_revoke(const std::string& db, const std::string& email, std::int64_t token_id) {
  Environment env(db);
  const auto user = env.accounts.find_user_by_email(email);
  if (!user) {
    std::cerr << "forkant token revoke: no account with e-mail " << email << "\n";
    return 1;
  }
  if (!env.accounts.revoke_api_token(user->id, token_id, std::nullopt)) {
    std::cerr << "forkant token revoke: " << email << " has no token " << token_id << "\n";
    return 1;
  }
  std::cout << "revoked token " << token_id << "\n";
  return 0;
}

}  // namespace forkant::cli
