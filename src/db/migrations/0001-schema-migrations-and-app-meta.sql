-- Bookkeeping: which migrations this database has, and facts about the installation.

CREATE TABLE schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  -- sha256 of the file as applied: an edited migration is refused at start
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_meta (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
