package org.motcua.signature;

import java.util.List;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;

/** One signer's key, wherever it lives, with its certificate chain (signer first). */
interface SigningKey {

	List<CertificateToken> chain();

	SignatureValue sign(ToBeSigned data, DigestAlgorithm digest);

	default CertificateToken certificate() {
		return chain().get(0);
	}

}
