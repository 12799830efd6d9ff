package org.motcua.signature;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Signs PDFs: PAdES-B-B, or PAdES-B-T with a timestamp authority, SHA-256, optionally
 * with a visible stamp drawn natively (text in the stamp font, embedded). Invisible
 * PAdES-B-B signatures, the common case (receipts, slips, digitized papers), are made by
 * {@link InvisibleSigning} with PDFBox and BouncyCastle at a fraction of DSS's CPU;
 * stamped and timestamped signatures, and PDFs it leaves aside, by DSS.
 */
class PadesSigning {

	static final String SIGNED_TEXT = "Đã ký số";

	private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

	private final TSPSource timestamps;

	private final byte[] stampFont;

	private final Clock clock;

	private final ZoneId zone;

	private final InvisibleSigning invisible = new InvisibleSigning();

	/**
	 * @param timestamps the timestamp authority, or {@code null} for PAdES-B-B
	 */
	PadesSigning(TSPSource timestamps, Path stampFont, Clock clock, ZoneId zone) {
		this.timestamps = timestamps;
		this.clock = clock;
		this.zone = zone;
		try {
			this.stampFont = Files.readAllBytes(stampFont);
		}
		catch (IOException ex) {
			throw new IllegalStateException("motcua.signature.stamp-font: cannot read " + stampFont
					+ " (install Debian's fonts-dejavu-core or point it at a TrueType font with Vietnamese letters)",
					ex);
		}
	}

	SignatureLevel level() {
		return this.timestamps == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T;
	}

	byte[] sign(byte[] pdf, SigningKey key, Stamp stamp) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		if (stamp == null && this.timestamps == null) {
			byte[] signed = this.invisible.sign(pdf, key, now);
			if (signed != null) {
				return signed;
			}
		}
		DSSDocument document = new InMemoryDocument(pdf);
		CertificateToken certificate = key.certificate();
		PAdESSignatureParameters parameters = new PAdESSignatureParameters();
		parameters.setSignatureLevel(level());
		parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setSigningCertificate(certificate);
		parameters.setCertificateChain(key.chain());
		parameters.bLevel().setSigningDate(Date.from(now));
		parameters.setReason(SIGNED_TEXT);
		parameters.setSignerName(commonName(certificate));
		if (stamp != null) {
			parameters.setImageParameters(appearance(stamp, commonName(certificate), now));
		}
		PAdESService service = new PAdESService(new CommonCertificateVerifier());
		service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
		if (this.timestamps != null) {
			service.setTspSource(this.timestamps);
		}
		ToBeSigned data = service.getDataToSign(document, parameters);
		DSSDocument signed = service.signDocument(document, parameters, key.sign(data, DigestAlgorithm.SHA256));
		try (InputStream in = signed.openStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SignatureImageParameters appearance(Stamp stamp, String signer, Instant at) {
		SignatureFieldParameters field = new SignatureFieldParameters();
		field.setPage(stamp.page());
		field.setOriginX(stamp.x());
		field.setOriginY(stamp.y());
		field.setWidth(stamp.width());
		field.setHeight(stamp.height());
		SignatureImageTextParameters text = new SignatureImageTextParameters();
		DSSFileFont font = new DSSFileFont(new InMemoryDocument(this.stampFont));
		font.setSize(9);
		text.setFont(font);
		text.setText(
				SIGNED_TEXT + "\n" + (signer == null ? "" : signer) + "\n" + STAMP_TIME.format(at.atZone(this.zone)));
		text.setTextWrapping(TextWrapping.FILL_BOX);
		text.setTextColor(new Color(0xB0, 0x10, 0x10));
		text.setBackgroundColor(Color.WHITE);
		text.setPadding(4);
		SignatureImageParameters image = new SignatureImageParameters();
		image.setFieldParameters(field);
		image.setTextParameters(text);
		return image;
	}

	/** The certificate's common name, or its whole subject when it has none. */
	static String commonName(CertificateToken certificate) {
		X500Name subject = X500Name.getInstance(certificate.getCertificate().getSubjectX500Principal().getEncoded());
		RDN[] names = subject.getRDNs(BCStyle.CN);
		return names.length == 0 ? subject.toString() : IETFUtils.valueToString(names[0].getFirst().getValue());
	}

}
