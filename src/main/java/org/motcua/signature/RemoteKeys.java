package org.motcua.signature;

import java.util.List;
import java.util.Optional;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;

/**
 * Keys kept by a remote signing service: only hashes leave, signature values come back.
 */
class RemoteKeys implements SigningKeys {

	private final RemoteSigningService service;

	RemoteKeys(RemoteSigningService service) {
		this.service = service;
	}

	@Override
	public Optional<SigningKey> find(SignerId signer) {
		return this.service.certificates(signer.key())
			.map(chain -> new RemoteKey(signer.key(), chain.stream().map(DSSUtils::loadCertificate).toList()));
	}

	private final class RemoteKey implements SigningKey {

		private final String keyId;

		private final List<CertificateToken> chain;

		RemoteKey(String keyId, List<CertificateToken> chain) {
			this.keyId = keyId;
			this.chain = chain;
		}

		@Override
		public List<CertificateToken> chain() {
			return this.chain;
		}

		@Override
		public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
			byte[] hash = DSSUtils.digest(digest, data.getBytes());
			RemoteSigningService.HashSigned signed = RemoteKeys.this.service
				.sign(new RemoteSigningService.HashToSign(this.keyId, digest.name(), hash));
			return new SignatureValue(SignatureAlgorithm.valueOf(signed.signatureAlgorithm()), signed.value());
		}

	}

}
