package org.motcua.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of paper an upload may be, told apart by their first bytes (never by file
 * name or declared type).
 */
enum PaperType {

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),

	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),

	TIFF_LITTLE_ENDIAN("image/tiff", new byte[] { 'I', 'I', '*', 0 }),

	TIFF_BIG_ENDIAN("image/tiff", new byte[] { 'M', 'M', 0, '*' });

	/** How many leading bytes {@link #of(byte[])} needs at most. */
	static final int SIGNATURE_LENGTH = 8;

	private final String mediaType;

	private final byte[] signature;

	PaperType(String mediaType, byte[] signature) {
		this.mediaType = mediaType;
		this.signature = signature;
	}

	String mediaType() {
		return this.mediaType;
	}

	boolean isImage() {
		return this != PDF;
	}

	/** The type whose signature {@code head} starts with, if any. */
	static Optional<PaperType> of(byte[] head) {
		return Arrays.stream(values()).filter(type -> type.matches(head)).findFirst();
	}

	private boolean matches(byte[] head) {
		return head.length >= this.signature.length
				&& Arrays.equals(head, 0, this.signature.length, this.signature, 0, this.signature.length);
	}

}
