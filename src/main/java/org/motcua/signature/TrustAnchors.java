package org.motcua.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;

/**
 * The certificate authorities whose certificates validate as trusted: the configured
 * certificate files, and the demo CA in demo mode. Read once at start.
 */
final class TrustAnchors {

	private final List<X509Certificate> certificates;

	private TrustAnchors(List<X509Certificate> certificates) {
		this.certificates = List.copyOf(certificates);
	}

	static TrustAnchors of(List<Path> files, X509Certificate demoAuthority) {
		List<X509Certificate> certificates = new ArrayList<>();
		for (Path file : files) {
			certificates.addAll(read(file));
		}
		if (demoAuthority != null) {
			certificates.add(demoAuthority);
		}
		return new TrustAnchors(certificates);
	}

	/** A fresh DSS source holding the anchors. */
	CommonTrustedCertificateSource source() {
		CommonTrustedCertificateSource source = new CommonTrustedCertificateSource();
		for (X509Certificate certificate : this.certificates) {
			source.addCertificate(new CertificateToken(certificate));
		}
		return source;
	}

	List<X509Certificate> certificates() {
		return this.certificates;
	}

	private static List<X509Certificate> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			List<X509Certificate> certificates = CertificateFactory.getInstance("X.509")
				.generateCertificates(in)
				.stream()
				.map(X509Certificate.class::cast)
				.toList();
			if (certificates.isEmpty()) {
				throw new IllegalStateException("motcua.signature.trust-anchors: no certificate in " + file);
			}
			return certificates;
		}
		catch (IOException | CertificateException ex) {
			throw new IllegalStateException("motcua.signature.trust-anchors: cannot read " + file, ex);
		}
	}

}
