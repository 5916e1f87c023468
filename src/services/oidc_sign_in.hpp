#pragma once
// Single sign-on per organisation with OpenID Connect (docs/sign-in.md): the authorization-code flow with
// PKCE (S256), state and nonce; the callback's `iss` (RFC 9207); the code exchanged at the token endpoint
// for an id_token whose signature (the provider's JWKS, cached, fetched again when a token names a key id
// it does not hold, at most once a minute) and claims (domain/accounts/id_token_rules.hpp) are checked;
// the person's groups mapped to a role (domain/accounts/group_roles.hpp): a membership is created or its
// role re-synced at each sign-in, and nobody in no mapped group gets in. The provider does the second
// factor: a single sign-on session does not ask for TOTP.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/group_roles.hpp"
#include "domain/result.hpp"
#include "services/accounts.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"
#include "services/http_fetcher.hpp"
#include "services/organisations.hpp"
#include "services/secret_box.hpp"

namespace forkant {

class JsonWebKeySet;

struct SignInSettings {
  std::int64_t org_id = 0;
  bool enabled = false;
  std::string issuer;
  std::string client_id;
  std::string client_secret_sealed;  // SecretBox; never shown again, never logged
  std::string group_claim = "groups";
  std::vector<std::string> email_domains;  // lower case, e.g. "aarhus.dk": the login page's discovery
  bool passwords_allowed = true;           // false: the organisation's members sign in through it only
  std::vector<GroupRole> group_roles;
};

// One sign-in between the start and the callback: single use, a few minutes.
struct PendingSignIn {
  std::string state_hash;  // hex of token_hash(state)
  std::int64_t org_id = 0;
  std::string nonce;
  std::string code_verifier;
  std::string return_path;
  std::int64_t expires_at = 0;
};

class SignInStore {
 public:
  virtual ~SignInStore() = default;
  virtual std::optional<SignInSettings> sign_in_settings(std::int64_t org_id) = 0;
  // The enabled settings whose e-mail domains hold `domain` (lower case).
  virtual std::optional<SignInSettings> sign_in_for_domain(std::string_view domain) = 0;
  // Replaces the settings with their domains and group mappings. A domain another organisation claims
  // is a conflict (the unique key): the caller checks first.
  virtual void save_sign_in_settings(const SignInSettings& settings, std::int64_t now) = 0;
  virtual std::optional<std::int64_t> org_claiming_domain(std::string_view domain) = 0;
  // Also forgets every pending sign-in that expired before `now`. Stores nothing and returns false when
  // the organisation already has `limit` pending sign-ins (an anonymous flood of starts must not fill
  // the database).
  virtual bool insert_pending_sign_in(const PendingSignIn& pending, std::int64_t now, int limit) = 0;
  // Deletes and returns it: a second callback with the same state finds nothing.
  virtual std::optional<PendingSignIn> take_pending_sign_in(const std::string& state_hash) = 0;
  virtual std::optional<std::int64_t> external_user(std::string_view issuer, std::string_view subject) = 0;
  virtual void insert_external_identity(std::string_view issuer, std::string_view subject,
                                        std::int64_t user_id, std::int64_t org_id, std::int64_t now) = 0;
  // True when an organisation the user belongs to has switched local passwords off (with single sign-on on).
  virtual bool passwords_off_for(std::int64_t user_id) = 0;
};

// PKCE (RFC 7636): the S256 challenge of a verifier.
std::string pkce_s256_challenge(std::string_view verifier);
// https, or http on a loopback host only (a test's provider); no fragment, no user info.
bool provider_url_allowed(std::string_view url);

struct SignInStart {
  std::string redirect_url;  // the provider's authorization endpoint with our parameters
  std::string state;         // also set in a cookie by the web layer: the callback must come to this browser
};

struct SignInCallback {
  std::string state;                // the query's state
  std::string cookie_state;         // the browser's cookie from the start
  std::optional<std::string> code;  // absent: the provider answered with an error
  std::optional<std::string> iss;   // RFC 9207
  std::string error;                // the provider's error parameter, if any
};

struct SsoSignedIn {
  NewSession session;
  std::int64_t org_id = 0;
  std::string return_path;
};

class OidcSignInService {
 public:
  OidcSignInService(SignInStore& store, OrgStore& orgs, AccountStore& account_store, AccountService& accounts,
                    AuditStore& audit, Transactor& tx, const Clock& clock, const SecretBox& box,
                    HttpFetcher& http);
  ~OidcSignInService();
  OidcSignInService(const OidcSignInService&) = delete;
  OidcSignInService& operator=(const OidcSignInService&) = delete;

