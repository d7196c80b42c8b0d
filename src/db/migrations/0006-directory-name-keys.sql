-- Keys of an actor's name that mean the same on every database, whatever its character type
-- (LC_CTYPE): lower() and pg_trgm leave Å, Ä and Ö as they are under the C locale, but lower-case
-- them under a UTF-8 one, so the name itself would sort and match differently on PGlite and on a
-- PostgreSQL server made with --no-locale. translate() works character by character everywhere.
--
-- name_key: the name in lower case (Latin-1 capitals by translate, the rest by lower()), to
-- sort the directory by. name_fold: the same without accents (å → a, é → e), for fuzzy matching
-- with pg_trgm, so that "Goteborg" finds "Göteborg" and trigrams never depend on the locale.
ALTER TABLE actors
  ADD COLUMN name_key text GENERATED ALWAYS AS (
    lower(translate(name, 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ', 'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ'))
  ) STORED,
  ADD COLUMN name_fold text GENERATED ALWAYS AS (
    lower(translate(name,
      'ÀÁÂÃÄÅàáâãäåÆæÇçÈÉÊËèéêëÌÍÎÏìíîïÐðÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿÞþß',
      'aaaaaaaaaaaaaacceeeeeeeeiiiiiiiiddnnoooooooooooouuuuuuuuyyytts'))
  ) STORED;

-- The trigram index on lower(name) is replaced by the one on name_fold.
DROP INDEX actors_name_trgm_idx;
CREATE INDEX actors_name_fold_trgm_idx ON actors USING GIN (name_fold gin_trgm_ops);
-- the directory's default order: by name, then number
CREATE INDEX actors_listed_name_key_idx ON actors (name_key, orgnr) WHERE listed;
