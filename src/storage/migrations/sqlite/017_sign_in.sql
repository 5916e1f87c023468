-- Single sign-on per organisation with OpenID Connect (issue 16, services/oidc_sign_in.hpp).
-- The settings: the provider (issuer), our client at it, the client secret sealed under the key outside the
-- database (services/secret_box.hpp: "sb1:..."), the claim that carries groups, and whether the
-- organisation's members may still sign in with a local password.
CREATE TABLE org_sign_in (
  org_id               INTEGER PRIMARY KEY REFERENCES organisations(id),
  enabled              INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  issuer               TEXT NOT NULL DEFAULT '',
  client_id            TEXT NOT NULL DEFAULT '',
  client_secret_sealed TEXT NOT NULL DEFAULT '',
  group_claim          TEXT NOT NULL DEFAULT 'groups',
  passwords_allowed    INTEGER NOT NULL DEFAULT 1 CHECK (passwords_allowed IN (0, 1)),
  updated_at           INTEGER NOT NULL
);
-- The e-mail domains the login page sends to an organisation's provider: one organisation per domain.
CREATE TABLE org_sign_in_domains (
  domain TEXT PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id)
);
CREATE INDEX org_sign_in_domains_org ON org_sign_in_domains(org_id);
-- Which of the provider's groups give which role (the highest wins; no mapped group: no entry).
CREATE TABLE org_sign_in_groups (
  org_id     INTEGER NOT NULL REFERENCES organisations(id),
  group_name TEXT NOT NULL,
  role       TEXT NOT NULL CHECK (role IN ('owner', 'coordinator', 'leader', 'viewer')),
  PRIMARY KEY (org_id, group_name)
);
-- Sign-ins between the start and the callback: the state only as a hash, deleted when the callback
-- takes it (single use) or, once expired, when a later sign-in starts.
CREATE TABLE sso_pending (
  state_hash    TEXT PRIMARY KEY,
  org_id        INTEGER NOT NULL REFERENCES organisations(id),
  nonce         TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  return_path   TEXT NOT NULL,
  expires_at    INTEGER NOT NULL
);
CREATE INDEX sso_pending_expires ON sso_pending(expires_at);
-- Who a provider's subject is here: (issuer, sub) is the stable identity (an e-mail address may change).
CREATE TABLE external_identities (
  issuer     TEXT NOT NULL,
  subject    TEXT NOT NULL,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  org_id     INTEGER NOT NULL REFERENCES organisations(id),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX external_identities_user ON external_identities(user_id);
