-- The directory of idéburna organisations and social enterprises (actors), the board of societal
-- challenges and initiatives, and the interest organisations register in them.
--
-- pg_trgm gives fuzzy name matching. It is a trusted extension (PostgreSQL 13 and later), so the
-- owner of the database may create it without being a superuser; PGlite loads it at start.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One entry of the directory per organisationsnummer. An entry is kept by the members of the
-- organisation (tenant) that claimed it; before that it came from an import by the operator or a
-- suggestion by a public body, and a suggestion is not listed until it is claimed.
CREATE TABLE actors (
  id uuid PRIMARY KEY,
  -- ten digits without a hyphen, check digit validated before it is written
  orgnr text NOT NULL UNIQUE CHECK (orgnr ~ '^[0-9]{10}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('ideburen', 'social-enterprise')),
  -- a legal form id of the case contract; null when not known
  legal_form text CHECK (
    legal_form IN ('ideell-forening', 'stiftelse', 'ekonomisk-forening', 'svb-aktiebolag',
                   'aktiebolag', 'trossamfund', 'other')
  ),
  -- the organisation whose members keep the entry; null until it is claimed
  organisation_id uuid UNIQUE REFERENCES organisations (id) ON DELETE SET NULL,
  -- member: made by the organisation itself; import: by the operator; suggestion: by a public body
  source text NOT NULL CHECK (source IN ('member', 'import', 'suggestion')),
  suggested_by uuid REFERENCES organisations (id) ON DELETE SET NULL,
  -- shown in the directory, its search and its matching
  listed boolean NOT NULL,
  -- in Kammarkollegiet's register of idéburna organisationer; null when not known
  registered_ideburen boolean,
  registered_ideburen_on date,
  -- work integration: its main aim, and the share of staff who are disadvantaged (0..1)
  work_integration_main_aim boolean,
  disadvantaged_staff_share numeric(4, 3) CHECK (disadvantaged_staff_share BETWEEN 0 AND 1),
  -- areas served as given: kommun codes (4 digits), län codes (2 digits), SE for the whole country
  area_codes text[] NOT NULL DEFAULT '{}',
  -- area_codes plus the län of every kommun in it, so that a län finds its kommuner's actors
  area_index text[] NOT NULL DEFAULT '{}',
  -- sdg-1 .. sdg-17 and plain theme ids (see src/domain/directory/goals.ts)
  goals text[] NOT NULL DEFAULT '{}',
  -- CPV codes with check digit of the services offered
  cpv text[] NOT NULL DEFAULT '{}',
  capacity text NOT NULL DEFAULT '' CHECK (length(capacity) <= 2000),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  contact_name text NOT NULL DEFAULT '' CHECK (length(contact_name) <= 200),
  contact_email text NOT NULL DEFAULT '' CHECK (length(contact_email) <= 254),
  contact_phone text NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 40),
  website text NOT NULL DEFAULT '' CHECK (length(website) <= 300),
  -- past collaborations: [{title, partner, year, form, goals, description}]
  collaborations jsonb NOT NULL DEFAULT '[]',
  -- the day a member last confirmed the entry is right
  last_confirmed_on date,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, name), 'A')
    || setweight(to_tsvector('swedish'::regconfig, description), 'B')
    || setweight(to_tsvector('swedish'::regconfig, capacity), 'C')
  ) STORED
);

CREATE INDEX actors_tsv_idx ON actors USING GIN (tsv);
CREATE INDEX actors_name_trgm_idx ON actors USING GIN (lower(name) gin_trgm_ops);
CREATE INDEX actors_area_index_idx ON actors USING GIN (area_index);
CREATE INDEX actors_goals_idx ON actors USING GIN (goals);
CREATE INDEX actors_cpv_idx ON actors USING GIN (cpv);
-- the directory's default order: by name, then number
CREATE INDEX actors_listed_name_idx ON actors (lower(name), orgnr) WHERE listed;

-- A societal challenge posted by a public body, or an initiative posted by an idéburen
-- organisation or social enterprise. The board is public; interest needs an organisation.
CREATE TABLE challenges (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('challenge', 'initiative')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
  goals text[] NOT NULL DEFAULT '{}',
  area_codes text[] NOT NULL DEFAULT '{}',
  area_index text[] NOT NULL DEFAULT '{}',
  cpv text[] NOT NULL DEFAULT '{}',
  starts_on date,
  ends_on date CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  -- estimated, whole term, excl. VAT
  budget_sek bigint CHECK (budget_sek >= 0),
  status text NOT NULL CHECK (status IN ('ide', 'dialog', 'upphandling-partnerskap', 'pagar', 'avslutad')),
  -- the facts of a case (case.schema.json) when the poster gave them; the engine assesses them
  case_facts jsonb,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, title), 'A')
    || setweight(to_tsvector('swedish'::regconfig, description), 'B')
  ) STORED
);

CREATE INDEX challenges_organisation_idx ON challenges (organisation_id);
CREATE INDEX challenges_board_idx ON challenges (status, created_at DESC, id);
CREATE INDEX challenges_tsv_idx ON challenges USING GIN (tsv);
CREATE INDEX challenges_area_index_idx ON challenges USING GIN (area_index);
CREATE INDEX challenges_goals_idx ON challenges USING GIN (goals);

-- An organisation's interest in a challenge: a conversation between the poster's organisation
-- and the interested one, seen by the members of those two only.
CREATE TABLE challenge_interests (
  id uuid PRIMARY KEY,
  challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (challenge_id, organisation_id)
);
CREATE INDEX challenge_interests_organisation_idx ON challenge_interests (organisation_id);

CREATE TABLE challenge_messages (
  id uuid PRIMARY KEY,
  interest_id uuid NOT NULL REFERENCES challenge_interests (id) ON DELETE CASCADE,
  -- which side wrote it: the poster's organisation or the interested one
  from_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL,
  seq bigserial NOT NULL
);
CREATE INDEX challenge_messages_interest_idx ON challenge_messages (interest_id, seq);
