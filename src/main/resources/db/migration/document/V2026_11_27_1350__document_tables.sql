-- Files stored once by the SHA-256 of their bytes; the bytes live in the document storage.
CREATE TABLE stored_file (
  sha256          VARCHAR(64) NOT NULL PRIMARY KEY,
  size            BIGINT NOT NULL,
  media_type      VARCHAR(255) NOT NULL,
  first_stored_at TIMESTAMP WITH TIME ZONE NOT NULL,
  original_name   VARCHAR(255)
);
