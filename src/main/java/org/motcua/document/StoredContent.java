package org.motcua.document;

/** Bytes held by the storage: their SHA-256 (lowercase hex) and their size in bytes. */
record StoredContent(String sha256, long size) {

}
