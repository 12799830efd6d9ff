package org.motcua.signature;

import java.time.Instant;

/**
 * One signature of a PDF as validated.
 *
 * @param signer the signer's name (the certificate's common name), or {@code null} when
 * no signing certificate was found
 * @param signedAt the signing time the signature claims
 * @param timestampedAt the time of its signature timestamp (PAdES-B-T), or {@code null}
 * @param intact whether the signed bytes are unchanged and the signature value verifies
 * @param certificateSubject the signing certificate's subject, or {@code null}
 * @param chain whether the certificate chain reaches a trust anchor
 * @param level the signature's format and level ({@code PAdES-BASELINE-B},
 * {@code PAdES-BASELINE-T}…)
 */
public record SignatureCheck(String signer, Instant signedAt, Instant timestampedAt, boolean intact,
		String certificateSubject, ChainStatus chain, String level) {

}