  std::optional<SignInSettings> settings(std::int64_t org_id) { return store_.sign_in_settings(org_id); }
  // Whether a client secret can be sealed (the server has a key: `forkant serve --key-file`).
  bool can_seal() const { return box_.has_key(); }

  // The owner's form. `client_secret` empty keeps the stored one. Errors: "sso_no_key" (no key to seal
  // with), "sso_issuer_invalid", "sso_client_id_missing", "sso_client_secret_missing",
  // "sso_group_claim_invalid", "sso_domain_invalid", "sso_domain_taken", "sso_mapping_invalid",
  // "sso_passwords_need_sso" (passwords off needs single sign-on on).
  Status save_settings(std::int64_t org_id, std::int64_t actor, SignInSettings next,
                       std::string_view client_secret);

  // The organisation whose single sign-on serves `email`'s domain, if one does.
  std::optional<std::int64_t> org_for_email(std::string_view email);

  // Errors: not_found (no such organisation or not switched on), "sso_provider_unavailable", "sso_busy"
  // (too_many, param retry_after: the organisation has as many sign-ins under way as it may have).
  Result<SignInStart> start(std::int64_t org_id, std::string_view redirect_uri, std::string_view return_path);

  // Errors (nothing changes, the person is told to try again): "sso_state" (unknown, used or expired, or
  // not this browser's), "sso_provider_error", "sso_issuer_mismatch" (RFC 9207), "sso_provider_unavailable",
  // "sso_token_refused" (the code was refused: replayed or expired), the id_token's codes (id_token_*),
  // "sso_not_mapped" (no mapped group), "sso_email_missing", "sso_email_taken".
  Result<SsoSignedIn> finish(const SignInCallback& callback, std::string_view redirect_uri,
                             std::string_view replaced_session);

  // False when an organisation the user belongs to signs in through its provider only: the login page
  // refuses the password (web/pages/sign_in.cpp).
  bool passwords_allowed_for(std::int64_t user_id) { return !store_.passwords_off_for(user_id); }

 private:
  struct Provider;
  // The discovery document of `issuer`, fetched once and kept an hour.
  Result<std::shared_ptr<const Provider>> provider(const std::string& issuer);
  // The provider's keys; fetched again when `refresh` and the last fetch is older than a minute.
  std::shared_ptr<const JsonWebKeySet> keys(const Provider& p, bool refresh);
  Result<std::string> verify_signature(const Provider& p, const std::string& id_token);
  void audit_refusal(std::int64_t org_id, const std::string& code);

  SignInStore& store_;
  OrgStore& orgs_;
  AccountStore& account_store_;
  AccountService& accounts_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  const SecretBox& box_;
  HttpFetcher& http_;

  std::mutex mutex_;  // guards the two caches
  std::map<std::string, std::shared_ptr<const Provider>> providers_;
  struct KeyCache {
    std::shared_ptr<const JsonWebKeySet> keys;
    std::int64_t fetched_at = 0;
  };
  std::map<std::string, KeyCache> key_cache_;         // by jwks_uri
  std::map<std::string, std::int64_t> unknown_kids_;  // key id -> when it last made us fetch the keys
};

}  // namespace forkant
