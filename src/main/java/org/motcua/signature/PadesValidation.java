package org.motcua.signature;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;

/**
 * Validates the signatures of any PDF with DSS, offline: no AIA, OCSP or CRL source is
 * consulted, so nothing leaves the machine; certificates chain to the trust anchors or
 * are untrusted. Intact means the signed byte ranges hash to what the signature signed
 * and the signature value verifies with the signing certificate's key.
 */
class PadesValidation {

	private final TrustAnchors anchors;

	/** DSS's default policy, read once (reading it costs more than a validation). */
	private final ValidationPolicy policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();

	PadesValidation(TrustAnchors anchors) {
		this.anchors = anchors;
	}

	SignatureReport validate(byte[] pdf) {
		if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
			throw new SigningRefused("not-pdf", "Not a PDF");
		}
		DiagnosticData diagnostics;
		try {
			PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
			validator.setPdfObjFactory(new PdfBoxNativeObjectFactory());
			validator.setCertificateVerifier(verifier());
			validator.setEnableEtsiValidationReport(false);
			diagnostics = validator.validateDocument(this.policy).getDiagnosticData();
		}
		catch (RuntimeException ex) {
			throw new SigningRefused("unreadable", "The PDF cannot be read: " + ex.getMessage(), ex);
		}
		List<SignatureWrapper> signatures = diagnostics.getSignatures()
			.stream()
			.sorted(Comparator.comparing(SignatureWrapper::getClaimedSigningTime,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
		boolean covered = signatures.stream()
			.anyMatch(s -> intact(s)
					&& s.getSignatureScopes().stream().anyMatch(scope -> scope.getScope() == SignatureScopeType.FULL));
		return new SignatureReport(signatures.stream().map(PadesValidation::check).toList(), covered);
	}

	private CommonCertificateVerifier verifier() {
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setAIASource(null);
		verifier.setOcspSource(null);
		verifier.setCrlSource(null);
		verifier.setTrustedCertSources(this.anchors.source());
		return verifier;
	}

	private static boolean intact(SignatureWrapper signature) {
		return signature.isSignatureIntact() && signature.isSignatureValid();
	}

	private static SignatureCheck check(SignatureWrapper signature) {
		CertificateWrapper certificate = signature.getSigningCertificate();
		ChainStatus chain = certificate == null ? ChainStatus.UNKNOWN
				: signature.isTrustedChain() ? ChainStatus.TRUSTED : ChainStatus.UNTRUSTED;
		Instant timestamped = signature.getSignatureTimestamps()
			.stream()
			.filter(TimestampWrapper::isMessageImprintDataIntact)
			.map(TimestampWrapper::getProductionTime)
			.map(Date::toInstant)
			.min(Comparator.naturalOrder())
			.orElse(null);
		return new SignatureCheck(certificate == null ? null : certificate.getCommonName(),
				instant(signature.getClaimedSigningTime()), timestamped, intact(signature),
				certificate == null ? null : certificate.getCertificateDN(), chain,
				signature.getSignatureFormat() == null ? null : signature.getSignatureFormat().toString());
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
