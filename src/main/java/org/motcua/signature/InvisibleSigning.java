package org.motcua.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a PDF invisibly, PAdES-B-B, with PDFBox's incremental save and the CMS of
 * {@link PadesCms}, for about a third of the CPU of DSS's {@code PAdESService} (a 41 KB
 * receipt: 3–4 ms instead of 10–14 ms with an EC P-256 key, half of it the key's
 * signature), which saves the document twice (once for the digest, once to sign), then
 * copies the signed PDF byte by byte to put the signature in place and looks its CMS
 * generator up through {@code ServiceLoader} at every signature. Here the PDF is read
 * once, saved once as an appended revision (the original bytes stay a prefix), its byte
 * ranges hashed, and the CMS written into the space reserved for it.
 * <p>
 * The revision adds an invisible signature field and its signature dictionary: Filter
 * Adobe.PPKLite, SubFilter ETSI.CAdES.detached, Name the signer's common name, Reason
 * {@value PadesSigning#SIGNED_TEXT}, M the signing time. Encrypted PDFs and PDFs under a
 * certification signature ({@code /Perms}) are left to DSS, which checks what they
 * permit.
 */
final class InvisibleSigning {

	/** A PDF date in UTC, as PDFBox writes it (its own formatting costs more). */
	private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'+00''00'''")
		.withZone(ZoneOffset.UTC);

	private final PadesCms cms = new PadesCms();

	private final MessageDigest sha256;

	InvisibleSigning() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The signed PDF, or {@code null} when the PDF is one to leave to DSS (encrypted,
	 * certified).
	 * @throws IllegalArgumentException when the bytes are not a PDF PDFBox can read
	 */
	byte[] sign(byte[] pdf, SigningKey key, Instant at) {
		PDDocument document;
		try {
			document = Loader.loadPDF(pdf);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a readable PDF: " + ex.getMessage(), ex);
		}
		try (document; SignatureOptions options = new SignatureOptions()) {
			if (document.isEncrypted() || document.getDocumentCatalog().getCOSObject().containsKey(COSName.PERMS)) {
				return null;
			}
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(PadesSigning.commonName(key.certificate()));
			signature.setReason(PadesSigning.SIGNED_TEXT);
			signature.getCOSObject().setString(COSName.M, PDF_DATE.format(at));
			options.setPreferredSignatureSize(PadesCms.sizeBound(key));
			document.addSignature(signature, options);
			ByteArrayOutputStream out = new ByteArrayOutputStream(
					pdf.length + 2 * options.getPreferredSignatureSize() + 4096);
			ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
			external.setSignature(this.cms.sign(digest(external.getContent()), key));
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot sign the PDF: " + ex.getMessage(), ex);
		}
	}

	private byte[] digest(InputStream content) throws IOException {
		MessageDigest digest = clone(this.sha256);
		byte[] buffer = new byte[16384];
		try (content) {
			for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return digest.digest();
	}

	/** A fresh digest cloned from the prototype: no provider lookup per signature. */
	private static MessageDigest clone(MessageDigest prototype) {
		try {
			return (MessageDigest) prototype.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
