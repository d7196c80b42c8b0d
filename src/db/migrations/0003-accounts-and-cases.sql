-- Organisations (the tenants), their members, sign-in, API tokens, saved cases and the audit log.
-- Secrets are never stored: session ids, invitation links, reset links and API tokens are kept
-- as SHA-256 hashes of random values, passwords as argon2id hashes.

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- ten digits without a hyphen, check digit validated before it is written
  orgnr text UNIQUE CHECK (orgnr ~ '^[0-9]{10}$'),
  kind text NOT NULL CHECK (kind IN ('public-body', 'ideburen', 'social-enterprise')),
  -- a legal form id of the case contract (ideell-forening, stiftelse, ...), when known
  legal_form text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  -- stored as typed, compared in lower case
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- argon2id in PHC form; null for accounts that sign in only through an identity provider
  password_hash text,
  lang text NOT NULL DEFAULT 'sv' CHECK (lang IN ('sv', 'en')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE memberships (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'reader')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'reader')),
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid REFERENCES users (id) ON DELETE SET NULL,
  revoked_at timestamptz
);
CREATE INDEX invitations_organisation_idx ON invitations (organisation_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- the organisation the member is working in; one of the user's memberships
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  -- how the session began: password, oidc, invitation, sign-up
  method text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  -- the absolute end; idle sessions end earlier (see session-store.ts)
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE password_resets (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_resets_user_idx ON password_resets (user_id);

-- Failed sign-ins, counted per account and per address over a sliding window.
CREATE TABLE sign_in_failures (
  id bigserial PRIMARY KEY,
  account text NOT NULL,
  address text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX sign_in_failures_account_idx ON sign_in_failures (account, at);
CREATE INDEX sign_in_failures_address_idx ON sign_in_failures (address, at);

-- Fixed-window counters shared by every application instance (password reset, the API).
CREATE TABLE rate_limit_counters (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE,
  -- 'read' or 'write'; write includes read
  scope text NOT NULL CHECK (scope IN ('read', 'write')),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_organisation_idx ON api_tokens (organisation_id);

-- An organisation's own identity provider (OpenID Connect), chosen by the domain of an address.
CREATE TABLE oidc_providers (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  email_domain text NOT NULL UNIQUE CHECK (email_domain = lower(email_domain)),
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret text,
  -- the role of a member who signs in the first time through the provider
  default_role text NOT NULL DEFAULT 'reader' CHECK (default_role IN ('owner', 'editor', 'reader')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A sign-in through an identity provider that has begun and not yet come back.
CREATE TABLE oidc_flows (
  state text PRIMARY KEY,
  provider_id uuid NOT NULL REFERENCES oidc_providers (id) ON DELETE CASCADE,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  lang text NOT NULL,
  expires_at timestamptz NOT NULL
);

-- Mail to send: kept here when no SMTP server is configured, for the operator to read with
-- `samverka outbox`; with SMTP, a record of what was sent.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);

CREATE TABLE cases (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- the case facts, in the case contract's JSON format
  case_input jsonb NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'archived')),
  -- raised by every change; a change names the version it started from
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX cases_organisation_idx ON cases (organisation_id, updated_at DESC);

-- Every assessment of a case, the first and each re-assessment, with the rules it was made under.
CREATE TABLE case_assessments (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- the start date the rules were chosen by
  as_of date NOT NULL,
  rule_set_id text NOT NULL,
  -- fingerprint of the rule data of this version of samverka, and the values the assessment used
  rules_version text NOT NULL,
  rule_values jsonb NOT NULL,
  -- the assessment in the assessment contract's JSON format (Swedish texts)
  assessment jsonb NOT NULL,
  assessed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  assessed_at timestamptz NOT NULL
);
CREATE INDEX case_assessments_case_idx ON case_assessments (case_id, assessed_at);

CREATE TABLE case_notes (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  created_at timestamptz NOT NULL
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id, created_at);

CREATE TABLE case_decisions (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- the collaboration form chosen (a form id of the contract)
  form_id text NOT NULL,
  motivation text NOT NULL CHECK (length(motivation) BETWEEN 1 AND 10000),
  -- the assessment the decision was made on
  assessment_id uuid NOT NULL REFERENCES case_assessments (id) ON DELETE CASCADE,
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- the name of who decided, kept with the decision as part of the record
  decided_by_name text NOT NULL,
  decided_at timestamptz NOT NULL
);
CREATE INDEX case_decisions_case_idx ON case_decisions (case_id, decided_at);

-- Who did what, per organisation. Append-only: the triggers below refuse every change and
-- deletion, and no foreign key may cascade into it. Actors are ids only, so deleting a user's
-- personal data leaves the record of what was done without saying who the person was.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL,
  -- a user, or null for an API token (actor_token_id) or the command line
  actor_user_id uuid,
  actor_token_id uuid,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_organisation_idx ON audit_log (organisation_id, id DESC);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
