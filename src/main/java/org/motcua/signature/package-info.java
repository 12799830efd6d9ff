/**
 * Digital signatures on PDFs: PAdES signing as an officer or an agency (invisible
 * PAdES-B-B signatures with PDFBox and BouncyCastle, stamped or timestamped ones with EU
 * DSS), and offline validation of the signatures of any PDF with DSS.
 *
 * <p>
 * Public face: the {@link org.motcua.signature.Signing} facade, the signer's identifier
 * {@link org.motcua.signature.SignerId}, the visible {@link org.motcua.signature.Stamp}
 * and the validation records ({@code SignatureReport}, {@code SignatureCheck},
 * {@code ChainStatus}). Keys come from one adapter chosen by
 * {@code motcua.signature.signer}: a directory of PKCS#12 key stores, a PKCS#11 token, or
 * a remote signing service (with a simulator). In demo mode a demo certificate authority
 * ("motcua DEMO CA — test only") issues test certificates to the demo signers. Publishes
 * no events and listens to none.
 *
 * <p>
 * Depends on {@code shared}, {@code platform}, {@code organization} and {@code account}
 * (names on the demo certificates).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "platform", "organization", "account" })
package org.motcua.signature;
