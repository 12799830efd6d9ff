package org.motcua.signature;

import java.util.List;
import java.util.Optional;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;

/**
 * The remote signing service simulated for development and tests: it answers with the
 * keys of the PKCS#12 key stores, through the same requests and answers as a real service
 * (a hash in, a signature value out).
 */
class SimulatedRemoteSigning implements RemoteSigningService {

	private final Pkcs12Keys keys;

	SimulatedRemoteSigning(Pkcs12Keys keys) {
		this.keys = keys;
	}

	@Override
	public Optional<List<byte[]>> certificates(String keyId) {
		return this.keys.find(SignerId.ofKey(keyId))
			.map(key -> key.chain().stream().map(CertificateToken::getEncoded).toList());
	}

	@Override
	public HashSigned sign(HashToSign request) {
		TokenKey key = (TokenKey) this.keys.find(SignerId.ofKey(request.keyId()))
			.orElseThrow(() -> new SigningRefused("key", "The remote service has no key " + request.keyId()));
		SignatureValue value = key.token()
			.signDigest(new Digest(DigestAlgorithm.valueOf(request.digestAlgorithm()), request.hash()), key.entry());
		return new HashSigned(value.getAlgorithm().name(), value.getValue());
	}

}
