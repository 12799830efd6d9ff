-- The text recognized on stored documents, a row per page, with a folded copy (lower case,
-- without accents, đ as d) to search in.
CREATE TABLE document_text (
  sha256        VARCHAR(64) NOT NULL,
  page          INTEGER NOT NULL,
  text          TEXT NOT NULL,
  folded_text   TEXT NOT NULL,
  languages     VARCHAR(100) NOT NULL,
  recognized_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (sha256, page)
);
