#include "services/oidc_sign_in.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "domain/accounts/id_token_rules.hpp"
#include "domain/percent_encoding.hpp"
#include "services/oidc_token_check.hpp"
#include "services/secrets.hpp"

namespace forkant {
namespace {

using nlohmann::json;

bool is_last_owner(const std::vector<MemberView>& members, std::int64_t user_id) {
  return std::none_of(members.begin(), members.end(),
                      [&](const MemberView& m) { return m.role == Role::owner && m.user_id != user_id; });
}

constexpr std::int64_t kPendingSeconds = 600;  // from the start to the callback
// Sign-ins under way per organisation: far above a morning's rush (a pending sign-in lasts until its
// callback, at most 10 minutes), and a bound on what anonymous starts can write.
constexpr int kMaxPendingPerOrg = 2000;
constexpr std::size_t kMaxReturnPath = 1000;  // a longer one goes home instead (it is only a convenience)
constexpr int kBusyRetrySeconds = 60;
constexpr std::int64_t kDiscoverySeconds = 3600;        // the discovery document is kept an hour
constexpr std::int64_t kUnknownKidRefetchSeconds = 60;  // one fetch per unknown kid a minute
constexpr std::size_t kMaxRememberedKids = 64;

Error sso_error(const std::string& code) {
  return Error::invalid(code, "error." + code);
}

std::string hex(std::string_view bytes) {
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  out.pop_back();
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool valid_domain(std::string_view d) {
  if (d.empty() || d.size() > 253 || d.front() == '.' || d.back() == '.' ||
      d.find('.') == std::string_view::npos) {
    return false;
  }
  return std::all_of(d.begin(), d.end(), [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

}  // namespace

std::string pkce_s256_challenge(std::string_view verifier) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(verifier.data()), verifier.size());
  char out[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, digest, sizeof digest, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

bool provider_url_allowed(std::string_view url) {
  std::string_view rest;
  bool https = false;
  if (url.rfind("https://", 0) == 0) {
    rest = url.substr(8);
    https = true;
  } else if (url.rfind("http://", 0) == 0) {
    rest = url.substr(7);
  } else {
    return false;
  }
  if (url.find('#') != std::string_view::npos) return false;
  const std::string_view authority = rest.substr(0, rest.find_first_of("/?"));
  if (authority.empty() || authority.find('@') != std::string_view::npos) return false;
  if (https) return true;
  // Plain http only to this machine: a test's provider on loopback.
  std::string_view host = authority;
  if (host.front() == '[') {
    host = host.substr(0, host.find(']') + 1);
  } else {
    host = host.substr(0, host.find(':'));
  }
  return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

struct OidcSignInService::Provider {
  std::string issuer;
  std::string authorization_endpoint;
  std::string token_endpoint;
  std::string jwks_uri;
  bool sends_iss = false;  // authorization_response_iss_parameter_supported
  std::int64_t fetched_at = 0;
};

OidcSignInService::OidcSignInService(SignInStore& store, OrgStore& orgs, AccountStore& account_store,
                                     AccountService& accounts, AuditStore& audit, Transactor& tx,
                                     const Clock& clock, const SecretBox& box, HttpFetcher& http)
    : store_(store),
      orgs_(orgs),
      account_store_(account_store),
      accounts_(accounts),
      audit_(audit),
      tx_(tx),
      clock_(clock),
      box_(box),
      http_(http) {}

OidcSignInService::~OidcSignInService() = default;

Status OidcSignInService::save_settings(std::int64_t org_id, std::int64_t actor, SignInSettings next,
                                        std::string_view client_secret) {
  if (!box_.has_key()) return sso_error("sso_no_key");
  const auto current = store_.sign_in_settings(org_id);
  next.org_id = org_id;
  // Kept exactly as typed (a trailing slash included): the id_token's iss is compared as a string.
  while (!next.issuer.empty() && std::isspace(static_cast<unsigned char>(next.issuer.back())) != 0) {
    next.issuer.pop_back();
  }
  while (!next.issuer.empty() && std::isspace(static_cast<unsigned char>(next.issuer.front())) != 0) {
    next.issuer.erase(0, 1);
  }
  if (next.enabled || !next.issuer.empty()) {
    if (!provider_url_allowed(next.issuer)) return sso_error("sso_issuer_invalid");
  }
  if (next.enabled && next.client_id.empty()) return sso_error("sso_client_id_missing");
  if (next.group_claim.empty() || next.group_claim.size() > 100) return sso_error("sso_group_claim_invalid");
  if (!client_secret.empty()) {
    next.client_secret_sealed = box_.seal(client_secret);
  } else {
    next.client_secret_sealed = current ? current->client_secret_sealed : "";
  }
  if (next.enabled && next.client_secret_sealed.empty()) return sso_error("sso_client_secret_missing");
  for (auto& d : next.email_domains) {
    d = lower(d);
    if (!valid_domain(d)) return sso_error("sso_domain_invalid");
    const auto claimant = store_.org_claiming_domain(d);
    if (claimant && *claimant != org_id) return Error::conflict("sso_domain_taken", "error.sso_domain_taken");
  }
  for (const auto& m : next.group_roles) {
    if (m.group.empty() || m.group.size() > 200) return sso_error("sso_mapping_invalid");
  }
  if (!next.passwords_allowed && !next.enabled) return sso_error("sso_passwords_need_sso");
  const auto now = clock_.now();
  tx_.transaction([&] {
    store_.save_sign_in_settings(next, now);
    // The detail names what changed in general terms; never the secret.
    std::string detail = next.enabled ? "on" : "off";
    if (!client_secret.empty()) detail += ", secret replaced";
    if (!next.passwords_allowed) detail += ", passwords off";
    audit_.append_audit({org_id, actor, "sso.settings_saved", "org:" + std::to_string(org_id), detail}, now);
  });
  return ok_status();
}

std::optional<std::int64_t> OidcSignInService::org_for_email(std::string_view email) {
  const auto at = email.rfind('@');
  if (at == std::string_view::npos) return std::nullopt;
  const std::string domain = lower(email.substr(at + 1));
  if (!valid_domain(domain)) return std::nullopt;
  const auto s = store_.sign_in_for_domain(domain);
  if (!s) return std::nullopt;
  return s->org_id;
}

Result<std::shared_ptr<const OidcSignInService::Provider>> OidcSignInService::provider(
    const std::string& issuer) {
  const auto now = clock_.now();
  {
    std::lock_guard lock(mutex_);
    auto it = providers_.find(issuer);
    if (it != providers_.end() && now - it->second->fetched_at < kDiscoverySeconds) return it->second;
  }
  const auto unavailable = sso_error("sso_provider_unavailable");
  if (!provider_url_allowed(issuer)) return unavailable;
  // OpenID Connect Discovery 4: the issuer without its trailing slash, then the well-known path.
  std::string base = issuer;
  if (!base.empty() && base.back() == '/') base.pop_back();
  const HttpResult r = http_.get(base + "/.well-known/openid-configuration");
  if (r.status != 200) return unavailable;
  const json doc = json::parse(r.body, nullptr, false);
  if (!doc.is_object()) return unavailable;
  auto p = std::make_shared<Provider>();
  p->issuer = doc.value("issuer", "");
  p->authorization_endpoint = doc.value("authorization_endpoint", "");
  p->token_endpoint = doc.value("token_endpoint", "");
  p->jwks_uri = doc.value("jwks_uri", "");
  p->sends_iss = doc.value("authorization_response_iss_parameter_supported", false);
  p->fetched_at = now;
  // The document must be the issuer's own (OpenID Connect Discovery 4.3), and every endpoint https.
  if (p->issuer != issuer || !provider_url_allowed(p->authorization_endpoint) ||
      !provider_url_allowed(p->token_endpoint) || !provider_url_allowed(p->jwks_uri)) {
    return unavailable;
  }
  std::lock_guard lock(mutex_);
  providers_[issuer] = p;
  return std::shared_ptr<const Provider>(p);
}

std::shared_ptr<const JsonWebKeySet> OidcSignInService::keys(const Provider& p, bool refresh) {
  {
    std::lock_guard lock(mutex_);
    auto it = key_cache_.find(p.jwks_uri);
    if (it != key_cache_.end() && !refresh) return it->second.keys;
  }
  const HttpResult r = http_.get(p.jwks_uri);
  auto parsed = r.status == 200 ? JsonWebKeySet::parse(r.body) : std::nullopt;
  std::lock_guard lock(mutex_);
  auto& slot = key_cache_[p.jwks_uri];
  if (parsed) {
    slot.keys = std::make_shared<const JsonWebKeySet>(std::move(*parsed));
    slot.fetched_at = clock_.now();
  }
  return slot.keys;  // a failed fetch keeps the keys we had
}

Result<std::string> OidcSignInService::verify_signature(const Provider& p, const std::string& id_token) {
  auto set = keys(p, false);
  if (!set) return sso_error("sso_provider_unavailable");
  auto payload = set->verify(id_token);
  if (payload || payload.error().code != "id_token_unknown_key") return payload;
  // A key id we do not hold: the provider may have rotated its keys. Fetch the set again, but only once a
  // minute for the same key id, so that tokens naming made-up keys do not turn into a flood of fetches.
  const auto header = read_jws_header(id_token);
  const std::string kid = header && header->kid ? *header->kid : "";
  const auto now = clock_.now();
  {
    std::lock_guard lock(mutex_);
    auto it = unknown_kids_.find(kid);
    if (it != unknown_kids_.end() && now - it->second < kUnknownKidRefetchSeconds) return payload;
    if (unknown_kids_.size() >= kMaxRememberedKids) unknown_kids_.clear();
    unknown_kids_[kid] = now;
  }
  set = keys(p, true);
  if (!set) return sso_error("sso_provider_unavailable");
  return set->verify(id_token);
}

void OidcSignInService::audit_refusal(std::int64_t org_id, const std::string& code) {
  audit_.append_audit({org_id, std::nullopt, "sso.refused", "org:" + std::to_string(org_id), code},
                      clock_.now());
}

Result<SignInStart> OidcSignInService::start(std::int64_t org_id, std::string_view redirect_uri,
                                             std::string_view return_path) {
  const auto s = store_.sign_in_settings(org_id);
  if (!s || !s->enabled) return Error::not_found();
  auto p = provider(s->issuer);
  if (!p) return p.error();
  PendingSignIn pending;
  const std::string state = random_token();
  pending.state_hash = hex(token_hash(state));
  pending.org_id = org_id;
  pending.nonce = random_token();
  pending.code_verifier = random_token();  // 43 characters of RFC 7636's alphabet
  pending.return_path = return_path.size() > kMaxReturnPath ? "/" : std::string(return_path);
  const auto now = clock_.now();
  pending.expires_at = now + kPendingSeconds;
  if (!store_.insert_pending_sign_in(pending, now, kMaxPendingPerOrg)) {
    return Error{ErrorKind::too_many,
                 "sso_busy",
                 "error.sso_busy",
                 {{"retry_after", std::to_string(kBusyRetrySeconds)}}};
  }
  const std::string& endpoint = (*p)->authorization_endpoint;
  std::string url = endpoint + (endpoint.find('?') == std::string::npos ? "?" : "&");
  url += "response_type=code&scope=" + percent_encode("openid email profile") +
         "&client_id=" + percent_encode(s->client_id) + "&redirect_uri=" + percent_encode(redirect_uri) +
         "&state=" + percent_encode(state) + "&nonce=" + percent_encode(pending.nonce) +
         "&code_challenge=" + pkce_s256_challenge(pending.code_verifier) + "&code_challenge_method=S256";
  return SignInStart{url, state};
}

Result<SsoSignedIn> OidcSignInService::finish(const SignInCallback& cb, std::string_view redirect_uri,
                                              std::string_view replaced_session) {
  // The state must be this browser's (its cookie from the start), known, unused and fresh.
  if (cb.state.empty() || cb.state.size() != cb.cookie_state.size() ||
      !secrets_equal(cb.state, cb.cookie_state)) {
    return sso_error("sso_state");
  }
  const auto pending = store_.take_pending_sign_in(hex(token_hash(cb.state)));
  const auto now = clock_.now();
  if (!pending || pending->expires_at < now) return sso_error("sso_state");
  const std::int64_t org_id = pending->org_id;
  auto refuse = [&](const std::string& code) -> Result<SsoSignedIn> {
    audit_refusal(org_id, code);
    return sso_error(code);
  };
  const auto s = store_.sign_in_settings(org_id);
  if (!s || !s->enabled) return sso_error("sso_state");
  if (!cb.error.empty() || !cb.code || cb.code->empty()) return refuse("sso_provider_error");
  auto p = provider(s->issuer);
  if (!p) return p.error();
  if (!callback_issuer_ok(cb.iss, s->issuer, (*p)->sends_iss)) return refuse("sso_issuer_mismatch");
  const auto secret = box_.open(s->client_secret_sealed);
  if (!secret) return refuse("sso_no_key");
  const HttpResult token = http_.post_form((*p)->token_endpoint, {{"grant_type", "authorization_code"},
                                                                  {"code", *cb.code},
                                                                  {"redirect_uri", std::string(redirect_uri)},
                                                                  {"client_id", s->client_id},
                                                                  {"client_secret", *secret},
                                                                  {"code_verifier", pending->code_verifier}});
  if (token.status == 0) return sso_error("sso_provider_unavailable");
  if (token.status != 200) return refuse("sso_token_refused");
  const json body = json::parse(token.body, nullptr, false);
  if (!body.is_object() || !body.contains("id_token") || !body["id_token"].is_string()) {
    return refuse("id_token_malformed");
  }
  const std::string id_token = body["id_token"].get<std::string>();
  auto payload = verify_signature(**p, id_token);
  if (!payload) return refuse(payload.error().code);
  auto content = read_id_token_content(*payload, s->group_claim);
  if (!content) return refuse(content.error().code);
  if (auto problem = id_token_problem(content->claims, {s->issuer, s->client_id, pending->nonce, now})) {
    return refuse(*problem);
  }
  const auto role = role_for_groups(content->groups, s->group_roles);
  if (!role) return refuse("sso_not_mapped");

  const std::string email = lower(content->email);
  const std::string& subject = content->claims.sub;
  std::optional<User> user;
  std::optional<Error> failed;
  // A new account's password is a random one nobody knows: it signs in through its organisation.
  const std::string unusable_hash =
      store_.external_user(s->issuer, subject) ? "" : hash_password(random_token());
  tx_.transaction([&] {
    user.reset();
    failed.reset();
    if (const auto id = store_.external_user(s->issuer, subject)) {
      user = account_store_.find_user(*id);
    } else {
      if (email.empty() || email.find('@') == std::string::npos) {
        failed = sso_error("sso_email_missing");
        return;
      }
      user = account_store_.find_user_by_email(email);
      // An existing account is linked only when this organisation already counts it as a member: its
      // provider then speaks for someone the organisation knows, not for anyone with that address.
      if (user && !orgs_.role_of(org_id, user->id)) {
        failed = Error::conflict("sso_email_taken", "error.sso_email_taken");
        user.reset();
        return;
      }
      if (!user) {
        User fresh;
        fresh.email = email;
        fresh.name = content->name.empty() ? email : content->name;
        fresh.id = account_store_.insert_user(fresh, unusable_hash, now);
        user = fresh;
        audit_.append_audit({org_id, fresh.id, "user.created", "user:" + std::to_string(fresh.id), "sso"},
                            now);
      }
      store_.insert_external_identity(s->issuer, subject, user->id, org_id, now);
    }
    if (!user) {
      failed = sso_error("sso_state");
      return;
    }
    // The provider's groups are the truth: the role follows them at each sign-in, except that the
    // organisation's last owner stays one (else nobody could manage it, nor switch passwords back on).
    const auto had = orgs_.role_of(org_id, user->id);
    if (had == Role::owner && role != Role::owner && is_last_owner(orgs_.members(org_id), user->id)) {
      audit_.append_audit({org_id, user->id, "member.role_sync_kept_owner",
                           "user:" + std::to_string(user->id), std::string(role_name(*role))},
                          now);
    } else if (had != role) {
      orgs_.upsert_membership(org_id, user->id, *role, now);
      // The person's own entry: their provider's groups changed their membership.
      audit_.append_audit({org_id, user->id, had ? "member.role_synced" : "member.joined",
                           "user:" + std::to_string(user->id), std::string(role_name(*role))},
                          now);
    }
  });
  if (failed) return refuse(failed->code);
  // A new session id, as at a password sign-in (no fixation); the browser's old session ends.
  NewSession session{*user, random_token(), random_token()};
  tx_.transaction([&] {
    account_store_.insert_session(token_hash(session.token), user->id, session.csrf_token, now);
    audit_.append_audit(
        {std::nullopt, user->id, "session.signed_in", "user:" + std::to_string(user->id), "sso"}, now);
  });
  if (!replaced_session.empty()) accounts_.sign_out(replaced_session);
  return SsoSignedIn{std::move(session), org_id, pending->return_path};
}

}  // namespace forkant
