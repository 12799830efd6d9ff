package org.motcua.document;

/**
 * A stored file: its SHA-256 (lowercase hex, its identity), size in bytes, media type and
 * file name.
 */
public record StoredFile(String sha256, long size, String mediaType, String filename) {

}
