package org.motcua.signature;

import java.util.Arrays;
import java.util.List;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;

/** A key held by a DSS token connection (a PKCS#12 file or a PKCS#11 token). */
record TokenKey(SignatureTokenConnection token, DSSPrivateKeyEntry entry) implements SigningKey {

	@Override
	public List<CertificateToken> chain() {
		CertificateToken[] chain = this.entry.getCertificateChain();
		return (chain == null || chain.length == 0) ? List.of(this.entry.getCertificate()) : Arrays.asList(chain);
	}

	@Override
	public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
		return this.token.sign(data, digest, this.entry);
	}

}
