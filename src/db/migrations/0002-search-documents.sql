-- The full-text index of the knowledge pages and the glossary, one row per document and language.
-- The text search configuration follows the language, so Swedish words are stemmed as Swedish.

CREATE TABLE search_documents (
  id text NOT NULL,
  lang text NOT NULL CHECK (lang IN ('sv', 'en')),
  kind text NOT NULL CHECK (kind IN ('knowledge', 'glossary')),
  -- path without language, e.g. /kunskap/iop or /ordlista#anbud
  url text NOT NULL,
  title text NOT NULL,
  -- extra words weighted almost as high as the title: a glossary entry's terms of both sides
  terms text NOT NULL DEFAULT '',
  body text NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE lang WHEN 'sv' THEN 'swedish'::regconfig ELSE 'english'::regconfig END, title), 'A')
    || setweight(to_tsvector(CASE lang WHEN 'sv' THEN 'swedish'::regconfig ELSE 'english'::regconfig END, terms), 'B')
    || setweight(to_tsvector(CASE lang WHEN 'sv' THEN 'swedish'::regconfig ELSE 'english'::regconfig END, body), 'C')
  ) STORED,
  PRIMARY KEY (id, lang)
);

CREATE INDEX search_documents_tsv_idx ON search_documents USING GIN (tsv);
