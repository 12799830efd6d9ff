package org.motcua.signature;

import java.util.List;

/**
 * What validating a PDF found.
 *
 * @param signatures its signatures, in the order they were made
 * @param coversWholeDocument whether an intact signature covers the whole file (nothing
 * was added after the last signature)
 */
public record SignatureReport(List<SignatureCheck> signatures, boolean coversWholeDocument) {

	public SignatureReport {
		signatures = List.copyOf(signatures);
	}

	/** Whether the PDF carries at least one signature. */
	public boolean isSigned() {
		return !this.signatures.isEmpty();
	}

	/**
	 * Whether the PDF is signed, every signature is intact and the last one covers the
	 * whole file.
	 */
	public boolean isIntact() {
		return isSigned() && this.coversWholeDocument && this.signatures.stream().allMatch(SignatureCheck::intact);
	}

}
