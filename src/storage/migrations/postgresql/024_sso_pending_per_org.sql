-- Single sign-ons under way are counted per organisation at every start (services/oidc_sign_in.cpp: at
-- most 2,000 at once), so that anonymous starts cannot fill the table.
CREATE INDEX sso_pending_org ON sso_pending(org_id);
