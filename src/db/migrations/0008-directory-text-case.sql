-- The words of the directory, the board and the knowledge search in lower case on every database. to_tsvector lowers
-- letters by the database's character type: under the C locale (a server made with --no-locale)
-- it leaves Å, Ä, Ö and other capitals outside ASCII as they are, so "Äldre" at the start of a
-- description would never meet the typed "äldre" there, while PGlite and UTF-8 servers find it.
-- translate() works character by character everywhere, as in name_key (migration 0006).
CREATE FUNCTION samverka_lower(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(translate(t, 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ', 'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ')) $$;

DROP INDEX actors_tsv_idx;
ALTER TABLE actors DROP COLUMN tsv;
ALTER TABLE actors ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('swedish'::regconfig, samverka_lower(name)), 'A')
  || setweight(to_tsvector('swedish'::regconfig, samverka_lower(description)), 'B')
  || setweight(to_tsvector('swedish'::regconfig, samverka_lower(capacity)), 'C')
) STORED;
CREATE INDEX actors_tsv_idx ON actors USING GIN (tsv);

DROP INDEX challenges_tsv_idx;
ALTER TABLE challenges DROP COLUMN tsv;
ALTER TABLE challenges ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('swedish'::regconfig, samverka_lower(title)), 'A')
  || setweight(to_tsvector('swedish'::regconfig, samverka_lower(description)), 'B')
) STORED;
CREATE INDEX challenges_tsv_idx ON challenges USING GIN (tsv);

-- The knowledge pages and the glossary likewise (the index is filled again at every start).
DROP INDEX search_documents_tsv_idx;
ALTER TABLE search_documents DROP COLUMN tsv;
ALTER TABLE search_documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE lang WHEN 'sv' THEN 'swedish'::regconfig ELSE 'english'::regconfig END, samverka_lower(title)), 'A')
  || setweight(to_tsvector(CASE lang WHEN 'sv' THEN 'swedish'::regconfig ELSE 'english'::regconfig END, samverka_lower(terms)), 'B')
  || setweight(to_tsvector(CASE lang WHEN 'sv' THEN 'swedish'::regconfig ELSE 'english'::regconfig END, samverka_lower(body)), 'C')
) STORED;
CREATE INDEX search_documents_tsv_idx ON search_documents USING GIN (tsv);
